import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { chartStatesFiles, statesAttribute } from '../../../src/components/pages/chart-states';
import { LAYOUT_WIDTHS, type LiveStates } from '../../../src/charts/frame';
import { LANGS } from '../../../src/lib/editions';
import { liveIdPrefix } from '../../../src/lib/page-ids';
import { withBase } from '../../../src/lib/urls';
import { syncStories } from '../../../src/stories/loader';
import { loaderContext } from '../../support/loader-context';

const { context, entries } = loaderContext();
await syncStories(context);

/** Each story as the content layer holds it, with its sections' and steps' ids in its file's order. */
const stories = [...entries.values()].map((entry) => {
  const source = readFileSync(entry.filePath!, 'utf8');
  return {
    story: { id: entry.id, digest: entry.digest, rendered: entry.rendered },
    sectionIds: [...source.matchAll(/^::::scrolly\{#([a-z0-9-]+)/gm)].map((m) => m[1]!),
    stepIds: [...source.matchAll(/^:::step\{#([a-z0-9-]+)/gm)].map((m) => m[1]!),
  };
});
const cases = stories.flatMap((story) => LANGS.map((lang) => [story.story.id, lang, story] as const));

/** The keys that two children of one element share in `markup`, each with its tag, in the live chart's order. */
function siblingsAlike(markup: string): string[] {
  const alike: string[] = [];
  visit(fromHtml(markup, { fragment: true }), 'element', (node) => {
    const keys = node.children.flatMap((child) => {
      if (child.type !== 'element') return [];
      // A key of its own first, then the figure marked, then the mark noted.
      const kind = (['dataKey', 'dataMark', 'dataNote'] as const).find((name) => child.properties[name] !== undefined);
      return kind ? [`${kind} ${child.tagName} ${String(child.properties[kind])}`] : [];
    });
    alike.push(...keys.filter((key, at) => keys.indexOf(key) !== at));
  });
  return alike;
}

describe('chartStatesFiles(story, lang)', () => {
  it.each(cases)('%s (%s): one file per layout width, named after its contents', (id, lang, { story }) => {
    const files = chartStatesFiles(story, lang);
    expect(files.map((file) => file.width)).toEqual([...LAYOUT_WIDTHS]);
    for (const file of files) {
      expect(file.name).toMatch(new RegExp(`^${id}-${lang}-${file.width}-[0-9a-f]{10}$`));
      expect(file.path).toBe(`/charts/${file.name}.json`);
    }
    expect(new Set(files.map((file) => file.json)).size).toBe(files.length);
  });

  it.each(cases)('%s (%s): every step of every section, drawn live at its width', (_id, lang, story) => {
    for (const file of chartStatesFiles(story.story, lang)) {
      const { sections } = JSON.parse(file.json) as LiveStates;
      expect(Object.keys(sections)).toEqual(story.sectionIds);
      const drawn = Object.values(sections).flatMap((section) => section.steps);
      expect(drawn).toHaveLength(story.stepIds.length);
      drawn.forEach((markup, i) => {
        expect(markup).toMatch(/^<figure /);
        expect(markup).toContain(`data-chart-step="${story.stepIds[i]}"`);
        expect(markup).toContain('data-live-chart');
        expect(markup).toContain(`data-width="${file.width}"`);
        // Nothing for a hydration the page never does.
        expect(markup).not.toContain('<!--');
      });
    }
  });

  it.each(cases)('%s (%s): ids of each section’s own, and a tooltip for every mark', (_id, lang, story) => {
    const [file] = chartStatesFiles(story.story, lang);
    const { sections } = JSON.parse(file!.json) as LiveStates;
    Object.values(sections).forEach((section, index) => {
      for (const markup of section.steps) {
        const ids = [...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
        for (const id of ids) expect(id.startsWith(`${liveIdPrefix(index)}-`), id).toBe(true);
        for (const [, mark] of markup.matchAll(/data-mark="([^"]+)"/g)) expect(section.tips[mark!], mark).toBeDefined();
        // The live chart matches an element's children across states by these (live-chart.ts, morph.ts): two alike
        // among one element's children would be one.
        expect(siblingsAlike(markup), 'keys repeated among siblings').toEqual([]);
      }
      for (const tip of Object.values(section.tips)) {
        expect(tip.value).not.toBe('');
        expect(tip.source).toMatch(/\/sources\/.+#/);
        expect(tip.details).toMatch(/\/figures\//);
      }
    });
  });

  it('gives the same files for the same story, and each edition its own', () => {
    const { story } = stories[0]!;
    expect(chartStatesFiles(story, 'en')).toBe(chartStatesFiles(story, 'en'));
    expect(chartStatesFiles(story, 'zh')[0]!.name).not.toBe(chartStatesFiles(story, 'en')[0]!.name);
  });
});

describe('statesAttribute(files)', () => {
  it('names each width with its file’s address under the deploy path', () => {
    const files = [
      { width: 320, name: 'a', path: '/charts/a.json', json: '{}' },
      { width: 480, name: 'b', path: '/charts/b.json', json: '{}' },
    ];
    expect(statesAttribute(files)).toBe(`320 ${withBase('/charts/a.json')} 480 ${withBase('/charts/b.json')}`);
  });
});
