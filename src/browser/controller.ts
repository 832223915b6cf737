import scrollama from 'scrollama';
import { STEP_EVENT, type StepChange } from '../charts/frame';
import { stepAtLine, stepFromHash } from './active-step';

/** Where on the screen a step triggers, as a share of the viewport height from the top. */
const TRIGGER_OFFSET = 0.7;

/** Drives one scrolly section: activates steps as they cross the trigger line, on deep links, and on focus. Returns a cleanup. */
export function mountScrolly(section: HTMLElement, options: { debug: boolean }): () => void {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const ids = steps.map((step) => step.id);
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
      const target = stepFromHash(ids, hash);
      if (target >= 0) return activate(target, true);
    }
    activate(index, instant);
  };

  // Geometry decides, after a trigger, a fast scroll, a resize or a jump, whatever events fired or were skipped.
  const reconcile = (instant: boolean) => {
    const rect = section.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > window.innerHeight) return;
    show(
      stepAtLine(
        steps.map((step) => step.getBoundingClientRect().top),
        window.innerHeight * TRIGGER_OFFSET,
      ),
      instant,
    );
  };

  const fromHash = stepFromHash(ids, location.hash);
  activate(fromHash >= 0 ? fromHash : 0, true);
  if (fromHash < 0) reconcile(true);

  // Scrollama says when a step crosses the trigger line; where the steps stand then says which one is active, so
  // events that arrive late or out of order after a fast scroll cannot leave an earlier or later step showing.
  const scroller = scrollama();
  scroller
    .setup({ step: steps, offset: TRIGGER_OFFSET, debug: options.debug })
    .onStepEnter(() => reconcile(false))
    .onStepExit(() => reconcile(false));

  const onScrollEnd = () => reconcile(false);
  const onResize = () => reconcile(true);
  const onHash = () => reconcile(true);
  const onFocus = (event: FocusEvent) => {
    const step = (event.target as HTMLElement).closest<HTMLElement>('[data-step]');
    if (step) show(steps.indexOf(step), false);
  };
  window.addEventListener('scrollend', onScrollEnd);
  window.addEventListener('resize', onResize);
  window.addEventListener('hashchange', onHash);
  section.addEventListener('focusin', onFocus);
  return () => {
    scroller.destroy();
    window.removeEventListener('scrollend', onScrollEnd);
    window.removeEventListener('resize', onResize);
    window.removeEventListener('hashchange', onHash);
    section.removeEventListener('focusin', onFocus);
  };
}
