import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryError } from '../../src/stories/transform';
import { fakePercent } from './chart-datum';
import { madeUpSection, renderStep, storySections } from './chart-render';
import { scratchDirs } from './scratch-dirs';

const scratch = scratchDirs('chart-render');
const FIGURE = 'nmg-industrial-value-added-growth-2024-jan-may';
const story = (body: string) => `---\ntitle: T\n---\n${body}`;

describe('storySections(dir)', () => {
  it('finds every scroll section of every story file, with its steps in order', () => {
    const dir = scratch({
      'b-story.md': story(
        `Prose.\n\n::::scrolly{#growth chart=bars headline="Growth"}\n\n:::step{#one figures="${FIGURE}"}\nA.\n:::\n\n:::step{#two figures="${FIGURE}" highlight="${FIGURE}"}\nB.\n:::\n\n::::\n\n::::scrolly{chart=big-number headline="Big"}\n\n:::step{#three figures="${FIGURE}"}\nC.\n:::\n\n::::\n`,
      ),
      'a-story.md': story('Only prose.\n'),
      'notes.txt': 'Not a story.',
    });
    expect(storySections(dir).map(({ story, id, chart, steps }) => ({ story, id, chart, steps }))).toEqual([
      { story: 'b-story', id: 'growth', chart: 'bars', steps: ['one', 'two'] },
      { story: 'b-story', id: 'scrolly-2', chart: 'big-number', steps: ['three'] },
    ]);
    expect(storySections(dir)[0]!.props).toMatchObject({ headline: 'Growth', frames: [{ id: 'one' }, { id: 'two' }] });
  });

  it('names a story file without frontmatter', () => {
    const dir = scratch({ 'bare.md': 'No frontmatter.\n' });
    expect(() => storySections(dir)).toThrow(`${join(dir, 'bare.md')}:1: a story starts with its frontmatter`);
  });
});

describe('madeUpSection(chart, steps, figures)', () => {
  it('builds one section with a step per attribute string', () => {
    const section = madeUpSection(
      'bars',
      ['figures="a"', 'figures="a, b" highlight="b"'],
      [fakePercent('a', 1), fakePercent('b', 2)],
    );
    expect([section.chart, section.steps, section.props.frames.map((frame) => frame.table.length)]).toEqual([
      'bars',
      ['step-1', 'step-2'],
      [1, 2],
    ]);
  });

  it('throws the build’s error for an authoring mistake', () => {
    expect(() => madeUpSection('bars', ['figures="nope"'], [])).toThrow(StoryError);
    expect(() => madeUpSection('bars', ['figures="nope"'], [])).toThrow(
      'stories/made-up.md:3: step "step-1": unknown figure id(s) nope',
    );
  });
});

describe('renderStep(section, index)', () => {
  it('draws the given step as a still copy: no live region, marks out of the tab order', () => {
    const section = madeUpSection('bars', ['figures="a"', 'figures="b"'], [fakePercent('a', 1), fakePercent('b', 2)]);
    const html = renderStep(section, 1);
    expect(html).toContain('data-chart-step="step-2"');
    expect(html).toContain('tabindex="-1"');
    expect(html).not.toContain('aria-live');
  });
});
