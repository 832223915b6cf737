import { afterEach, describe, expect, it, vi } from 'vitest';
import hydrateAhead, { FALLBACK_DELAY_MS, IDLE_TIMEOUT_MS } from '../../src/browser/hydrate-ahead';

/** A stand-in for the browser's idle queue: callbacks wait until the test runs the next idle moment. */
function idleQueue() {
  const waiting: { callback: () => unknown; timeout: number | undefined }[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => unknown, options?: IdleRequestOptions) =>
    waiting.push({ callback, timeout: options?.timeout }),
  );
  return {
    waiting,
    /** Runs every callback queued so far, each as its own idle callback, and lets their promises settle. */
    async runIdle() {
      for (const { callback } of waiting.splice(0)) await callback();
    },
  };
}

/** The directive never reads its island's element. */
const island = () => ({}) as HTMLElement;

describe('hydrateAhead(load, options, el)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('fetches an island in one idle callback and hydrates it in the next, each with a timeout', async () => {
    const queue = idleQueue();
    const hydrate = vi.fn(async () => {});
    const load = vi.fn(async () => hydrate);
    hydrateAhead(load, { name: 'ahead', value: '' }, island());
    expect(load).not.toHaveBeenCalled();
    expect(queue.waiting.map((entry) => entry.timeout)).toEqual([IDLE_TIMEOUT_MS]);

    await queue.runIdle();
    expect(load).toHaveBeenCalledOnce();
    expect(hydrate).not.toHaveBeenCalled();
    expect(queue.waiting.map((entry) => entry.timeout)).toEqual([IDLE_TIMEOUT_MS]);

    await queue.runIdle();
    expect(hydrate).toHaveBeenCalledOnce();
  });

  it('hydrates islands whose modules came in the same idle moment in separate callbacks', async () => {
    const queue = idleQueue();
    const hydrations = [vi.fn(async () => {}), vi.fn(async () => {})];
    for (const hydrate of hydrations) hydrateAhead(async () => hydrate, { name: 'ahead', value: '' }, island());
    await queue.runIdle();
    expect(queue.waiting).toHaveLength(2);
    await queue.waiting.shift()!.callback();
    expect(hydrations.map((hydrate) => hydrate.mock.calls.length)).toEqual([1, 0]);
  });

  it('falls back to timeouts in a browser without idle callbacks (Safari)', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const hydrate = vi.fn(async () => {});
    hydrateAhead(async () => hydrate, { name: 'ahead', value: '' }, island());
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS);
    expect(hydrate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FALLBACK_DELAY_MS);
    expect(hydrate).toHaveBeenCalledOnce();
  });
});
