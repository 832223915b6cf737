import { whenIdle } from './when-idle';

/** The transitions running on the page: a step change's motion, 0.4–0.9 s long (the charts' CSS). */
function motion(): Animation[] {
  if (typeof document.getAnimations !== 'function') return [];
  return document.getAnimations().filter((animation) => 'transitionProperty' in animation);
}

/**
 * Runs `task` in an idle moment while no transition runs on the page, so work that is not a step change's (a panel
 * rendered ahead) never shares the frames of its motion: an idle moment comes between those frames too, and a task
 * there adds its restyle, layout and paint to the next one. Returns the cancel.
 */
export function whenStill(task: () => void): () => void {
  let live = true;
  let cancelIdle = () => {};
  const attempt = () => {
    cancelIdle = whenIdle(() => {
      const moving = motion();
      if (moving.length === 0) return task();
      // Whatever started meanwhile is looked for again once these end: a step change may follow another.
      void Promise.allSettled(moving.map((animation) => animation.finished)).then(() => {
        if (live) attempt();
      });
    });
  };
  attempt();
  return () => {
    live = false;
    cancelIdle();
  };
}
