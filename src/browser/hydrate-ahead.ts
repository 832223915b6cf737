import type { ClientDirective } from 'astro';

/** How long an island may wait for an idle moment before it is fetched, or hydrated, regardless (ms). */
export const IDLE_TIMEOUT_MS = 2000;

/**
 * `client:ahead`: hydrates an island ahead of the reader, whether or not its section is near, in idle time and in a
 * task of its own. Astro's `client:idle` hydrates every island whose module came in the same idle moment in one task,
 * which on a story of ten charts can make one long task; `client:visible` hydrates as a section comes near, in the middle of
 * a step change. Here each island's module is fetched in one idle callback and hydrated in the next.
 */
const hydrateAhead: ClientDirective = (load) => {
  requestIdleCallback(
    async () => {
      const hydrate = await load();
      requestIdleCallback(() => void hydrate(), { timeout: IDLE_TIMEOUT_MS });
    },
    { timeout: IDLE_TIMEOUT_MS },
  );
};

export default hydrateAhead;
