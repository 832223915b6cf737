import { describe, expect, it } from 'vitest';
import type { CheckedFigure } from '../../src/figures/registry';
import { checkRelation, figureInterval, loadRelations, type Relation } from '../../src/figures/relations';
import { fakeFigure } from '../support/checked-figure';
import { scratchDirs } from '../support/scratch-dirs';

/** A figure as the registry returns it; relations read only its value, unit and qualifier. */
const figure = (id: string, value: string, unit: string, qualifier?: CheckedFigure['qualifier']): CheckedFigure =>
  fakeFigure(id, { value, unit, qualifier, quote: `${value}${unit}` });

const figures = new Map(
  [
    figure('groups', '37', '个'),
    figure('growing', '26', '个'),
    figure('share-right', '70.3', '%'),
    figure('share-wrong', '71.3', '%'),
    figure('manufacturing', '11.4', '%'),
    figure('industry', '7.2', '%'),
    figure('gap-right', '4.2', '个百分点'),
    figure('gap-wrong', '4.0', '个百分点'),
    figure('gap-rounded', '4.3', '个百分点'),
    figure('a-wan', '5000', '万元'),
    figure('b-yi', '0.5', '亿元'),
    figure('total-yi', '1.0', '亿元'),
    figure('this-year', '130', '亿元'),
    figure('last-year', '100', '亿元'),
    figure('growth-30', '30', '%'),
    figure('multiple-1.3', '1.3', '倍'),
    figure('nearly-total', '1.05', '亿元', 'nearly'),
    figure('before', '56', '个'),
    figure('first-class', '33', '个'),
    figure('first-class-added', '3', '个'),
    figure('second-class', '23', '个'),
    figure('second-class-removed', '2', '个'),
    figure('before-hedged', '55', '个', 'nearly'),
  ].map((f) => [f.id, f]),
);

describe('checkRelation(relation, figures)', () => {
  it.each<[string, Relation, boolean, string]>([
    [
      'a share that holds',
      { id: 'r', kind: 'share', stated: 'share-right', part: 'growing', whole: 'groups' },
      true,
      '70.27',
    ],
    [
      'a share that does not',
      { id: 'r', kind: 'share', stated: 'share-wrong', part: 'growing', whole: 'groups' },
      false,
      '70.27',
    ],
    [
      'a gap that holds',
      { id: 'r', kind: 'gap', stated: 'gap-right', a: 'manufacturing', b: 'industry' },
      true,
      '4.20',
    ],
    [
      'a gap off by 0.2 points',
      { id: 'r', kind: 'gap', stated: 'gap-wrong', a: 'manufacturing', b: 'industry' },
      false,
      '4.20',
    ],
    // 11.4 − 7.2 can be anything from 4.1 to 4.3 before rounding, so a stated 4.3 is consistent.
    [
      'a gap within the rounding of its inputs',
      { id: 'r', kind: 'gap', stated: 'gap-rounded', a: 'manufacturing', b: 'industry' },
      true,
      '4.20',
    ],
    ['a sum across 万 and 亿', { id: 'r', kind: 'sum', stated: 'total-yi', parts: ['a-wan', 'b-yi'] }, true, '1.00'],
    [
      'a growth between two levels',
      { id: 'r', kind: 'growth', stated: 'growth-30', a: 'this-year', b: 'last-year' },
      true,
      '30.0',
    ],
    ['a ratio', { id: 'r', kind: 'ratio', stated: 'multiple-1.3', a: 'this-year', b: 'last-year' }, true, '1.30'],
    ['a hedged total', { id: 'r', kind: 'sum', stated: 'nearly-total', parts: ['a-wan', 'b-yi'] }, true, '1.000'],
    // The level before a change, from the levels after it: 33 − 3 + 23 + 2 is 55.
    [
      'a sum with a part subtracted',
      {
        id: 'r',
        kind: 'sum',
        stated: 'before',
        parts: ['first-class', 'second-class', 'second-class-removed'],
        minus: ['first-class-added'],
      },
      false,
      '55.0',
    ],
    [
      'a difference alone',
      { id: 'r', kind: 'sum', stated: 'gap-right', parts: ['manufacturing'], minus: ['industry'] },
      true,
      '4.20',
    ],
    [
      'a signed sum against a hedged total',
      {
        id: 'r',
        kind: 'sum',
        stated: 'before-hedged',
        parts: ['first-class', 'second-class', 'second-class-removed'],
        minus: ['first-class-added'],
      },
      true,
      '55.0',
    ],
  ])('recomputes %s', (_case, relation, holds, computed) => {
    const result = checkRelation(relation, figures);
    expect(result.holds).toBe(holds);
    expect(result.computed).toBe(computed);
  });

  it('tells readers what the source gives in plain English', () => {
    expect(
      checkRelation({ id: 'r', kind: 'share', stated: 'share-wrong', part: 'growing', whole: 'groups' }, figures)
        .message,
    ).toBe("The source's own figures give 70.27%, not the 71.3% it states.");
    expect(
      checkRelation({ id: 'r', kind: 'gap', stated: 'gap-wrong', a: 'manufacturing', b: 'industry' }, figures).message,
    ).toBe("The source's own figures give 4.20 percentage points, not the 4.0 percentage points it states.");
    expect(
      checkRelation(
        {
          id: 'r',
          kind: 'sum',
          stated: 'before',
          parts: ['first-class', 'second-class', 'second-class-removed'],
          minus: ['first-class-added'],
        },
        figures,
      ).message,
    ).toBe("The source's own figures give 55, not the 56 it states.");
  });

  it('tells Chinese readers the same in the document’s own units', () => {
    const check = (relation: Relation) => checkRelation(relation, figures).messageZh;
    expect(check({ id: 'r', kind: 'share', stated: 'share-wrong', part: 'growing', whole: 'groups' })).toBe(
      '按文件自身的数字计算，应为70.27%，与文中所列的71.3%不符。',
    );
    expect(check({ id: 'r', kind: 'gap', stated: 'gap-wrong', a: 'manufacturing', b: 'industry' })).toBe(
      '按文件自身的数字计算，应为4.20个百分点，与文中所列的4.0个百分点不符。',
    );
    expect(check({ id: 'r', kind: 'gap', stated: 'gap-right', a: 'manufacturing', b: 'industry' })).toMatch(
      /^按文件自身的数字计算，结果为4\.20个百分点，与文中所列的4\.2个百分点相符。$/,
    );
    // A count reads whole where it is: 55个, not 55.0个.
    expect(
      check({
        id: 'r',
        kind: 'sum',
        stated: 'before',
        parts: ['first-class', 'second-class', 'second-class-removed'],
        minus: ['first-class-added'],
      }),
    ).toBe('按文件自身的数字计算，应为55个，与文中所列的56个不符。');
  });
});

