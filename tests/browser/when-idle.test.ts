import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/browser/when-idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle(task)', () => {
  it('asks for an idle moment, waiting at most 2 s, and cancels it', () => {
    const asked: [() => void, IdleRequestOptions | undefined][] = [];
    const cancelled: number[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void, options?: IdleRequestOptions) =>
      asked.push([task, options]),
    );
    vi.stubGlobal('cancelIdleCallback', (handle: number) => cancelled.push(handle));
    const task = vi.fn();
    const cancel = whenIdle(task);
    expect(asked).toEqual([[task, { timeout: 2000 }]]);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it('runs the task 200 ms later where the browser has no idle callbacks, unless cancelled', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const task = vi.fn();
    whenIdle(task);
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
    const dropped = vi.fn();
    whenIdle(dropped)();
    vi.advanceTimersByTime(1000);
    expect(dropped).not.toHaveBeenCalled();
  });
});
