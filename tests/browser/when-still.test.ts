import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenStill } from '../../src/browser/when-still';

let idle: (() => void)[];
let running: { transitionProperty?: string; finished: Promise<unknown> }[];

/** Runs every idle callback pending now (not those they ask for). */
const runIdle = () => idle.splice(0).forEach((task) => task());

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
  idle = [];
  running = [];
  vi.stubGlobal('requestIdleCallback', (task: () => void) => idle.push(task));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.splice(handle - 1, 1, () => {}));
  vi.stubGlobal('document', { getAnimations: () => running });
});

afterEach(() => {
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
    await Promise.resolve();
    expect(idle).toHaveLength(0);
    // The next step change starts moving before these end: its motion is waited for too.
    const next = transition();
    running = [next.animation];
    second.cancel();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
    runIdle();
    expect(task).not.toHaveBeenCalled();
    running = [];
    next.end();
    await vi.waitFor(() => expect(idle).toHaveLength(1));
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
    await Promise.resolve();
    await Promise.resolve();
    runIdle();
    expect(task).not.toHaveBeenCalled();
  });
});
