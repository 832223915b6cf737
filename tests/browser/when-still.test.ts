import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenStill } from '../../src/browser/when-still';

let idle: Map<number, () => void>;
let running: { transitionProperty?: string; finished: Promise<unknown> }[];

/** Runs every idle callback pending now (not those they ask for). */
const runIdle = () => {
  const tasks = [...idle.values()];
  idle.clear();
  for (const task of tasks) task();
};

/** Lets every promise callback and timer already due run. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A transition that ends, or is cancelled, when the test says. */
function transition(): { animation: (typeof running)[number]; end: () => void; cancel: () => void } {
  let end = () => {};
  let cancel = () => {};
  const finished = new Promise((resolve, reject) => {
    end = () => resolve(undefined);
    cancel = () => reject(new Error('cancelled'));
  });
  return { animation: { transitionProperty: 'width', finished }, end, cancel };
}

beforeEach(() => {
  idle = new Map();
  running = [];
  let handles = 0;
  vi.stubGlobal('requestIdleCallback', (task: () => void) => {
    idle.set(++handles, task);
    return handles;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
  vi.stubGlobal('document', { getAnimations: () => running });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('whenStill(task)', () => {
  it('runs the task in the first idle moment where nothing moves', () => {
    const task = vi.fn();
    whenStill(task);
    expect(task).not.toHaveBeenCalled();
    runIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits for the running transitions to end or be cancelled, then for an idle moment, and looks again', async () => {
    const task = vi.fn();
    const first = transition();
    const second = transition();
    running = [first.animation, second.animation];
    whenStill(task);
    runIdle();
    first.end();
    await flush();
    expect(idle.size).toBe(0);
    // The next step change starts moving before these end: its motion is waited for too.
    const next = transition();
    running = [next.animation];
    second.cancel();
    await flush();
    expect(idle.size).toBe(1);
    runIdle();
    expect(task).not.toHaveBeenCalled();
    running = [];
    next.end();
    await flush();
    runIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('waits at most a second on motion: a transition in a skipped panel never ends', async () => {
    vi.useFakeTimers();
    const task = vi.fn();
    running = [{ transitionProperty: 'opacity', finished: new Promise(() => {}) }];
    whenStill(task);
    runIdle();
    await vi.advanceTimersByTimeAsync(999);
    expect(idle.size).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    runIdle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('does not wait on an animation that is not a transition, nor where the browser lists no animations', () => {
    const task = vi.fn();
    running = [{ finished: new Promise(() => {}) }];
    whenStill(task);
    runIdle();
    expect(task).toHaveBeenCalledOnce();
    vi.stubGlobal('document', {});
    whenStill(task);
    runIdle();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['before the idle moment', false],
    ['while transitions run', true],
  ])('never runs the task once cancelled (%s)', async (_, moving) => {
    const task = vi.fn();
    const motion = transition();
    if (moving) running = [motion.animation];
    const cancel = whenStill(task);
    if (moving) runIdle();
    cancel();
    running = [];
    motion.end();
    await flush();
    runIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
