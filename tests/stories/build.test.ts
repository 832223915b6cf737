import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/stories/build';
import { loadFigureBase } from '../../src/stories/figure-base';
import { splitStory } from '../../src/stories/loader';

const base = loadFigureBase();
const file = 'stories/energy-corridors.md';
const { frontmatter, body, lineOffset } = splitStory(readFileSync(file, 'utf8'), file);
const input = {
  file,
  body,
  lineOffset,
  hero: String(frontmatter.hero),
  sources: frontmatter.sources as string[],
  moved: [],
};

describe('buildStory(input, base, lang)', () => {
  const { story, warnings } = buildStory(input, base, 'en');

  it('lists every cited figure once, the hero first', () => {
    expect(story.figureIds[0]).toBe(input.hero);
    expect(new Set(story.figureIds).size).toBe(story.figureIds.length);
    for (const id of story.figureIds) expect(base.data.has(id)).toBe(true);
  });

  it('resolves every section for its chart, with a frame and a drawable step per step', () => {
    const sections = story.blocks.filter((block) => block.kind === 'scrolly');
    expect(sections.map((section) => section.chart)).toContain('map');
    for (const section of sections) {
      expect(section.props.frames.map((frame) => frame.id)).toEqual(section.steps.map((step) => step.id));
      expect(section.props.steps).toHaveLength(section.steps.length);
    }
  });

  it('keeps the outside facts it cites and warns of nothing in a finished story', () => {
    expect(story.factIds.length).toBeGreaterThan(0);
    expect(warnings).toEqual([]);
  });

  it('reports every mistake at once, frontmatter and text, with file lines', () => {
    const broken = { ...input, hero: 'no-such-figure', body: `${input.body}\nSee :fig[nope].\n` };
    const line = lineOffset + input.body.split('\n').length + 1;
    expect(() => buildStory(broken, base, 'en')).toThrow(
      new RegExp(`hero: no figure has the id "no-such-figure"[\\s\\S]*${file}:${line}: unknown figure id "nope"`),
    );
  });

  it('checks each moved step against the story’s own steps and sections, naming the file, line and id', () => {
    const [section] = story.blocks.filter((block) => block.kind === 'scrolly');
    const step = section!.steps[0]!.id;
    expect(() => buildStory({ ...input, moved: [{ from: 'old-step', to: step, line: 9 }] }, base, 'en')).not.toThrow();
    expect(() => buildStory({ ...input, moved: [{ from: step, to: 'nowhere', line: 9 }] }, base, 'en')).toThrow(
      `${file}:9: moved: "${step}" is still a step of the story`,
    );
    expect(() => buildStory({ ...input, moved: [{ from: section!.id, to: step, line: 9 }] }, base, 'en')).toThrow(
      `${file}:9: moved: "${section!.id}" is the id of section "${section!.id}"`,
    );
  });
});
