import { describe, expect, it } from 'vitest';
import { stepLayouts } from '../../../src/charts/shared/step-layouts';

/** An idle queue the test runs by hand: `flush(1)` runs one idle moment. */
function manualIdle() {
  const queue = new Map<number, () => void>();
  let next = 1;
  return {
    request: (run: () => void) => {
      queue.set(next, run);
      return next++;
    },
    cancel: (handle: number) => void queue.delete(handle),
    flush(moments = Infinity) {
      for (let i = 0; i < moments && queue.size > 0; i++) {
        const [handle, run] = queue.entries().next().value!;
        queue.delete(handle);
        run();
      }
    },
    get pending() {
      return queue.size;
    },
  };
}

/** A layout function that records each call. */
function recorder() {
  const calls: string[] = [];
  return { calls, lay: (index: number, width: number) => (calls.push(`${index}@${width}`), { index, width }) };
}

describe('stepLayouts(lay).at(index, width)', () => {
  it.each([
    { asks: [[0, 320]], calls: ['0@320'] },
    {
      asks: [
        [0, 320],
        [0, 320],
      ],
      calls: ['0@320'],
    },
    {
      asks: [
        [0, 320],
        [1, 320],
        [0, 320],
      ],
      calls: ['0@320', '1@320'],
    },
    // A new width makes the kept layouts stale: asking again at the old width lays out again.
    {
      asks: [
        [0, 320],
        [0, 400],
        [0, 320],
      ],
      calls: ['0@320', '0@400', '0@320'],
    },
  ])('lays out each step once per width: $asks', ({ asks, calls }) => {
    const record = recorder();
    const layouts = stepLayouts(record.lay, undefined, manualIdle());
    for (const [index, width] of asks) expect(layouts.at(index!, width!)).toEqual({ index, width });
    expect(record.calls).toEqual(calls);
  });
});

describe('stepLayouts(lay, widthOf).warm(count, size)', () => {
  const at360 = { width: 360, panel: 360, room: 400 };

  it('lays out one step per idle moment, so no task holds them all', () => {
    const record = recorder();
    const idle = manualIdle();
    const layouts = stepLayouts(record.lay, undefined, idle);
    layouts.warm(3, at360);
    expect(record.calls).toEqual([]);
    idle.flush(1);
    expect(record.calls).toEqual(['0@360']);
    idle.flush();
    expect(record.calls).toEqual(['0@360', '1@360', '2@360']);
    expect(idle.pending).toBe(0);
  });

  it('leaves a step change nothing to lay out', () => {
    const record = recorder();
    const idle = manualIdle();
    const layouts = stepLayouts(record.lay, undefined, idle);
    layouts.warm(2, at360);
    idle.flush();
    layouts.at(1, 360);
    expect(record.calls).toEqual(['0@360', '1@360']);
  });

  it('stops when cancelled', () => {
    const record = recorder();
    const idle = manualIdle();
    const cancel = stepLayouts(record.lay, undefined, idle).warm(3, at360);
    idle.flush(1);
    cancel();
    idle.flush();
    expect(record.calls).toEqual(['0@360']);
    expect(idle.pending).toBe(0);
  });

  it('asks for no idle time with no steps', () => {
    const idle = manualIdle();
    stepLayouts(recorder().lay, undefined, idle).warm(0, at360);
    expect(idle.pending).toBe(0);
  });

  it('lays out at the width the chart says a size is drawn at', () => {
    const record = recorder();
    const idle = manualIdle();
    const layouts = stepLayouts(record.lay, (size) => Math.min(size.width, size.room), idle);
    layouts.warm(1, { width: 360, panel: 360, room: 300 });
    idle.flush();
    expect(record.calls).toEqual(['0@300']);
  });
});
