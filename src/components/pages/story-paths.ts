import type { Lang } from '../../lib/editions';
import { storyShare } from '../../share/story-shares';
import { storyEdition } from '../../stories/built';
import { storyEntries } from '../../stories/collection';
import { movedTo } from '../../stories/moved-steps';

/** One story page per story, in either edition: the same slugs under / and /zh/. */
export async function storyPaths() {
  return (await storyEntries()).map((story) => ({ params: { slug: story.id }, props: { story } }));
}

/**
 * One small page per step in edition `lang`, so a shared step link unfurls with that step's chart; readers go on to the
 * story at the step. A step the story no longer has keeps its page, which unfurls as the step now carrying its words
 * and sends readers there.
 */
export async function stepPaths(lang: Lang) {
  return (await storyEntries()).flatMap((story) => {
    const { steps } = storyShare(story, lang);
    const storyTitle = storyEdition(story, lang).title;
    const page = (id: string, step: (typeof steps)[number], moved: boolean) => ({
      params: { slug: story.id, step: id },
      props: { slug: story.id, storyTitle, step, moved },
    });
    return [
      ...steps.map((step) => page(step.id, step, false)),
      ...movedTo(story.data.moved, steps).map(({ from, step }) => page(from, step, true)),
    ];
  });
}
