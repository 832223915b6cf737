import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountRenderAhead } from '../../src/browser/render-ahead';

/** An IntersectionObserver that reports only what a test tells it to. */
class FakeObserver {
  static last: FakeObserver | undefined;
  observed: unknown[] = [];
  disconnected = false;
  constructor(
    readonly report: (entries: { isIntersecting: boolean }[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeObserver.last = this;
  }
  observe(target: unknown) {
    this.observed.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
}

let idle: Map<number, () => void>;
let running: { transitionProperty: string; finished: Promise<unknown> }[];
let panel: { classes: Set<string>; classList: Pick<DOMTokenList, 'toggle' | 'remove'> };
let section: HTMLElement;

/** Runs every idle callback still pending. */
const runIdle = () => {
  const tasks = [...idle.values()];
  idle.clear();
  for (const task of tasks) task();
};

beforeEach(() => {
  FakeObserver.last = undefined;
  idle = new Map();
  let handles = 0;
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', (task: () => void) => {
    idle.set(++handles, task);
    return handles;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
  running = [];
  vi.stubGlobal('document', { getAnimations: () => running });
  const classes = new Set<string>();
  panel = {
    classes,
    classList: {
      toggle: (name: string, on?: boolean) => {
        if (on ?? !classes.has(name)) classes.add(name);
        else classes.delete(name);
        return classes.has(name);
      },
      remove: (...names: string[]) => names.forEach((name) => classes.delete(name)),
    },
  };
  section = { querySelector: (selector: string) => (selector === '.scrolly-graphic' ? panel : null) } as never;
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('mountRenderAhead(section)', () => {
  it('watches the section from four and a half screens above the screen to four and a half below', () => {
    mountRenderAhead(section);
    expect(FakeObserver.last?.observed).toEqual([section]);
    expect(FakeObserver.last?.options.rootMargin).toBe('450% 0px');
  });

  it('marks the panel near in an idle moment, not at once', () => {
    mountRenderAhead(section);
    FakeObserver.last!.report([{ isIntersecting: true }]);
    expect(panel.classes.has('is-near')).toBe(false);
    runIdle();
    expect(panel.classes.has('is-near')).toBe(true);
    FakeObserver.last!.report([{ isIntersecting: false }]);
    runIdle();
    expect(panel.classes.has('is-near')).toBe(false);
  });

  it('marks the panel only once the motion of the step change that brought it near has ended', async () => {
    let end = () => {};
    running = [{ transitionProperty: 'width', finished: new Promise((resolve) => (end = () => resolve(undefined))) }];
    mountRenderAhead(section);
    FakeObserver.last!.report([{ isIntersecting: true }]);
    runIdle();
    expect(panel.classes.has('is-near')).toBe(false);
    running = [];
    end();
    await vi.waitFor(() => expect(idle.size).toBe(1));
    runIdle();
    expect(panel.classes.has('is-near')).toBe(true);
  });

  it.each([
    ['in, then out', [true, false], false],
    ['out, then in', [false, true], true],
    ['in, out and in again', [true, false, true], true],
  ])('takes only the latest crossing before the idle moment (%s)', (_, crossings, near) => {
    mountRenderAhead(section);
    for (const isIntersecting of crossings) FakeObserver.last!.report([{ isIntersecting }]);
    expect(idle.size).toBe(1);
    runIdle();
    expect(panel.classes.has('is-near')).toBe(near);
  });

  it('takes the last of the entries one report brings', () => {
    mountRenderAhead(section);
    FakeObserver.last!.report([{ isIntersecting: true }, { isIntersecting: false }]);
    runIdle();
    expect(panel.classes.has('is-near')).toBe(false);
  });

  it('cleans up: stops watching, drops a pending mark and leaves the panel to the browser', () => {
    const cleanup = mountRenderAhead(section);
    FakeObserver.last!.report([{ isIntersecting: true }]);
    runIdle();
    FakeObserver.last!.report([{ isIntersecting: false }]);
    cleanup();
    expect(FakeObserver.last!.disconnected).toBe(true);
    expect(idle.size).toBe(0);
    expect(panel.classes.has('is-near')).toBe(false);
  });

  it('does nothing where the section has no sticky chart or the browser no IntersectionObserver', () => {
    const bare = { querySelector: () => null } as never;
    mountRenderAhead(bare)();
    expect(FakeObserver.last).toBeUndefined();
    vi.stubGlobal('IntersectionObserver', undefined);
    mountRenderAhead(section)();
    expect(panel.classes.size).toBe(0);
  });
});
