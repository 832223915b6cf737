import { chartsLive, test, expect } from './fixtures';
import { scrollToStep, showStep, stickyChart } from '../support/scrolly-steps';
import { storiesOnDisk } from './stories-on-disk';

// A section's sticky chart must be live before a reader reaches it: fetching its states as it scrolls near would
// leave the first step change waiting on the network. Charts fetch their states in idle time after load instead
// (live-chart.ts). This test holds the page still at its top and waits for what the page does there, so it says that
// going live needs no scroll, never how fast it is.

for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  test(`${path}: every section’s chart goes live while the reader is still at the top, the furthest down included`, async ({
    page,
  }) => {
    await page.goto(path);
    const charts = page.locator('[data-scrolly] .scrolly-graphic [data-live-chart]');
    const tops = await charts.evaluateAll((elements) =>
      elements.map((element) => element.closest('[data-scrolly]')!.getBoundingClientRect().top / innerHeight),
    );
    expect(tops.length).toBeGreaterThan(0);
    expect(Math.max(...tops), 'a story long enough to have charts screens below').toBeGreaterThan(3);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const [at, top] of tops.entries())
      await expect(charts.nth(at), `chart ${at}, ${top.toFixed(1)} screens down`).toHaveAttribute('data-live', /^\d+$/);
  });
}

/** What the page keeps for the test below: each chart's key paths of the elements removed since the step began. */
interface MarkWatch {
  removed: Map<Element, Set<string>>;
  keysOf(root: Element): string[];
}

// A step change must carry each mark that stays from its old state to its new one: an element replaced by a new one with
// its key (redrawn) starts no CSS transition, so it jumps; so does one taken out and put back (moved), unless the
// browser moves it with its state (`moveBefore`, which the morph uses where it can; a move is then no fault). This test
// watches the sticky charts' elements through every step of a story and names each mark that a step change redrew, or
// moved where the browser cannot move with state.
for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  test(`${path}: no step change moves or redraws a mark that stays`, async ({ page }) => {
    await page.goto(path);
    await chartsLive(page);
    await page.evaluate(() => {
      const keyOf = (element: Element) => {
        for (const name of ['data-key', 'data-mark', 'data-note']) {
          const value = element.getAttribute(name);
          if (value !== null) return `${name} ${element.tagName} ${value}`;
        }
        return undefined;
      };
      // A mark's name across states: its key after those of the keyed elements it stands in, as the morph matches
      // keys among siblings (a row's first line and the next row's are two marks).
      const pathOf = (element: Element | null, top: Element | null) => {
        const keys: string[] = [];
        for (let at = element; at && at !== top; at = at.parentElement) {
          const key = keyOf(at);
          if (key !== undefined) keys.unshift(key);
        }
        return keys;
      };
      // `above`: the keys of where `root` stood, for a root already taken out of the page.
      const keysIn = (root: Element, above: string[] = []) =>
        [root, ...root.querySelectorAll('[data-key], [data-mark], [data-note]')].flatMap((element) =>
          keyOf(element) === undefined ? [] : [[...above, ...pathOf(element, root.parentElement)].join(' / ')],
        );
      const watch: MarkWatch = { removed: new Map(), keysOf: (root) => keysIn(root) };
      const movesWithState = 'moveBefore' in Element.prototype;
      (window as unknown as { markWatch: MarkWatch }).markWatch = watch;
      for (const chart of document.querySelectorAll('[data-live-chart]')) {
        const removed = new Set<string>();
        watch.removed.set(chart, removed);
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.removedNodes)
              if (node instanceof Element && !(movesWithState && chart.contains(node)))
                for (const key of keysIn(node, pathOf(record.target as Element, chart.parentElement))) removed.add(key);
        }).observe(chart, { childList: true, subtree: true });
      }
    });
    const faults: string[] = [];
    for (const id of story.steps) {
      const chart = stickyChart(page, id);
      const before = await chart.evaluate((figure) => {
        const watch = (window as unknown as { markWatch: MarkWatch }).markWatch;
        watch.removed.get(figure)!.clear();
        return watch.keysOf(figure);
      });
      await showStep(page, id);
      const jumped = await chart.evaluate((figure, kept) => {
        const watch = (window as unknown as { markWatch: MarkWatch }).markWatch;
        const after = new Set(watch.keysOf(figure));
        return [...watch.removed.get(figure)!].filter((key) => kept.includes(key) && after.has(key));
      }, before);
      if (jumped.length > 0) faults.push(`${id}: ${jumped.join(', ')}`);
    }
    expect(faults, 'marks a step change moved or redrew').toEqual([]);
  });
}

