import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountNumbers, ledgerExclusions, summarizeLedger } from '../../src/figures/ledger';
import type { SourceText } from '../../src/sources/registry';
import { findQuote, squeeze } from '../../src/sources/quote-match';
import type { CheckedFigure } from '../../src/figures/registry';
import { fakeFigure } from '../support/checked-figure';

const SOURCE = 'test-source';
const RAW = '2024年上半年，全市新增企业12家、项目5个。\n落实“两件大事”，新增企业12家。\n新建公园3个，改造2个。';
const texts = new Map<string, SourceText>([[SOURCE, { raw: RAW, squeezed: squeeze(RAW) }]]);

/** A figure of the test source whose quote is proven against it, as the registry would return it. */
const figure = (id: string, value: string, unit: string, quote: string): CheckedFigure => {
  const found = findQuote(squeeze(RAW), quote);
  if (!found) throw new Error(`test quote not in the text: ${quote}`);
  return fakeFigure(id, { value, unit, quote, source: SOURCE, passage: { ...found, anchor: 'p-test' } });
};

const FIRMS = figure('firms', '12', '家', '全市新增企业12家、项目5个');
const PROJECTS = figure('projects', '5', '个', '全市新增企业12家、项目5个');
const PARKS = figure('parks', '3', '个', '新建公园3个，改造2个');
const REBUILT = figure('rebuilt', '2', '个', '新建公园3个，改造2个');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledger-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes exclusion files into the scratch folder. */
const exclusions = (files: Record<string, string>) => {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
};

const REPEAT_AND_NAME = [
  '- numbers: ["两件"]',
  '  quote: 落实“两件大事”',
  '  reason: name',
  '- numbers: ["12家"]',
  '  quote: 新增企业12家。',
  '  reason: repeat',
  '  figure: firms',
  '',
].join('\n');

