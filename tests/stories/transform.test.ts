import { describe, expect, it } from 'vitest';
import { CHART_DEFINITIONS } from '../../src/charts/catalogue';
import type { ChartDatum } from '../../src/charts/datum';
import { StoryError, transformStory, type TransformContext } from '../../src/stories/transform';
import { fakeDatum } from '../support/chart-datum';

function datum(
  id: string,
  value: number,
  valueText: string,
  dimension: ChartDatum['dimension'] = 'percent',
): ChartDatum {
  return fakeDatum(id, value, {
    label: `Label of ${id}`,
    valueText,
    dimension,
    kind: 'growth',
    href: `/figures/#${id}`,
    sourceHref: `/sources/x/#p-${id}`,
    credit: 'A publisher, 2024',
  });
}

const figures = new Map(
  [
    datum('all-industry', 7.2, '7.2%'),
    datum('manufacturing', 11.4, '11.4%'),
    datum('mining', 3.3, '3.3%'),
    datum('parks', 17, '17', 'count'),
  ].map((d) => [d.id, d]),
);
const context: TransformContext = {
  file: 'stories/test.md',
  lineOffset: 10,
  figures,
  charts: CHART_DEFINITIONS,
  facts: new Set(['line-ends-in-jiangsu']),
  lang: 'en',
};
const run = (body: string) => transformStory(body, context);

/** The error lines a body produces. */
function errors(body: string): string[] {
  try {
    run(body);
  } catch (error) {
    if (error instanceof StoryError) return error.message.split('\n');
    throw error;
  }
  return [];
}

const good = `Intro with :fig[all-industry] growth.

::::scrolly{#growth chart=bars headline="Where industry grew"}

:::step{#overall figures="all-industry"}
Industry grew :fig[all-industry].
:::

:::step{#branches figures="manufacturing, mining" highlight="manufacturing" reference="all-industry" referenceLabel="All industry"}
Manufacturing led.
:::

::::

Outro in :zh[中文].
`;

