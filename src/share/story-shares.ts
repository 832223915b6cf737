import type { Lang } from '../lib/editions';
import { siteText } from '../lib/site';
import { shareFonts } from '../lib/fonts';
import { fill, ui } from '../i18n/dictionary';
import { storyEdition } from '../stories/built';
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
  /** The loader's digest of everything the entry carries. */
  digest?: string | number | undefined;
  data: { hero: string };
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

// Keyed by everything a card shows, so a dev server redraws a story's cards when its author edits it.
const cache = new Map<string, StoryShare>();

/**
 * The share cards of a story in edition `lang`: its hero chart (the first step showing the hero figure) and every
 * step's chart state.
 */
export function storyShare(story: ShareableStory, lang: Lang): StoryShare {
  const key = JSON.stringify([story.id, story.digest, lang]);
  const cached = cache.get(key);
  if (cached) return cached;
  const { title, dek, story: built } = storyEdition(story, lang);
  const { blocks } = built;
  const kicker = siteText(lang).name;
  const fonts = shareFonts(lang);
  const steps: StepShare[] = [];
  let hero: ShareCard | undefined;
  for (const block of blocks) {
    if (block.kind !== 'scrolly') continue;
    const { credit, frames } = block.props;
    block.steps.forEach((step, index) => {
      const graphic = chartGraphic(block, index);
      const footer = fill(ui(lang).chart.source, { credit });
      const text = plainText(step.html);
      steps.push({
        id: step.id,
        headline: block.headline,
        text,
        description: stepDescription(text),
        card: { kicker, title, subtitle: block.headline, footer, graphic, fonts },
      });
      if (!hero && frames[index]!.table.some((datum) => datum.id === story.data.hero)) {
        hero = { kicker, title, subtitle: dek, footer, graphic, fonts };
      }
    });
  }
  if (steps.length === 0)
    throw new Error(`Story "${story.id}" has no scrolly steps, so it has no chart for its share image`);
  const share = { hero: hero ?? { ...steps[0]!.card, subtitle: dek }, steps };
  cache.set(key, share);
  return share;
}