/** What the page keeps for the test below: each element a step change added that a reader sees, and how it came in. */
interface EntryWatch {
  entries: { step: string; element: string; moves: boolean }[];
  /** Elements that fade in inside an element of the same entry that fades in too: their opacity compounds. */
  compounded: string[];
}

// A mark, label or key that a step adds must come in by motion (it fades in, grows or draws on) as a mark that stays
// moves to its new state: one that appears at once jumps. It fades in once: what it holds comes in with it, not in a
// fade of its own inside its fade. Under reduced motion nothing moves, entries included. Whether
// an element moves is read as it is added (a transition starts at its first style), so the test never races one.
for (const story of storiesOnDisk()) {
  const path = `/stories/${story.slug}/`;

  for (const motion of ['no-preference', 'reduce'] as const) {
    test(`${path}: what a step adds to its chart ${motion === 'reduce' ? 'appears at once under reduced motion' : 'comes in by motion'}`, async ({
      page,
    }) => {
      await page.emulateMedia({ reducedMotion: motion });
      await page.goto(path);
      await chartsLive(page);
      await page.evaluate(() => {
        const shapes = new Set(['path', 'rect', 'circle', 'line', 'polyline', 'polygon', 'ellipse']);
        // A transparent shape that only takes taps (a map's region) shows nothing that could jump.
        const paints = (element: Element) => {
          // A tooltip is the reader's doing, not the step's.
          if (!element.checkVisibility() || element.closest('.chart-tip')) return false;
          if (!shapes.has(element.tagName)) return true;
          const style = getComputedStyle(element);
          const clear = (paint: string) => paint === 'none' || /^rgba\(.*, 0\)$/.test(paint);
          return !clear(style.fill) || !clear(style.stroke);
        };
        const describe = (element: Element) =>
          `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"${[
            'data-key',
            'data-mark',
            'data-note',
          ]
            .map((name) => (element.hasAttribute(name) ? ` ${name}="${element.getAttribute(name)}"` : ''))
            .join('')}>`;
        const fades = (element: Element) =>
          element.getAnimations().some((motion) => (motion as CSSTransition).transitionProperty === 'opacity');
        const watch: EntryWatch = { entries: [], compounded: [] };
        (window as unknown as { entryWatch: EntryWatch }).entryWatch = watch;
        for (const chart of document.querySelectorAll<HTMLElement>('.scrolly-graphic [data-live-chart]'))
          new MutationObserver((records) => {
            // A node taken out and put back in the same change was moved, not added.
            const removed = new Set(records.flatMap((record) => [...record.removedNodes]));
            for (const record of records)
              for (const node of record.addedNodes)
                if (node instanceof Element && !removed.has(node) && paints(node)) {
                  watch.entries.push({
                    step: chart.dataset.chartStep ?? '',
                    element: describe(node),
                    moves: node.getAnimations({ subtree: true }).length > 0,
                  });
                  for (const inner of node.querySelectorAll('*')) {
                    if (!fades(inner)) continue;
                    for (let up = inner.parentElement; up && up !== node.parentElement; up = up.parentElement)
                      if (fades(up)) {
                        watch.compounded.push(`${chart.dataset.chartStep}: ${describe(inner)} in ${describe(up)}`);
                        break;
                      }
                  }
                }
          }).observe(chart, { childList: true, subtree: true });
      });
      // Down through the story and back up: a step may add on the way back what it took away on the way down.
      for (const id of [...story.steps, ...story.steps.slice(0, -1).reverse()]) await showStep(page, id);
      const { entries, compounded } = await page.evaluate(
        () => (window as unknown as { entryWatch: EntryWatch }).entryWatch,
      );
      expect(entries.length, 'elements the steps added').toBeGreaterThan(0);
      // An element's fade is its children's: one fading again inside it would come in later than the rest of it.
      expect(compounded, 'fades inside an element that fades in').toEqual([]);
      const wrong = entries
        .filter((entry) => entry.moves === (motion === 'reduce'))
        .map((entry) => `${entry.step}: ${entry.element}`);
      expect(wrong, motion === 'reduce' ? 'entries that moved' : 'entries that appeared at once').toEqual([]);
    });
  }
}

/** Where each bar's value stands, by its bar's figure id: its words, its edges, and whether it is inside its bar. */
type ValueBoxes = Record<string, { text: string; left: number; right: number; inside: boolean }>;
/** What the page keeps for the test below: how it reads the bars' values of a chart, and where they stood as the last step change began. */
type ValueWatch = { valueBoxes(figure: Element): ValueBoxes; start?: Promise<ValueBoxes> };

