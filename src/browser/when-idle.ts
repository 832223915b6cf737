/** How long a task may wait for an idle moment before it runs regardless (ms). */
const IDLE_TIMEOUT_MS = 2000;

/** Where the browser has no idle callbacks, how long a task waits (ms). */
const FALLBACK_DELAY_MS = 200;

/** Runs `task` in the next idle moment, or soon after where the browser has no idle callbacks (Safari); returns the cancel. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, FALLBACK_DELAY_MS);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  return () => cancelIdleCallback(handle);
}