describe('transformStory(body, context)', () => {
  it('splits prose and scrolly sections, and parses each step state', () => {
    const story = run(good);
    expect(story.blocks.map((b) => b.kind)).toEqual(['prose', 'scrolly', 'prose']);
    const scrolly = story.blocks[1]!;
    if (scrolly.kind !== 'scrolly') throw new Error('expected a scrolly block');
    expect(scrolly).toMatchObject({ id: 'growth', chart: 'bars', headline: 'Where industry grew', line: 13 });
    expect(scrolly.steps.map((s) => s.id)).toEqual(['overall', 'branches']);
    expect(scrolly.steps[1]!.state).toEqual({
      figures: ['manufacturing', 'mining'],
      highlight: ['manufacturing'],
      reference: 'all-industry',
      referenceLabel: 'All industry',
      sort: 'given',
    });
    expect(scrolly.steps[0]!.html).toBe(
      '<p>Industry grew <a class="fig-ref" href="/sources/x/#p-all-industry" data-figure="all-industry" title="Label of all-industry, 2024. Source: A publisher, 2024">7.2%</a>.</p>',
    );
  });

  it('renders :fig as the English value linked to its source passage, and :zh as Chinese text', () => {
    const story = run(good);
    const [intro, , outro] = story.blocks;
    expect(intro).toEqual({ kind: 'prose', html: expect.stringContaining('>7.2%</a> growth.') });
    expect(outro).toEqual({ kind: 'prose', html: '<p>Outro in <span lang="zh-Hans" translate="no">中文</span>.</p>' });
  });

  it('collects each Chinese quote with its file line, for the build to find in the sources', () => {
    expect(run('Intro.\n\n> :zh[今年1-5月，全区]\n\nAnd :zh[第二]').quotes).toEqual([
      { text: '今年1-5月，全区', line: 13 },
      { text: '第二', line: 15 },
    ]);
  });

  it('renders :ctx as a citation mark pointing at the fact in Sources and notes, and collects it', () => {
    const story = run('The line ends in Jiangsu:ctx[line-ends-in-jiangsu].');
    expect(story.factIds).toEqual(['line-ends-in-jiangsu']);
    expect(story.blocks[0]).toEqual({
      kind: 'prose',
      html: '<p>The line ends in Jiangsu<sup class="ctx-ref"><a href="#fact-line-ends-in-jiangsu" aria-label="cited outside source">source</a></sup>.</p>',
    });
  });

  it('collects every figure the story cites, in text and charts', () => {
    expect(run(good).figureIds.sort()).toEqual(['all-industry', 'manufacturing', 'mining']);
  });

  it('names a scrolly section that has no id after its position', () => {
    const story = run('::::scrolly{chart=bars headline="H"}\n:::step{#a figures="mining"}\nx\n:::\n::::\n');
    expect(story.blocks[0]).toMatchObject({ kind: 'scrolly', id: 'scrolly-1' });
  });

  it.each([
    [
      'an unknown chart',
      '::::scrolly{chart=pie headline="H"}\n:::step{#a figures="mining"}\nx\n:::\n::::',
      [expect.stringMatching(/^stories\/test\.md:11: unknown chart "pie"; write chart= one of bars, big-number/)],
    ],
    [
      'a scrolly without a headline',
      '::::scrolly{chart=bars}\n:::step{#a figures="mining"}\nx\n:::\n::::',
      ['stories/test.md:11: ::::scrolly needs a headline: ::::scrolly{chart=bars headline="What the chart shows"}'],
    ],
    [
      'an unknown scrolly attribute',
      '::::scrolly{chart=bars headline="H" colour=red}\n:::step{#a figures="mining"}\nx\n:::\n::::',
      ['stories/test.md:11: ::::scrolly does not take "colour"; it takes chart, headline and an optional #id'],
    ],
    [
      'a step without an id',
      '::::scrolly{chart=bars headline="H"}\n:::step{figures="mining"}\nx\n:::\n::::',
      ['stories/test.md:12: a step needs an id, so readers can link to it: :::step{#a-short-name …}'],
    ],
    [
      'a duplicate step id',
      '::::scrolly{chart=bars headline="H"}\n:::step{#a figures="mining"}\nx\n:::\n:::step{#a figures="mining"}\ny\n:::\n::::',
      ['stories/test.md:15: duplicate step id "a"; it is also used at line 12 (sections and steps share one page)'],
    ],
    [
      'a step id that is not kebab-case',
      '::::scrolly{chart=bars headline="H"}\n:::step{#Step_One figures="mining"}\nx\n:::\n::::',
      ['stories/test.md:12: step id "Step_One" must be lowercase words joined by hyphens'],
    ],
    [
      'an unknown figure in a step',
      '::::scrolly{chart=bars headline="H"}\n:::step{#a figures="mining, nope"}\nx\n:::\n::::',
      [
        'stories/test.md:12: step "a": unknown figure id(s) nope; ids are listed in data/figures/*.yaml and on /figures/',
      ],
    ],
    [
      'an unknown figure in prose',
      'Growth was :fig[nope].',
      [
        'stories/test.md:11: unknown figure id "nope" in :fig[nope]; ids are listed in data/figures/*.yaml and on /figures/',
      ],
    ],
    [
      'a state the chart does not understand',
      '::::scrolly{chart=bars headline="H"}\n:::step{#a figures="mining" colour=red}\nx\n:::\n::::',
      [
        expect.stringMatching(
          /^stories\/test\.md:12: step "a": \(step\): Unrecognized key: "colour"; a bars step takes figures=/,
        ),
      ],
    ],
    [
      'a state missing what the chart needs',
      '::::scrolly{chart=bars headline="H"}\n:::step{#a highlight="mining"}\nx\n:::\n::::',
      [expect.stringMatching(/^stories\/test\.md:12: step "a": figures: Invalid input/)],
    ],
    [
      'a highlight outside the figures',
      '::::scrolly{chart=bars headline="H"}\n:::step{#a figures="mining" highlight="manufacturing"}\nx\n:::\n::::',
      ['stories/test.md:12: step "a": highlight names manufacturing, which is not among figures'],
    ],
    [
      'bars that mix units',
      '::::scrolly{chart=bars headline="H"}\n:::step{#a figures="mining, parks"}\nx\n:::\n::::',
      ['stories/test.md:12: step "a": bars must share one kind of unit, but these mix percent and count'],
    ],
    [
      'raw script',
      'Text\n\n<script>alert(1)</script>',
      [
        'stories/test.md:13: raw HTML <script> is not allowed in a story; write Markdown (*emphasis*, **strong**, [text](https://…), > quotes, lists), cite figures with :fig[id], and draw charts with ::::scrolly blocks',
      ],
    ],
    [
      'an inline element, reported once for its two tags',
      'A <span onclick="x()">link</span>.',
      [expect.stringContaining('stories/test.md:11: raw HTML <span> is not allowed in a story')],
    ],
    [
      'text loose inside a scrolly',
      '::::scrolly{chart=bars headline="H"}\nLoose text.\n\n:::step{#a figures="mining"}\nx\n:::\n::::',
      [
        'stories/test.md:12: only :::step blocks may stand directly inside a ::::scrolly block; move this text into a step or out of the section',
      ],
    ],
    [
      'a step outside a scrolly',
      ':::step{#a figures="mining"}\nx\n:::',
      [
        'stories/test.md:11: a :::step must stand inside a ::::scrolly block (give the scrolly one more colon than its steps)',
      ],
    ],
    [
      'an unknown inline directive',
      'See :cite[x].',
      ['stories/test.md:11: unknown inline directive :cite; use :fig[figure-id], :zh[中文] or :ctx[fact-id]'],
    ],
    [
      'an unknown outside fact',
      'It ends there :ctx[nope].',
      [
        'stories/test.md:11: unknown outside fact "nope" in :ctx[nope]; record it with its cited source in data/context/*.yaml',
      ],
    ],
    [
      'an unknown leaf directive',
      '::chart{figures="mining"}',
      [expect.stringContaining('stories/test.md:11: unknown directive ::chart')],
    ],
  ])('fails on %s with the file, line and fix', (_case, body, expected) => {
    expect(errors(body)).toEqual(expected);
  });

  it('reports every mistake in a story at once', () => {
    expect(errors('Bad :fig[nope].\n\nAlso :fig[nada].')).toHaveLength(2);
  });

  it.each([
    [
      'warns about a bare numeral equal to a figure',
      'Manufacturing grew 11.4% this year.',
      ['stories/test.md:11: the numeral 11.4 equals figure manufacturing; write :fig[id] so readers can trace it'],
    ],
    [
      'compares numbers, not digits',
      'It grew 11.40%.',
      ['stories/test.md:11: the numeral 11.40 equals figure manufacturing; write :fig[id] so readers can trace it'],
    ],
    ['ignores numbers that equal no figure', 'It grew 12.5%.', []],
    [
      'ignores years and single digits',
      'In 2024, on 2 July, 17 parks.',
      ['stories/test.md:11: the numeral 17 equals figure parks; write :fig[id] so readers can trace it'],
    ],
    [
      'ignores part of a longer number',
      'Code 711.4 is not 11.4.',
      ['stories/test.md:11: the numeral 11.4 equals figure manufacturing; write :fig[id] so readers can trace it'],
    ],
    ['ignores numbers inside :fig references', 'It grew :fig[manufacturing].', []],
  ])('%s', (_case, body, expected) => {
    expect(run(body).warnings).toEqual(expected);
  });
});