// A bar's value that stays through a step change moves from where it was. On the narrowest phones a value may move
// between inside its bar and the space past its end (bars/layout.ts): its text-anchor then changes, and a value placed by
// its anchor alone would jump by its own width before it moved. The test rewinds each change's motion to its start, where
// every value must stand where the step before left it. At this size Hohhot's investment chart has its first two
// values move out of their bars between its first two steps, so that page must meet values changing sides, or the test
// would no longer be testing them.
const VALUES_CHANGE_SIDES = '/stories/hohhot-half-time/';
for (const story of storiesOnDisk()) {
  for (const path of [`/stories/${story.slug}/`, `/zh/stories/${story.slug}/`]) {
    test(`${path} on the narrowest phone (320 × 568): a bar's value starts each move where it was, also between inside its bar and past its end`, async ({
      page,
      isMobile,
    }) => {
      test.skip(!isMobile, "a phone's screen");
      test.setTimeout(120_000);
      await page.setViewportSize({ width: 320, height: 568 });
      await page.goto(path);
      await chartsLive(page);
      await page.evaluate(() => {
        const watch: ValueWatch = {
          valueBoxes: (figure) =>
            Object.fromEntries(
              [...figure.querySelectorAll<SVGTextElement>('.bar[data-mark] > text.value')].map((value) => {
                const { left, right } = value.getBoundingClientRect();
                const mark = (value.parentElement as HTMLElement | null)?.dataset.mark ?? '';
                const text = value.textContent ?? '';
                return [mark, { text, left, right, inside: value.classList.contains('inside') }];
              }),
            ),
        };
        (window as unknown as { valueWatch: ValueWatch }).valueWatch = watch;
      });
      const faults: string[] = [];
      let crossings = 0;
      for (const id of story.steps) {
        const chart = stickyChart(page, id);
        if ((await chart.getAttribute('data-chart-step')) === id) continue;
        const before = await chart.evaluate((figure) =>
          (window as unknown as { valueWatch: ValueWatch }).valueWatch.valueBoxes(figure),
        );
        // The morph marks the chart with its step as it changes its marks: at that moment every move is starting. The
        // page watches for that before the scroll to the step, and keeps what it finds for the wait after it.
        await chart.evaluate((figure, step) => {
          const watch = (window as unknown as { valueWatch: ValueWatch }).valueWatch;
          watch.start = new Promise<ValueBoxes>((resolve, reject) => {
            // As long as the suite's other waits on what a page does (playwright.config.ts).
            const timer = setTimeout(() => {
              observer.disconnect();
              reject(new Error(`the chart never showed step ${step}`));
            }, 10_000);
            const observer = new MutationObserver(() => {
              if ((figure as HTMLElement).dataset.chartStep !== step) return;
              observer.disconnect();
              clearTimeout(timer);
              const moves = figure.getAnimations({ subtree: true });
              for (const move of moves) {
                move.pause();
                move.currentTime = 0;
              }
              const boxes = watch.valueBoxes(figure);
              for (const move of moves) move.finish();
              resolve(boxes);
            });
            observer.observe(figure, { attributeFilter: ['data-chart-step'] });
          });
        }, id);
        await scrollToStep(page, id);
        const start = await page.evaluate(() => {
          const watched = (window as unknown as { valueWatch: ValueWatch }).valueWatch.start;
          if (!watched) throw new Error('no step change is being watched');
          return watched;
        });
        for (const [mark, was] of Object.entries(before)) {
          const now = start[mark];
          // A bar that goes, or one whose value's words change, is not one value moving.
          if (!now || now.text !== was.text) continue;
          if (now.inside !== was.inside) crossings++;
          if (Math.abs(now.left - was.left) > 1 || Math.abs(now.right - was.right) > 1)
            faults.push(
              `${id}, ${mark}${now.inside === was.inside ? '' : ' (changing sides)'}: was at ${was.left.toFixed(0)}–${was.right.toFixed(0)} px, starts at ${now.left.toFixed(0)}–${now.right.toFixed(0)}`,
            );
        }
      }
      expect(faults, 'values that jumped before they moved').toEqual([]);
      if (path === VALUES_CHANGE_SIDES) expect(crossings, 'values that changed sides').toBeGreaterThan(0);
    });
  }
}

test('a story whose chart states cannot be read unrolls as it does without scripts: each step shows its own chart', async ({
  page,
}) => {
  const [story] = storiesOnDisk();
  // A reply the browser takes, that is no states file: the failure is the page's to handle, not the network's.
  await page.route('**/charts/*.json', (route) => route.fulfill({ contentType: 'application/json', body: 'not json' }));
  await page.goto(`/stories/${story!.slug}/`);
  const first = page.locator(`[id="${story!.steps[0]}"] .step-chart figure`);
  // The states are asked for in an idle moment after load, which comes late on a busy machine.
  await expect(first).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.scrolly-graphic').first()).toBeHidden();
  await expect(page.locator('[data-live-chart][data-live]')).toHaveCount(0);
});
