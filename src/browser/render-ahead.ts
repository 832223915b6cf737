import { whenStill } from './when-still';

/**
 * How far from the screen a section's sticky chart is rendered ahead: four and a half screens above it and below. The
 * browser itself renders a panel (`content-visibility: auto`, Scrolly.astro) once it comes within one and a half
 * screens, and a step's scroll, across the prose between two sections, is up to three, down or back up: so a step
 * change brought the next section's chart (or, reading back, the one before) within the browser's reach, and its
 * layout and paint fell in the frames of that change. A panel is left to the browser again only beyond its reach,
 * where the browser skips it at once: within it, the browser would skip it for a frame and render it again.
 */
const AHEAD_MARGIN = '450% 0px';

/** The class that keeps a section's sticky chart rendered while its section is near the screen. */
const NEAR_CLASS = 'is-near';

/**
 * Renders a section's sticky chart ahead of the reader: while the section is near the screen its panel is kept
 * rendered, marked so (and unmarked) in an idle moment once the step change that brought it near has stopped moving.
 * The panel's first layout and paint then fall between step changes, where the browser's own rendering of it, and a
 * mark made in the middle of the motion, fell in a step change's frames. Returns a cleanup.
 */
export function mountRenderAhead(section: HTMLElement): () => void {
  const panel = section.querySelector<HTMLElement>('.scrolly-graphic');
  if (!panel || typeof IntersectionObserver !== 'function') return () => {};
  let cancel = () => {};
  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.at(-1)!.isIntersecting;
      // Only the latest crossing counts: a scroll back before the mark leaves nothing to do.
      cancel();
      cancel = whenStill(() => panel.classList.toggle(NEAR_CLASS, near));
    },
    { rootMargin: AHEAD_MARGIN },
  );
  observer.observe(section);
  return () => {
    cancel();
    observer.disconnect();
    panel.classList.remove(NEAR_CLASS);
  };
}
