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
      // A panel the browser skipped and now renders, on its own, because a scroll brought it within its reach.
      if (!skipped && watch.step && watch.states.get(section) === 'skipped')
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
      if (near && watch.states.get(section) === 'skipped') watch.ahead++;
      watch.states.set(section, near ? 'near' : 'unmarked');
    }
  }).observe(document, { subtree: true, attributeFilter: ['class'] });
}

/** Resolves in the page's next idle moment: every idle task already asked for (a panel's mark) has run by then. */
function idle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => resolve())));
}

// Chromium renders a sticky chart skipped by `content-visibility: auto` (Scrolly.astro) once a scroll brings it within
// one and a half screens, in the frames of that scroll. A step's scroll that did so, at a section's last step, had the
// next section's chart laid out and painted in the middle of a step change, and on a slow phone it dropped frames there
// (`npm run bench`). The page renders each chart ahead, in an idle moment, while its section is near (render-ahead.ts).
// This test scrolls a story step by step, as the bench does, with an idle moment after each step, and names every step
// change at which the browser had to start rendering a chart itself.
for (const story of storiesOnDisk()) {
  for (const path of [`/stories/${story.slug}/`, `/zh/stories/${story.slug}/`]) {
    test(`${path}: no step change starts rendering a sticky chart: each is rendered ahead, in an idle moment`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.addInitScript(watchRendering);
      await page.goto(path);
      await chartsLive(page);
      await page.evaluate(idle);
      for (const id of story.steps) {
        await page.evaluate(
          (step) => ((window as unknown as { renderWatch: RenderWatch }).renderWatch.step = step),
          id,
        );
        await showStep(page, id);
        await page.evaluate(idle);
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