describe('transformStory(body, context) on section and step ids', () => {
  const section = (id: string, steps: string[]) =>
    `::::scrolly{${id ? `#${id} ` : ''}chart=bars headline="H"}\n${steps.map((step) => `:::step{#${step} figures="mining"}\nx\n:::\n`).join('')}::::\n`;

  it.each([
    [
      'a section id equal to a step id',
      `${section('growth', ['a'])}\n${section('b', ['growth'])}`,
      [
        'stories/test.md:18: duplicate step id "growth"; it is also used at line 11 (sections and steps share one page)',
      ],
    ],
    [
      'a step id equal to the id a section without #id gets',
      section('', ['scrolly-1']),
      [
        'stories/test.md:12: duplicate step id "scrolly-1"; it is also the id given to the section without #id at line 11 (sections and steps share one page)',
      ],
    ],
    [
      'a step id the page gives its main content',
      section('growth', ['main']),
      ['stories/test.md:12: step id "main": "main" is an id the story page uses itself; choose another'],
    ],
    [
      'a section id the page gives its Sources and notes heading',
      section('sources-heading', ['a']),
      [
        'stories/test.md:11: section id "sources-heading": "sources-heading" is an id the story page uses itself; choose another',
      ],
    ],
    [
      'a step id in the form of a cited fact’s',
      section('growth', ['fact-line']),
      [
        'stories/test.md:12: step id "fact-line": ids starting "fact-" name the story\'s cited outside facts; choose another',
      ],
    ],
    [
      'a step id in the form of a chart title’s',
      section('growth', ['s0-s1-title']),
      [
        'stories/test.md:12: step id "s0-s1-title": "s0-s1-title" has the form of the ids charts give their titles and descriptions; choose another',
      ],
    ],
    [
      'a step id in the form of a live chart description’s',
      section('growth', ['live3-s1-desc']),
      [
        'stories/test.md:12: step id "live3-s1-desc": "live3-s1-desc" has the form of the ids charts give their titles and descriptions; choose another',
      ],
    ],
  ])('fails on %s, naming both places', (_case, body, expected) => {
    expect(errors(body)).toEqual(expected);
  });
});

