import type { Lang } from '../i18n/dictionary';
import type { BuiltStory } from './build';

/** One edition of a story as its pages read it: its title, dek and byline in that language, and the story built in it. */
export interface StoryEdition {
  title: string;
  dek: string;
  authors: string[];
  story: BuiltStory;
}

/** The edition in `lang` an entry of the stories collection carries; the loader builds both, once per build. */
export function storyEdition(
  entry: { id: string; rendered?: { metadata?: Record<string, unknown> } | undefined },
  lang: Lang,
): StoryEdition {
  const editions = entry.rendered?.metadata?.editions as Partial<Record<Lang, StoryEdition>> | undefined;
  const edition = editions?.[lang];
  if (!edition) throw new Error(`story "${entry.id}" has no ${lang} edition built by the stories loader`);
  return edition;
}
