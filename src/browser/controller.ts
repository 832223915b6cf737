// The package's ES module, named in full: its "module" field names no file, so a bare import resolves to the UMD build,
// which brings a CommonJS wrapper (0.35 KB gzip on every story page).
import scrollama from 'scrollama/index.js';
import { STEP_EVENT, type StepChange } from '../charts/frame';
import { stepAtLine, stepFromHash } from './active-step';

/** Where on the screen a step triggers, as a share of the viewport height from the top. */
const TRIGGER_OFFSET = 0.7;

/** A mounted section's two halves: where its steps stand (a read of layout), and showing a step (a change). */
interface Settler {
  /** The step at the trigger line, or -1 when the section is off the screen. */
  measure(): number;
  show(index: number, instant: boolean): void;
}

const settlers = new Set<Settler>();

/**
 * The header's link to this page in the other edition (SiteHeader.astro): it follows the reader from step to step, and
 * keeps the last step read when the reader scrolls back up to the header to use it.
 */
const edition = document.querySelector<HTMLAnchorElement>('[data-edition-switch]');
/**
 * Whether the header's switch was on the screen at the last read of layout. While it is, a step the scroll brings to
 * the reading line does not move it: on a story whose first step stands near the top, scrolling back up to the header
 * would otherwise turn the link to that first step just before the reader uses it.
 */
let switchShown = false;

/**
 * After a trigger, a scroll's end, a resize or a jump, every section reads where its steps stand before any of them
 * shows a new step: a read after another section's chart had changed would force a layout in the middle of the frame.
 */
function settleAll(instant: boolean): void {
  const found = [...settlers].map((settler) => [settler, settler.measure()] as const);
  for (const [settler, index] of found) if (index >= 0) settler.show(index, instant);
}
/** The frame a settle waits for, or 0 when none is asked for; and whether it shows its steps at once. */
let settling = 0;
let settlingAtOnce = false;
/**
 * Settles every section once, at the next frame, however many asked for it (a step's exit and the next one's entry,
 * the scroll's end, each section's first read): a second read of layout after a chart had changed would force a layout.
 */
function settleSoon(instant: boolean): void {
  settlingAtOnce ||= instant;
  settling ||= requestAnimationFrame(() => {
    const atOnce = settlingAtOnce;
    settling = 0;
    settlingAtOnce = false;
    settleAll(atOnce);
  });
}
const onScrolled = () => settleSoon(false);
// A resize or a jump to a link shows its step at once.
const onJump = () => settleAll(true);

/** Drives one scrolly section: activates steps as they cross the trigger line, on deep links, and on focus. Returns a cleanup. */
export function mountScrolly(section: HTMLElement, options: { debug: boolean }): () => void {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  // A step answers to its own id and to the old ids of steps whose words it now carries (see Scrolly.astro).
  const names = steps.map((step) => [
    step.id,
    ...[...step.querySelectorAll<HTMLElement>('[data-step-alias]')].map((alias) => alias.id),
  ]);
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)');
  let active = -1;

  const activate = (index: number, instant: boolean) => {
    if (index === active || index < 0) return;
    active = index;
    section.dataset.activeStep = String(index);
    for (const [i, step] of steps.entries()) step.classList.toggle('is-active', i === index);
    const detail: StepChange = { index, instant: instant || reduced.matches };
    section.dispatchEvent(new CustomEvent(STEP_EVENT, { detail }));
  };

  // A link to a step is a jump, shown at once. The browser scrolls to the step and focuses it before it says the hash
  // changed, so whichever hears of the jump first (a trigger, the focus, the hash change) must take it as one.
  let hash = location.hash;
  const show = (index: number, instant: boolean) => {
    if (location.hash !== hash) {
      hash = location.hash;
      const target = stepFromHash(names, hash);
      if (target >= 0) [index, instant] = [target, true];
    }
    activate(index, instant);
    // The step the reader is at is also where the other edition should open.
    if (edition && !switchShown) edition.hash = steps[index]!.id;
  };

  // Geometry decides, after a trigger, a fast scroll, a resize or a jump, whatever events fired or were skipped.
  const measure = () => {
    switchShown = edition !== null && edition.getBoundingClientRect().bottom > 0;
    const rect = section.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight) return -1;
    return stepAtLine(
      steps.map((step) => step.getBoundingClientRect().top),
      window.innerHeight * TRIGGER_OFFSET,
    );
  };
  const fromHash = stepFromHash(names, location.hash);
  // Where the steps stand is first read at the next frame, which lays the page out anyway, with every section's: read
  // now, right after the first step was marked, it would make the browser restyle and lay out the whole page inside
  // this script's task.
  if (fromHash >= 0) show(fromHash, true);
  else {
    activate(0, true);
    settleSoon(true);
  }

  // Scrollama says when a step crosses the trigger line; where the steps stand then says which one is active, so
  // events that arrive late or out of order after a fast scroll cannot leave an earlier or later step showing.
  const scroller = scrollama();
  scroller
    .setup({ step: steps, offset: TRIGGER_OFFSET, debug: options.debug })
    .onStepEnter(onScrolled)
    .onStepExit(onScrolled);

  const onFocus = (event: FocusEvent) => {
    const step = (event.target as HTMLElement).closest<HTMLElement>('[data-step]');
    if (step) show(steps.indexOf(step), false);
  };
  const settler: Settler = { measure, show };
  if (settlers.size === 0) {
    window.addEventListener('scrollend', onScrolled);
    window.addEventListener('resize', onJump);
    window.addEventListener('hashchange', onJump);
  }
  settlers.add(settler);
  section.addEventListener('focusin', onFocus);
  return () => {
    scroller.destroy();
    settlers.delete(settler);
    if (settlers.size === 0) {
      window.removeEventListener('scrollend', onScrolled);
      cancelAnimationFrame(settling);
      settling = 0;
      window.removeEventListener('resize', onJump);
      window.removeEventListener('hashchange', onJump);
    }
    section.removeEventListener('focusin', onFocus);
  };
}
