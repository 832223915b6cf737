import type { Lang } from '../../lib/editions';
import { storyShare } from '../../share/story-shares';
import { storyEntries } from '../../stories/collection';

/** Each story's share card in edition `lang`: its hero chart with the title and dek, for its image and thumbnail. */
export async function storyCardPaths(lang: Lang) {
  return (await storyEntries()).map((story) => ({
    params: { slug: story.id },
    props: { card: storyShare(story, lang).hero },
  }));
}

/** Each step's share card in edition `lang`: its chart in that step's state. */
export async function stepCardPaths(lang: Lang) {
  return (await storyEntries()).flatMap((story) =>
    storyShare(story, lang).steps.map((step) => ({
      params: { slug: story.id, step: step.id },
      props: { card: step.card },
    })),
  );
}