describe('figureInterval(figure)', () => {
  it.each([
    ['an exact count', figure('x', '26', '个'), 26, 26],
    ['a rounded percentage', figure('x', '7.2', '%'), 7.15, 7.25],
    ['a value in 亿, rounded to 0.1 亿', figure('x', '1.4', '亿元'), 1.35e8, 1.45e8],
    ['a count in 万', figure('x', '3.43', '万人'), 34250, 34350],
  ])('gives %s its range', (_case, f, low, high) => {
    const { low: l, high: h } = figureInterval(f);
    expect(l).toBeCloseTo(low, 6);
    expect(h).toBeCloseTo(high, 6);
  });
});

describe('loadRelations(figures, dir)', () => {
  const scratch = scratchDirs('relations');
  const withFile = (yaml: string) => scratch({ 'test.yaml': yaml });
  const all = [...figures.values()];

  it('loads and checks a file', () => {
    const results = loadRelations(
      all,
      withFile('- id: r\n  kind: gap\n  stated: gap-right\n  a: manufacturing\n  b: industry\n'),
    );
    expect(results.map((r) => r.holds)).toEqual([true]);
  });

  it.each([
    [
      'an unknown figure',
      '- id: r\n  kind: gap\n  stated: gap-right\n  a: nope\n  b: industry\n',
      /test\.yaml:1: relation "r": names unknown figure\(s\) nope/,
    ],
    [
      'an unknown kind',
      '- id: r\n  kind: average\n  stated: gap-right\n',
      /test\.yaml:2: record 1 "r", field kind: Invalid discriminator value/,
    ],
    [
      'a missing field',
      '- id: r\n  kind: share\n  stated: share-right\n  part: growing\n',
      /record 1 "r", field whole/,
    ],
    [
      'a sum of one part',
      '- id: r\n  kind: sum\n  stated: before\n  parts: [first-class]\n',
      /test\.yaml:4: record 1 "r", field parts: a sum needs at least two parts \(in parts and minus together\)/,
    ],
    [
      'an empty minus',
      '- id: r\n  kind: sum\n  stated: before\n  parts: [first-class, second-class]\n  minus: []\n',
      /test\.yaml:5: record 1 "r", field minus: lists no part; leave minus out, or name the parts to subtract/,
    ],
    [
      'an unknown figure to subtract',
      '- id: r\n  kind: sum\n  stated: before\n  parts: [first-class]\n  minus: [nope]\n',
      /test\.yaml:1: relation "r": names unknown figure\(s\) nope/,
    ],
    [
      'a duplicate id',
      '- id: r\n  kind: gap\n  stated: gap-right\n  a: manufacturing\n  b: industry\n- id: r\n  kind: gap\n  stated: gap-right\n  a: manufacturing\n  b: industry\n',
      /test\.yaml:6: relation "r": duplicate relation id/,
    ],
  ])('fails on %s, naming file, line and relation', (_case, yaml, message) => {
    expect(() => loadRelations(all, withFile(yaml))).toThrow(message);
  });
});