describe('transformStory(body, context) on annotate', () => {
  const section = (attributes: string) =>
    `::::scrolly{chart=bars headline="H"}\n:::step{#a figures="manufacturing, mining" ${attributes}}\nx\n:::\n::::\n`;
  const steps = (body: string) => {
    const block = run(body).blocks[0]!;
    if (block.kind !== 'scrolly') throw new Error('expected a scrolly block');
    return block.steps;
  };

  it('keeps a step without notes free of them, and its notes out of the chart state', () => {
    expect(steps(section('')).map((step) => step.annotations)).toEqual([[]]);
    const [step] = steps(section('annotate="mining: The slowest branch"'));
    expect(step!.annotations).toEqual([{ target: 'mining', text: 'The slowest branch' }]);
    expect(step!.state).not.toHaveProperty('annotate');
  });

  it('reads several notes separated by |, trimmed, a colon inside a note kept', () => {
    const [step] = steps(section('annotate=" mining : Slowest: barely up |manufacturing:Led the way "'));
    expect(step!.annotations).toEqual([
      { target: 'mining', text: 'Slowest: barely up' },
      { target: 'manufacturing', text: 'Led the way' },
    ]);
  });

  it('ties a map note to a place the step marks as well as to its figures', () => {
    const body =
      '::::scrolly{chart=map headline="H"}\n:::step{#a view="china" highlight="hohhot" annotate="hohhot: The capital"}\nx\n:::\n::::\n';
    expect(steps(body)[0]!.annotations).toEqual([{ target: 'hohhot', text: 'The capital' }]);
  });

  it.each([
    ['no colon', 'annotate="The slowest"', /annotate: start each note with the id of its mark and a colon/],
    ['an empty note', 'annotate="mining:  "', /annotate: must not be empty/],
    ['a numeral', 'annotate="mining: Up 3 points"', /annotate: a note may not hold a numeral/],
    ['a full-width numeral', 'annotate="mining: Up ３ points"', /annotate: a note may not hold a numeral/],
    ['a long note', `annotate="mining: ${'word '.repeat(20)}"`, /annotate: a note must be at most 90 characters/],
    ['four notes', 'annotate="mining: a|mining: b|mining: c|mining: d"', /annotate: at most 3 notes on one chart/],
    [
      'a mark the step does not draw',
      'annotate="parks: Not here"',
      /annotate: "parks" is not a mark this step draws; tie the note to one of manufacturing, mining/,
    ],
    [
      'two notes on one mark',
      'annotate="mining: a|mining: b"',
      /annotate: "mining" has more than one note; join them into one/,
    ],
  ])('refuses %s, with the file, line and how to write it', (_name, attributes, message) => {
    const found = errors(section(attributes));
    expect(found).toEqual([expect.stringMatching(/^stories\/test\.md:12: step "a": annotate: /)]);
    expect(found[0]).toMatch(message);
  });
});

