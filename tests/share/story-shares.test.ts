import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shareCardSvg } from '../../src/share/card';
import { cardColours } from '../../src/share/render-chart';
import { storyShare, type ShareableStory } from '../../src/share/story-shares';
import { storyEdition } from '../../src/stories/built';
import { loadFigureBase } from '../../src/stories/figure-base';
import { syncStories } from '../../src/stories/loader';
import { loaderContext } from '../support/loader-context';

const { context, entries } = loaderContext();
await syncStories(context);
const data = loadFigureBase().data;

/** Each story as the content layer holds it, with the step ids its file declares. */
const stories = [...entries.values()].map((entry): ShareableStory & { stepIds: string[] } => ({
  id: entry.id,
  digest: entry.digest,
  data: entry.data as ShareableStory['data'],
  rendered: entry.rendered,
  stepIds: [...readFileSync(entry.filePath!, 'utf8').matchAll(/^:::step\{#([a-z0-9-]+)/gm)].map((m) => m[1]!),
}));

/** The words of every <text> in an SVG document. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!.replace(/&#x26;/g, '&'));

describe('storyShare(story, lang)', () => {
  it.each(stories.map((story) => [story.id, story] as const))(
    '%s: a card for every step, in order, each drawable',
    (_id, story) => {
      const share = storyShare(story, 'en');
      expect(share.steps.map((step) => step.id)).toEqual(story.stepIds);
      for (const step of share.steps) {
        expect(step.card.title).toBe(storyEdition(story, 'en').title);
        expect(step.card.subtitle).toBe(step.headline);
        expect(step.card.footer).toMatch(/^Source: \S/);
        expect(step.description.length).toBeLessThanOrEqual(200);
        expect(() => shareCardSvg(step.card, cardColours()), `step ${step.id}`).not.toThrow();
      }
    },
  );

  it.each(stories.map((story) => [story.id, story] as const))(
    '%s: the share image shows the hero figure, titled with the dek',
    (_id, story) => {
      const { hero } = storyShare(story, 'en');
      expect(hero.subtitle).toBe(storyEdition(story, 'en').dek);
      const value = data.get(story.data.hero)!.valueText;
      const shown =
        hero.graphic.kind === 'numbers'
          ? hero.graphic.cells.map((cell) => cell.value)
          : texts(shareCardSvg(hero, cardColours()));
      expect(shown.join(' | ')).toContain(value);
    },
  );

  it('names a story with no steps', () => {
    expect(() =>
      storyShare(
        {
          id: 'empty',
          data: { hero: 'x' },
          rendered: {
            metadata: {
              editions: {
                en: {
                  title: 'T',
                  dek: 'D',
                  story: { blocks: [{ kind: 'prose', html: '<p>Just prose.</p>' }], figureIds: [], factIds: [] },
                },
              },
            },
          },
        },
        'en',
      ),
    ).toThrow('Story "empty" has no scrolly steps, so it has no chart for its share image');
  });

  it.each(stories.map((story) => [story.id, story] as const))(
    '%s: the Chinese edition shares the same steps, titled and credited in Chinese, each card drawable in its font',
    (_id, story) => {
      const share = storyShare(story, 'zh');
      expect(share.steps.map((step) => step.id)).toEqual(story.stepIds);
      for (const step of share.steps) {
        expect(step.card.title).toBe(storyEdition(story, 'zh').title);
        expect(step.card.kicker).toBe('数读内蒙古');
        expect(step.card.footer).toMatch(/^来源：\S/);
        expect(() => shareCardSvg(step.card, cardColours()), `step ${step.id}`).not.toThrow();
      }
      expect(share.hero.fonts.text.family).toBe('Noto Sans SC');
    },
  );
});
