import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AFTER_PAINT_HASH,
  AFTER_PAINT_LOADER,
  afterPaintScripts,
  deferBuiltScripts,
} from '../../src/config/after-paint-scripts';
import { scratchDirs } from '../support/scratch-dirs';

const scratch = scratchDirs('after-paint-scripts');
const loader = (src: string) => `<script data-module="${src}">${AFTER_PAINT_LOADER}</script>`;
/** A story page's scroll section, which marks the pages the loader is for. */
const SECTION = '<section class="scrolly" data-scrolly id="s">';

describe('afterPaintScripts(html)', () => {
  it.each([
    [
      'a bundled module script',
      '<p>x</p><script type="module" src="/_astro/a.js"></script>',
      `<p>x</p>${loader('/_astro/a.js')}`,
    ],
    ['one under a base path', '<script type="module" src="/base/_astro/a.js"></script>', loader('/base/_astro/a.js')],
    [
      'each of two',
      '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>',
      loader('/_astro/a.js') + loader('/_astro/b.js'),
    ],
    [
      'an inline module, which fetches nothing',
      '<script type="module">go()</script>',
      '<script type="module">go()</script>',
    ],
    ['an inline classic script', '<script>go()</script>', '<script>go()</script>'],
    ['JSON-LD', '<script type="application/ld+json">{}</script>', '<script type="application/ld+json">{}</script>'],
    ['a page with no script', '<p>x</p>', '<p>x</p>'],
  ])('%s', (_, html, expected) => {
    expect(afterPaintScripts(SECTION + html)).toBe(SECTION + expected);
  });

  it('leaves a page without scroll sections as it is: a form its script drives must be live when it is', () => {
    const page = '<form id="figure-filters"></form><script type="module" src="/_astro/finder.js"></script>';
    expect(afterPaintScripts(page)).toBe(page);
  });

  it('writes the loader the policy’s hash allows', () => {
    const html = afterPaintScripts(`${SECTION}<script type="module" src="/_astro/a.js"></script>`);
    const inPage = html.slice(html.indexOf('">', html.indexOf('data-module')) + 2, html.lastIndexOf('</script>'));
    expect(`sha256-${createHash('sha256').update(inPage).digest('base64')}`).toBe(AFTER_PAINT_HASH);
  });
});

/** A stub PerformanceObserver as the test sees it: what it watches, and a way to report paints to it. */
interface Watching {
  report: (names: string[]) => void;
  type: string;
  buffered: boolean;
  disconnected: boolean;
}

/** What the loader did in a page made of stubs: the modules it imported, and the callbacks still waiting to run. */
function runLoader({
  observer,
  readyState,
}: {
  /** The page's PerformanceObserver: one that can watch paints, one that cannot, or none at all. */
  observer: 'paint' | 'no paint' | 'none';
  readyState: 'loading' | 'complete';
}) {
  const imported: string[] = [];
  const waiting = {
    parsed: [] as (() => void)[],
    loaded: [] as (() => void)[],
    frame: [] as (() => void)[],
    timeout: [] as { callback: () => void; ms: number }[],
  };
  const observers: Watching[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = observer === 'paint' ? ['mark', 'paint'] : ['mark'];
    readonly seen: Watching;
    constructor(
      callback: (list: { getEntriesByName(name: string): unknown[] }, observer: PerformanceObserver) => void,
    ) {
      const report = (names: string[]) =>
        callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) }, this);
      this.seen = { report, type: '', buffered: false, disconnected: false };
      observers.push(this.seen);
    }
    observe({ type, buffered }: { type: string; buffered: boolean }) {
      Object.assign(this.seen, { type, buffered });
    }
    disconnect() {
      this.seen.disconnected = true;
    }
  }
  const document = { currentScript: { dataset: { module: '/_astro/a.js' } }, readyState };
  // The loader's import() is the one thing a stub cannot stand in for by name, so the test calls its own.
  const body = AFTER_PAINT_LOADER.replace('import(m)', 'load(m)');
  expect(body).not.toBe(AFTER_PAINT_LOADER);
  new Function(
    'document',
    'PerformanceObserver',
    'addEventListener',
    'requestAnimationFrame',
    'setTimeout',
    'load',
    body,
  )(
    document,
    observer === 'none' ? undefined : PerformanceObserver,
    (type: string, listener: () => void) =>
      (type === 'DOMContentLoaded' ? waiting.parsed : type === 'load' ? waiting.loaded : []).push(listener),
    (callback: () => void) => waiting.frame.push(callback),
    (callback: () => void, ms = 0) => waiting.timeout.push({ callback, ms }),
    (module: string) => {
      imported.push(module);
      return Promise.resolve({});
    },
  );
  return { imported, waiting, observers };
}

