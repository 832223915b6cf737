import { describe, expect, it } from 'vitest';
import { builtSections, groupTitle, sectionGroups, type Section } from './built-sections';
import { scratchDirs } from './scratch-dirs';

const scratch = scratchDirs('built-sections');

/** A section named `id` with `count` steps, `id-1` to `id-<count>`. */
const section = (id: string, count: number): Section => ({
  id,
  steps: Array.from({ length: count }, (_, at) => `${id}-${at + 1}`),
});

describe('builtSections(page)', () => {
  it('reads each scroll section of a built page, in page order, with its step ids in order', () => {
    const dist = scratch({
      'index.html': `<!doctype html><main>
        <section class="scrolly" data-scrolly id="first"><div class="scrolly-graphic"><figure data-chart-step="a"></figure></div>
          <article class="step" id="a" data-step="0"></article><article class="step" id="b" data-step="1"></article>
        </section>
        <p id="between"></p>
        <section class="scrolly" data-scrolly id="second"><article class="step" id="c" data-step="0"></article></section>
      </main>`,
    });
    expect(builtSections({ file: 'index.html', path: '/', kind: 'story', lang: 'en' }, dist)).toEqual([
      { id: 'first', steps: ['a', 'b'] },
      { id: 'second', steps: ['c'] },
    ]);
  });

  it('finds none on a page without scroll sections', () => {
    const dist = scratch({ 'index.html': '<!doctype html><main><article id="a"></article></main>' });
    expect(builtSections({ file: 'index.html', path: '/', kind: 'home', lang: 'en' }, dist)).toEqual([]);
  });
});

describe('sectionGroups(sections, budget, visited)', () => {
  it('keeps consecutive sections together while their steps fit the budget', () => {
    const sections = [section('a', 2), section('b', 1), section('c', 3), section('d', 1)];
    expect(sectionGroups(sections, 3).map((group) => group.map((s) => s.id))).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('gives a section with more steps than the budget a group of its own', () => {
    const sections = [section('a', 1), section('b', 5), section('c', 1)];
    expect(sectionGroups(sections, 2).map((group) => group.map((s) => s.id))).toEqual([['a'], ['b'], ['c']]);
  });

  it('counts only the steps `visited` picks', () => {
    const sections = [section('a', 6), section('b', 6)];
    const firstOnly = (s: Section) => s.steps.slice(0, 1);
    expect(sectionGroups(sections, 2, firstOnly).map((group) => group.map((s) => s.id))).toEqual([['a', 'b']]);
  });

  it('leaves out no section and repeats none', () => {
    const sections = [1, 4, 2, 2, 7, 1, 1, 3].map((count, at) => section(`s${at}`, count));
    for (const budget of [1, 2, 3, 5, 8, 100]) expect(sectionGroups(sections, budget).flat()).toEqual(sections);
  });

  it('makes no group of no sections', () => {
    expect(sectionGroups([], 4)).toEqual([]);
  });
});

describe('groupTitle(group)', () => {
  it('names one section, or several', () => {
    expect(groupTitle([section('a', 1)])).toBe('section #a');
    expect(groupTitle([section('a', 1), section('b', 2)])).toBe('sections #a, #b');
  });
});
