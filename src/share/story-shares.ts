import { CHARTS } from '../charts/registry';
import { sectionProps } from '../stories/section';
import { SITE } from '../lib/site';
import { chartData, transformStoryFile } from '../stories/story-context';
import type { ShareCard } from './card';
import { plainText, stepDescription } from './excerpt';
import { chartGraphic } from './render-chart';

/** What sharing one step needs: its id, its section's headline, its text as plain words, and its share card. */
export interface StepShare {
  id: string;
  headline: string;
  text: string;
  /** The step's text cut to the length link previews show. */
  description: string;
  card: ShareCard;
}

/** What sharing a story needs: the card for its hero chart, and one per step. */
export interface StoryShare {
  hero: ShareCard;
  steps: StepShare[];
}

/** The parts of a story entry sharing reads. */
export interface ShareableStory {
  id: string;
  filePath?: string | undefined;
  body?: string | undefined;
  data: { title: string; dek: string; hero: string };
}

// Keyed by everything a card shows, so a dev server redraws a story's cards when its author edits it.
const cache = new Map<string, StoryShare>();

/** The share cards of a story: its hero chart (the first step showing the hero figure) and every step's chart state. */
export function storyShare(story: ShareableStory): StoryShare {
  const key = JSON.stringify([story.id, story.data.title, story.data.dek, story.data.hero, story.body]);
  const cached = cache.get(key);
  if (cached) return cached;
  const { blocks } = transformStoryFile(story.filePath!, story.body!);
  const data = chartData();
  const steps: StepShare[] = [];
  let hero: ShareCard | undefined;
  for (const block of blocks) {
    if (block.kind !== 'scrolly') continue;
    const props = { headline: block.headline, ...sectionProps(CHARTS[block.chart]!, block.steps, data) };
    block.steps.forEach((step, index) => {
      const graphic = chartGraphic(block.chart, props, index);
      const footer = `Source: ${props.credit}`;
      const text = plainText(step.html);
      steps.push({
        id: step.id,
        headline: block.headline,
        text,
        description: stepDescription(text),
        card: { kicker: SITE.name, title: story.data.title, subtitle: block.headline, footer, graphic },
      });
      if (!hero && props.frames[index]!.table.some((datum) => datum.id === story.data.hero)) {
        hero = { kicker: SITE.name, title: story.data.title, subtitle: story.data.dek, footer, graphic };
      }
    });
  }
  if (steps.length === 0)
    throw new Error(`Story "${story.id}" has no scrolly steps, so it has no chart for its share image`);
  const share = { hero: hero ?? { ...steps[0]!.card, subtitle: story.data.dek }, steps };
  cache.set(key, share);
  return share;
}