/** Runs, and empties, a list of waiting callbacks. */
const run = (callbacks: (() => void)[]) => callbacks.splice(0).forEach((callback) => callback());
/** Runs, and empties, the waiting timeouts; returns their delays. */
const runTimeouts = (timeouts: { callback: () => void; ms: number }[]) =>
  timeouts.splice(0).map(({ callback, ms }) => (callback(), ms));

describe('AFTER_PAINT_LOADER', () => {
  it('imports its module once the first contentful paint is reported, not at the first paint before it', () => {
    const { imported, waiting, observers } = runLoader({ observer: 'paint', readyState: 'loading' });
    expect(observers).toEqual([]);
    run(waiting.parsed);
    expect(observers).toMatchObject([{ type: 'paint', buffered: true, disconnected: false }]);
    observers[0]!.report(['first-paint']);
    expect(imported).toEqual([]);
    observers[0]!.report(['first-contentful-paint']);
    expect(imported).toEqual(['/_astro/a.js']);
    expect(observers[0]!.disconnected).toBe(true);
    expect(waiting.frame).toEqual([]);
    // The stand-in after load finds the module imported, and imports nothing more.
    run(waiting.loaded);
    runTimeouts(waiting.timeout);
    expect(imported).toEqual(['/_astro/a.js']);
  });

  it('watches for the paint at once on a page that has already parsed', () => {
    const { imported, waiting, observers } = runLoader({ observer: 'paint', readyState: 'complete' });
    expect(waiting.parsed).toEqual([]);
    observers[0]!.report(['first-paint', 'first-contentful-paint']);
    expect(imported).toEqual(['/_astro/a.js']);
  });

  it.each([
    ['without paint timing', 'no paint'],
    ['without PerformanceObserver', 'none'],
  ] as const)('%s, imports in a timeout set in the first frame after the page has parsed', (_, observer) => {
    const { imported, waiting, observers } = runLoader({ observer, readyState: 'loading' });
    run(waiting.parsed);
    expect(observers).toEqual([]);
    expect(imported).toEqual([]);
    run(waiting.frame);
    expect(imported).toEqual([]);
    expect(runTimeouts(waiting.timeout)).toEqual([0]);
    expect(imported).toEqual(['/_astro/a.js']);
  });

  it('imports in a timeout after load where the paint is never reported, and only once', () => {
    const { imported, waiting, observers } = runLoader({ observer: 'paint', readyState: 'loading' });
    run(waiting.parsed);
    expect(observers).toHaveLength(1);
    run(waiting.loaded);
    expect(imported).toEqual([]);
    expect(runTimeouts(waiting.timeout)).toEqual([10_000]);
    expect(imported).toEqual(['/_astro/a.js']);
    observers[0]!.report(['first-contentful-paint']);
    expect(imported).toEqual(['/_astro/a.js']);
  });
});

describe('deferBuiltScripts(dir)', () => {
  it('rewrites every built story page, in folders too, and counts them', () => {
    const dir = scratch();
    mkdirSync(join(dir, 'zh/stories'), { recursive: true });
    const story = `${SECTION}<script type="module" src="/_astro/s.js"></script>`;
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    writeFileSync(join(dir, 'zh/stories/index.html'), story);
    writeFileSync(join(dir, 'rss.xml'), story);
    expect(deferBuiltScripts(dir)).toBe(1);
    expect(readFileSync(join(dir, 'zh/stories/index.html'), 'utf8')).toBe(SECTION + loader('/_astro/s.js'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('<p>home</p>');
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).toBe(story);
  });
});