describe('transformStory(body, context) in Chinese', () => {
  const zhFigures = new Map(
    [
      fakeDatum('growth', 7.2, {
        label: '规上工业增加值增速',
        valueText: '增长7.2%',
        periodText: '2024年1—5月',
        credit: '自治区级日报，2024年7月2日',
        sourceHref: '/sources/x/#p-growth',
      }),
    ].map((d) => [d.id, d]),
  );
  const zh = (body: string) => transformStory(body, { ...context, figures: zhFigures, lang: 'zh' });
  const html = (body: string) =>
    zh(body)
      .blocks.map((block) => (block.kind === 'prose' ? block.html : ''))
      .join('');

  it.each([
    ['removes a wrap between two characters', '全区规模以上\n工业增加值', '<p>全区规模以上工业增加值</p>'],
    ['removes a wrap after punctuation', '同比增长，\n高于全国', '<p>同比增长，高于全国</p>'],
    // Between two Latin words the wrap stays, and the browser shows it as the space they need.
    ['keeps a wrap between two Latin words', '使用Apache\nECharts数据', '<p>使用Apache\nECharts数据</p>'],
    ['keeps a space the text holds', '运维 服务', '<p>运维 服务</p>'],
  ])('%s', (_, body, expected) => {
    expect(html(body)).toBe(expected);
  });

  it('joins a figure to the words around it across a wrap', () => {
    expect(html('全区工业同比\n:fig[growth]\n，领跑全国')).toMatch(
      /^<p>全区工业同比<a [^>]*>增长7.2%<\/a>，领跑全国<\/p>$/,
    );
  });

  it.each([
    ['同比增长:fig[growth]', 11],
    ['同比增长\n:fig[growth]', 12],
  ])('refuses words the value already carries: %j', (body, line) => {
    expect(() => zh(body)).toThrow(
      `stories/test.md:${line}: :fig[growth] prints “增长7.2%”, which begins with 增长; the words before it say 增长 again: drop it from the text`,
    );
  });

  it('titles a figure link in Chinese', () => {
    expect(html('同比:fig[growth]')).toContain(
      'title="规上工业增加值增速，2024年1—5月。来源：自治区级日报，2024年7月2日"',
    );
  });
});

describe('transformStory(body, context) on numerals in a Chinese edition', () => {
  const zh = (body: string) => transformStory(body, { ...context, lang: 'zh' });

  it.each([
    ['a block quote, which is the document’s own words', '> 全区规模以上工业增加值同比增长7.2%'],
    ['a Chinese date', '2023年7月17日，自治区举行发布会。'],
  ])('does not flag a number in %s', (_, body) => {
    expect(zh(body).warnings).toEqual([]);
  });

  it('flags a statistic written out in the prose', () => {
    expect(zh('全区工业增长7.2%。').warnings.join('\n')).toContain('the numeral 7.2 equals figure all-industry');
  });

  it('lists each block quote with its line, to be found in the story’s sources', () => {
    expect(zh('导语。\n\n> 同比增长7.2%').quotes).toEqual([{ text: '同比增长7.2%', line: 13 }]);
  });
});
