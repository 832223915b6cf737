import { describe, expect, it } from 'vitest';
import { editionOutline, editionProblems } from '../../src/stories/editions';

const ORIGINAL = `Intro cites :fig[a] and :ctx[fact].

::::scrolly{#growth chart=bars headline="Growth"}

:::step{#first figures="a, b" labels="A|B" annotate="b: The slower one"}
A is :fig[a], B is :fig[b].
:::

:::step{#second figures="b" highlight="b"}
Only :fig[b].
:::

::::
`;

/** The original with `edit` applied, as a translation would be written. */
const translated = (edit: (text: string) => string = (text) => text) =>
  edit(
    ORIGINAL.replace('Intro cites', '导语引用')
      .replace('headline="Growth"', 'headline="增长"')
      .replace('labels="A|B"', 'labels="甲|乙"')
      .replace('The slower one', '较慢的一个')
      .replace('A is :fig[a], B is :fig[b].', '乙为:fig[b]，甲为:fig[a]。')
      .replace('Only :fig[b].', '只有:fig[b]。'),
  );

/** The problems of a translation made by `edit`, file lines counted from a two-line frontmatter. */
const problems = (edit?: (text: string) => string) =>
  editionProblems(editionOutline(ORIGINAL, 'stories/x.md', 2), editionOutline(translated(edit), 'stories/zh/x.md', 2));

describe('editionProblems(original, translation)', () => {
  it('accepts a translation that writes its own words, headline, labels and notes, and cites the same figures', () => {
    expect(problems()).toEqual([]);
  });

  it.each<[string, (text: string) => string, string | RegExp]>([
    [
      'a step missing',
      (text) => text.replace(/:::step\{#second[\s\S]*?\n:::\n/, ''),
      /::::scrolly "growth" \(stories\/zh\/x\.md:5, stories\/x\.md:5\): its steps are "first" in the translation but "first", "second" in the original/,
    ],
    [
      'steps reordered',
      (text) => text.replace('#first', '#tmp').replace('#second', '#first').replace('#tmp', '#second'),
      'its steps are "second", "first" in the translation but "first", "second"',
    ],
    [
      'a section renamed',
      (text) => text.replace('#growth', '#rise'),
      'stories/zh/x.md: its ::::scrolly sections are "rise", but stories/x.md has "growth"',
    ],
    [
      'a data attribute changed',
      (text) => text.replace('highlight="b"', 'highlight="a"'),
      /step "second" \(stories\/zh\/x\.md:11, stories\/x\.md:11\): its data attributes differ/,
    ],
    ['a chart changed', (text) => text.replace('chart=bars', 'chart=units'), 'its data attributes differ'],
    [
      'a figure left out of a step',
      (text) => text.replace('甲为:fig[a]', '甲略'),
      'step "first" (stories/zh/x.md:7, stories/x.md:7): the translation does not cite :fig "a", which the original does',
    ],
    [
      'a figure added to a step',
      (text) => text.replace('只有:fig[b]。', '只有:fig[b]，不是:fig[a]。'),
      'step "second" (stories/zh/x.md:11, stories/x.md:11): the translation cites :fig "a", which the original does not',
    ],
    [
      'a note tied to another mark',
      (text) => text.replace('b: 较慢的一个', 'a: 较慢的一个'),
      'annotate ties notes to a in the translation but b in the original',
    ],
    ['a label dropped', (text) => text.replace('labels="甲|乙"', 'labels="甲"'), 'labels gives 1 label(s)'],
    [
      'a figure dropped from the prose outside the steps',
      (text) => text.replace(':fig[a] and', 'and'),
      'stories/zh/x.md: outside its steps it does not cite :fig "a", as stories/x.md does',
    ],
    [
      'an outside fact dropped',
      (text) => text.replace(' and :ctx[fact]', ''),
      'it cites the outside facts none, but stories/x.md cites fact',
    ],
  ])('reports %s, naming both files and lines', (_, edit, message) => {
    const found = problems(edit);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});

describe('editionOutline(body, file, lineOffset)', () => {
  it('keeps each step’s data attributes, the figures its prose cites and its notes’ marks', () => {
    const outline = editionOutline(ORIGINAL, 'stories/x.md', 0);
    expect(outline.proseFigures).toEqual(['a']);
    expect(outline.facts).toEqual(['fact']);
    expect(outline.sections[0]).toMatchObject({ id: 'growth', data: { chart: 'bars' } });
    expect(outline.sections[0]!.steps[0]).toMatchObject({
      id: 'first',
      line: 5,
      data: { figures: 'a, b' },
      figures: ['a', 'b'],
      noteTargets: ['b'],
      labelCount: 2,
    });
    expect(outline.sections[0]!.steps[1]).toMatchObject({ labelCount: -1, noteTargets: [] });
  });
});
