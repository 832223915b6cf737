import { whenIdle } from './when-idle';

/**
 * The longest a task waits on motion (ms): a step change's moves last 0.4 s after a delay of at most 0.48 s (the
 * charts' CSS). A transition in a panel the browser skips never finishes until the panel renders again, and a run of
 * quick step changes keeps the page moving, so beyond this the task runs at the next idle moment regardless.
 */
const MOTION_WAIT_MS = 1000;

/** The transitions running on the page: a step change's motion. */
function motion(): Animation[] {
  if (typeof document.getAnimations !== 'function') return [];
  return document.getAnimations().filter((animation) => 'transitionProperty' in animation);
}

/**
 * Runs `task` in an idle moment while no transition runs on the page, waiting at most `MOTION_WAIT_MS` for one, so
 * work that is not a step change's (a panel rendered ahead) stays out of the frames of its motion as far as it can
 * tell: an idle moment comes between those frames too, and a task there adds its restyle, layout and paint to the next
 * one. Returns the cancel.
 */
export function whenStill(task: () => void): () => void {
  const giveUpAt = Date.now() + MOTION_WAIT_MS;
  let live = true;
  let cancelIdle = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const attempt = () => {
    cancelIdle = whenIdle(() => {
      const moving = motion();
      const left = giveUpAt - Date.now();
      if (moving.length === 0 || left <= 0) return task();
      // Whatever started meanwhile is looked for again once these end: a step change may follow another.
      const ended = Promise.allSettled(moving.map((animation) => animation.finished));
      const waited = new Promise((resolve) => (timer = setTimeout(resolve, left)));
      void Promise.race([ended, waited]).then(() => {
        clearTimeout(timer);
        if (live) attempt();
      });
    });
  };
  attempt();
  return () => {
    live = false;
    cancelIdle();
    clearTimeout(timer);
  };
}
