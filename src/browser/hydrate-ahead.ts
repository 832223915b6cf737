import type { ClientDirective } from 'astro';

/** How long an island may wait for an idle moment before it is fetched, or hydrated, regardless (ms). */
export const IDLE_TIMEOUT_MS = 2000;

/** Where the browser has no idle callbacks (Safari), how long after its turn an island's next part runs (ms). */
export const FALLBACK_DELAY_MS = 200;

/** Runs `task` in the next idle moment, or after a short timeout in a browser without idle callbacks. */
function whenIdle(task: () => unknown): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, FALLBACK_DELAY_MS);
}

/**
 * `client:ahead`: hydrates an island ahead of the reader, whether or not its section is near, in idle time and in a
 * task of its own. Astro's `client:idle` hydrates every island whose module came in the same idle moment in one
 * task, which on a story of ten charts can make one long task; `client:visible` hydrates as a section comes near, in
 * the middle of a step change. Here each island's module is fetched in one idle callback and hydrated in the next.
 */
const hydrateAhead: ClientDirective = (load) => {
  whenIdle(async () => {
    const hydrate = await load();
    whenIdle(() => void hydrate());
  });
};

export default hydrateAhead;