describe('accountNumbers(texts, figures, exclusionsDir)', () => {
  it('accounts for every number by a figure, an exclusion or the date rule', () => {
    const ledger = accountNumbers(
      texts,
      [FIRMS, PROJECTS, PARKS, REBUILT],
      exclusions({ [`${SOURCE}.yaml`]: REPEAT_AND_NAME }),
    );
    expect(ledger.problems).toEqual([]);
    expect(ledger.accounts.map((a) => [a.number.text, a.line, a.figure ?? a.exclusion?.reason ?? 'date'])).toEqual([
      ['2024年', 1, 'date'],
      ['12家', 1, 'firms'],
      ['5个', 1, 'projects'],
      ['两件', 2, 'name'],
      ['12家', 2, 'repeat'],
      ['3个', 3, 'parks'],
      ['2个', 3, 'rebuilt'],
    ]);
  });

  it('reports a number nothing accounts for, with its source line and the words around it', () => {
    const { problems } = accountNumbers(texts, [FIRMS, PROJECTS, PARKS], exclusions({}));
    expect(problems).toEqual([
      `data/sources/${SOURCE}.txt:2: "两件" (…项目5个。落实“两件大事”，新增…) is neither a figure's value within its quote nor listed in data/exclusions/${SOURCE}.yaml`,
      `data/sources/${SOURCE}.txt:2: "12家" (…大事”，新增企业12家。新建公园3…) is neither a figure's value within its quote nor listed in data/exclusions/${SOURCE}.yaml`,
      `data/sources/${SOURCE}.txt:3: "2个" (…建公园3个，改造2个。…) is neither a figure's value within its quote nor listed in data/exclusions/${SOURCE}.yaml`,
    ]);
  });

  it('lets one figure account for one number only, the first of its value and unit in its quote', () => {
    const twice = figure('twice', '2', '个', '新建公园3个，改造2个');
    const { accounts } = accountNumbers(texts, [twice, { ...twice, id: 'again' }], exclusions({}));
    expect(accounts.filter((a) => a.figure).map((a) => [a.number.text, a.figure])).toEqual([['2个', 'twice']]);
  });

  it.each([
    ['another unit', figure('wrong-unit', '12', '个', '全市新增企业12家、项目5个')],
    ['another value', figure('wrong-value', '13', '家', '全市新增企业12家、项目5个')],
    ['a number outside its quote', figure('outside', '3', '个', '全市新增企业12家')],
  ])('does not let a figure account for %s', (_case, wrong) => {
    const { accounts } = accountNumbers(texts, [wrong], exclusions({}));
    expect(accounts.some((a) => a.figure)).toBe(false);
  });

  it.each([
    [
      'a number not in its quote',
      ['- numbers: ["5个"]', '  quote: 新增企业12家。', '  reason: name'],
      `${SOURCE}.yaml:1: record 1, field numbers: "5个" is not a number of the quote that is still to account for; the quote's open numbers are "12家"`,
    ],
    [
      'a number already a figure',
      ['- numbers: ["3个"]', '  quote: 新建公园3个', '  reason: name'],
      'every number in the quote is already a figure, a date or excluded',
    ],
    [
      'a quote not in the source',
      ['- numbers: ["两件"]', '  quote: 落实“三件大事”', '  reason: name'],
      `${SOURCE}.yaml:2: record 1, field quote: not found in source ${SOURCE} (white space ignored)`,
    ],
    [
      'a repeat of another quantity',
      ['- numbers: ["12家"]', '  quote: 新增企业12家。', '  reason: repeat', '  figure: parks'],
      `${SOURCE}.yaml:4: record 1, field figure: "12家" is not a repeat of parks (3 个)`,
    ],
    [
      'a repeat of an unknown figure',
      ['- numbers: ["12家"]', '  quote: 新增企业12家。', '  reason: repeat', '  figure: nope'],
      'field figure: unknown figure "nope"',
    ],
    [
      'a repeat naming no figure',
      ['- numbers: ["12家"]', '  quote: 新增企业12家。', '  reason: repeat'],
      'field figure: a repeat must name the figure it repeats: figure: <id>',
    ],
    ['an unknown reason', ['- numbers: ["12家"]', '  quote: 新增企业12家。', '  reason: boring'], 'field reason'],
  ])('refuses an exclusion of %s, with file, line and field', (_case, lines, message) => {
    const { problems } = accountNumbers(
      texts,
      [FIRMS, PROJECTS, PARKS],
      exclusions({ [`${SOURCE}.yaml`]: `${lines.join('\n')}\n` }),
    );
    expect(problems.join('\n')).toContain(message);
  });

  it('reads exclusions split over files named after their source, and refuses a file named after none', () => {
    const { problems, accounts } = accountNumbers(
      texts,
      [FIRMS, PROJECTS, PARKS, REBUILT],
      exclusions({ [`${SOURCE}-part-2.yaml`]: REPEAT_AND_NAME, 'other.yaml': '[]\n' }),
    );
    expect(accounts.filter((a) => a.exclusion)).toHaveLength(2);
    expect(problems).toEqual([
      expect.stringMatching(/other\.yaml: names no source; name each exclusion file after its source/),
    ]);
  });
});

describe('summarizeLedger(accounts)', () => {
  it('counts numbers, those with a unit, figures, exclusions and dates', () => {
    const { accounts } = accountNumbers(
      texts,
      [FIRMS, PROJECTS, PARKS, REBUILT],
      exclusions({ [`${SOURCE}.yaml`]: REPEAT_AND_NAME }),
    );
    expect(summarizeLedger(accounts)).toEqual({
      numbers: 6,
      withUnit: 6,
      figures: 4,
      figuresWithUnit: 4,
      exclusions: 2,
      dates: 1,
    });
  });
});

describe('ledgerExclusions(accounts, source)', () => {
  it('lists each exclusion of a source once, in print order, without where it was written', () => {
    const { accounts } = accountNumbers(
      texts,
      [FIRMS, PROJECTS, PARKS, REBUILT],
      exclusions({ [`${SOURCE}.yaml`]: REPEAT_AND_NAME }),
    );
    expect(ledgerExclusions(accounts, SOURCE)).toEqual([
      { numbers: ['两件'], quote: '落实“两件大事”', reason: 'name' },
      { numbers: ['12家'], quote: '新增企业12家。', reason: 'repeat', figure: 'firms' },
    ]);
    expect(ledgerExclusions(accounts, 'another-source')).toEqual([]);
  });
});
