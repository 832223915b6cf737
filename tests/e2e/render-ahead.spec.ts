import { chartsLive, test, expect } from './fixtures';
import { showStep } from '../support/scrolly-steps';
import { storiesOnDisk } from './stories-on-disk';

/** What the page keeps for the test below: each sticky chart's rendering as the browser reports it, and the faults. */
interface RenderWatch {
  /** The step the reader is scrolling to, once they scroll: what the page renders as it loads is no step change's. */
  step?: string;
  /** Each panel's last known state, by its section's id. */
  states: Map<string, 'skipped' | 'rendered' | 'near' | 'unmarked'>;
  /** Each time the browser had to start rendering a panel itself, at a step change: the step and the section. */
  faults: string[];
  /** How many panels the page rendered ahead while the browser skipped them. */
  ahead: number;
}

/** Runs in the page before its own scripts: follows every sticky chart's rendering and its mark as near the screen. */
function watchRendering(): void {
  const watch: RenderWatch = { states: new Map(), faults: [], ahead: 0 };
  (window as unknown as { renderWatch: RenderWatch }).renderWatch = watch;
  const sectionOf = (target: EventTarget | null) =>
    target instanceof Element && target.matches('.scrolly-graphic') ? target.closest('[data-scrolly]')?.id : undefined;
  // The event does not bubble; a listener on the document that captures hears it from every panel from the first frame.
  document.addEventListener(
    'contentvisibilityautostatechange',
    (event) => {
      const section = sectionOf(event.target);
      if (!section) return;
      const { skipped } = event as ContentVisibilityAutoStateChangeEvent;
      // A panel the browser skipped, or was left to skip (beyond its reach, where the browser reports no change), and
      // now renders on its own, because a scroll brought it within its reach.
      const was = watch.states.get(section);
      if (!skipped && watch.step && (was === 'skipped' || was === 'unmarked'))
        watch.faults.push(`${watch.step}: ${section}`);
      watch.states.set(section, skipped ? 'skipped' : 'rendered');
    },
    true,
  );
  new MutationObserver((records) => {
    for (const { target } of records) {
      const section = sectionOf(target);
      if (!section) continue;
      const near = (target as Element).classList.contains('is-near');
      if (near === (watch.states.get(section) === 'near')) continue;
      if (near && ['skipped', 'unmarked'].includes(watch.states.get(section) ?? '')) watch.ahead++;
      watch.states.set(section, near ? 'near' : 'unmarked');
    }
  }).observe(document, { subtree: true, attributeFilter: ['class'] });
}

/** How far from the screen, in screens, a section's chart is kept rendered: render-ahead.ts's margin. */
const AHEAD = { above: 4.5, below: 4.5 };

/**
 * The sections whose chart is not (yet) marked as where the section stands says: near the screen, within `ahead`, or
 * not. A section within 2 px of the edge of that margin is left out: which side the browser put it on is its call.
 */
function misplaced(ahead: typeof AHEAD): string[] {
  const wrong: string[] = [];
  for (const section of document.querySelectorAll('[data-scrolly]')) {
    const { top, bottom } = section.getBoundingClientRect();
    const below = top - innerHeight * (1 + ahead.below);
    const above = -innerHeight * ahead.above - bottom;
    if (Math.min(Math.abs(below), Math.abs(above)) < 2) continue;
    const near = below < 0 && above < 0;
    if (section.querySelector('.scrolly-graphic')?.classList.contains('is-near') !== near) wrong.push(section.id);
  }
  return wrong;
}

// Chromium renders a sticky chart skipped by `content-visibility: auto` (Scrolly.astro) once a scroll brings it within
// one and a half screens, in the frames of that scroll. A step's scroll that did so, at a section's last step, had the
// next section's chart laid out and painted in the middle of a step change, and on a slow phone it dropped frames there
// (`npm run bench`). The page renders each chart ahead, in an idle moment, while its section is near (render-ahead.ts).
// This test reads a story step by step, as the bench does, down to its end and back up to its start; before each
// scroll it waits until every chart is marked as its section's place says (the marks wait for idle moments, which a
// busy machine makes late), and it names every step change at which the browser had to start rendering a chart itself.
for (const story of storiesOnDisk()) {
  for (const path of [`/stories/${story.slug}/`, `/zh/stories/${story.slug}/`]) {
    test(`${path}: no step change, reading down or back up, starts rendering a sticky chart: each is rendered ahead, in an idle moment`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.addInitScript(watchRendering);
      await page.goto(path);
      await chartsLive(page);
      for (const id of [...story.steps, ...story.steps.toReversed().slice(1)]) {
        await expect
          .poll(() => page.evaluate(misplaced, AHEAD), 'charts whose mark waits for an idle moment')
          .toEqual([]);
        await page.evaluate(
          (step) => ((window as unknown as { renderWatch: RenderWatch }).renderWatch.step = step),
          id,
        );
        await showStep(page, id);
      }
      const { faults, ahead } = await page.evaluate(() => {
        const { faults, ahead } = (window as unknown as { renderWatch: RenderWatch }).renderWatch;
        return { faults, ahead };
      });
      expect(faults, 'step changes at which the browser started rendering a sticky chart').toEqual([]);
      expect(ahead, 'charts rendered ahead while the browser skipped them').toBeGreaterThan(0);
    });
  }
}
