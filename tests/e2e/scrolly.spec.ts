import type { Page } from '@playwright/test';
import { readerPages } from '../../scripts/built-pages';
import { STEP_EVENT } from '../../src/charts/frame';
import type { ExportRecord } from '../../src/figures/export';
import { builtSections, groupTitle, sectionGroups } from '../support/built-sections';
import { loadToTheEnd } from '../support/load-to-the-end';
import { openSections, settled, showStep, scrollToStep, stickyChart } from '../support/scrolly-steps';
import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// Each story in both editions.
const stories = storiesOnDisk().flatMap((s) => [`/stories/${s.slug}/`, `/zh/stories/${s.slug}/`]);
const story = '/stories/industry-outpaces-china-2024/';
const builtStories = readerPages()
  .filter((built) => built.kind === 'story')
  .map((built) => ({ built, sections: builtSections(built) }));

// Steps a test scrolls through at most: a story is scrolled through in several short tests, one per group of
// sections, rather than in one that grows with the story.
const STEPS_PER_TEST = 8;

/** The figures a step shows, by the "show the data" table of its static copy (what the build rendered for it). */
async function stepValues(page: Page, stepId: string): Promise<string[]> {
  return page.locator(`[id="${stepId}"] .step-chart .chart-data tbody td:nth-child(2)`).allTextContents();
}

test('every story on disk is built, with steps to scroll through', () => {
  expect(builtStories.map(({ built }) => built.path).toSorted()).toEqual(stories.toSorted());
  for (const { built, sections } of builtStories)
    expect(sections.flatMap((section) => section.steps).length, built.path).toBeGreaterThan(0);
});

test.describe('every story', () => {
  // The values each edition prints: "550 billion kWh" in English, "5500亿千瓦时" as the documents print it in Chinese.
  let values: Record<'en' | 'zh', Set<string>>;
  test.beforeAll(async ({ request }) => {
    const records = (await (await request.get('/data/figures.json')).json()) as ExportRecord[];
    values = {
      en: new Set(records.map((record) => record.value_en)),
      zh: new Set(records.map((record) => record.value_zh)),
    };
  });

  for (const { built, sections } of builtStories) {
    test.describe(built.path, () => {
      const groups = sectionGroups(sections, STEPS_PER_TEST);
      for (const [at, group] of groups.entries()) {
        // The last group's test also scrolls on to the end of the page, so every lazy image and late load is fetched
        // under the guard of ./fixtures: these tests are the stories' own "loads with no console error" check.
        const last = at === groups.length - 1;
        test(`scrolling through ${groupTitle(group)}${last ? ' and on to the end' : ''} puts each step’s state on the chart, with the figure base’s values and no console error or warning`, async ({
          page,
        }) => {
          await openSections(page, built, sections);
          for (const id of group.flatMap((section) => section.steps)) {
            await scrollToStep(page, id);
            const chart = stickyChart(page, id);
            await expect(chart).toHaveAttribute('data-chart-step', id);
            // A map step may show a named plan that has no number; every value a step does show must be a figure's.
            const expected = await stepValues(page, id);
            for (const value of expected)
              expect(values[built.lang].has(value), `${value} is a figure's value in ${built.lang}`).toBe(true);
            await expect(chart.locator('.chart-data tbody td:nth-child(2)')).toHaveText(expected);
          }
          if (last) await loadToTheEnd(page);
        });
      }
    });
  }
});

test.describe('scrollytelling engine', () => {
  let steps: string[];
  test.beforeEach(async ({ page }) => {
    await page.goto(story);
    steps = await page.locator('[data-step]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(steps.length).toBeGreaterThanOrEqual(4);
  });

  test('scrolling back up returns the chart to earlier steps', async ({ page }) => {
    await scrollToStep(page, steps[2]!);
    await expect(stickyChart(page, steps[2]!)).toHaveAttribute('data-chart-step', steps[2]!);
    await scrollToStep(page, steps[0]!);
    await expect(stickyChart(page, steps[0]!)).toHaveAttribute('data-chart-step', steps[0]!);
  });

  test('a fast jump lands in the right state', async ({ page }) => {
    const last = steps.at(-1)!;
    await page.evaluate(
      (id) => document.getElementById(id)!.scrollIntoView({ block: 'center', behavior: 'instant' }),
      last,
    );
    await expect(stickyChart(page, last)).toHaveAttribute('data-chart-step', last);
  });

  test('a deep link opens the story at that step, already in its state, without replaying transitions', async ({
    page,
  }) => {
    const target = steps[2]!;
    await page.goto(`${story}#${target}`);
    const chart = stickyChart(page, target);
    await expect(chart).toHaveAttribute('data-chart-step', target);
    await expect(chart).toHaveClass(/instant/);
    await expect(page.locator(`[id="${target}"]`)).toBeInViewport();
  });

  test('keeps triggers right after a resize', async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 600 });
    await scrollToStep(page, steps[1]!);
    await expect(stickyChart(page, steps[1]!)).toHaveAttribute('data-chart-step', steps[1]!);
    await page.setViewportSize({ width: 1100, height: 900 });
    await scrollToStep(page, steps[2]!);
    await expect(stickyChart(page, steps[2]!)).toHaveAttribute('data-chart-step', steps[2]!);
  });

  test('moves instantly under prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(story);
    await scrollToStep(page, steps[1]!);
    const chart = stickyChart(page, steps[1]!);
    await expect(chart).toHaveAttribute('data-chart-step', steps[1]!);
    const durations = await chart
      .locator('.bar')
      .evaluateAll((bars) => bars.map((bar) => getComputedStyle(bar).transitionDuration));
    expect(durations.length).toBeGreaterThan(0);
    for (const duration of durations) expect(duration).toBe('0s');
  });

  test('announces each new state to screen readers and describes the chart', async ({ page }) => {
    await scrollToStep(page, steps[1]!);
    const chart = stickyChart(page, steps[1]!);
    await expect(chart).toHaveAttribute('data-chart-step', steps[1]!);
    const live = chart.locator('[aria-live="polite"]');
    await expect(live).toContainText('Bar chart of 3 figures');
    const svg = chart.locator('svg[role="group"]');
    const described = await svg.evaluate((element) =>
      (element.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(described).toContain(await live.textContent());
  });

  test('a tap on a mark shows its value, unit and a link to the source passage', async ({ page }) => {
    await scrollToStep(page, steps[1]!);
    const chart = stickyChart(page, steps[1]!);
    await expect(chart).toHaveAttribute('data-chart-step', steps[1]!);
    // A reader taps the bar itself, once it has grown to its length: the middle of the mark's whole box, label and
    // value included, may fall between the label and the bar.
    await settled(page);
    await chart.locator('.bar').first().locator('.bar-rect').click();
    const tip = chart.getByRole('dialog');
    await expect(tip).toBeVisible();
    await expect(tip.locator('.tip-value')).toHaveText(/%$/);
    await expect(tip.getByRole('link', { name: 'Read it in the source' })).toHaveAttribute(
      'href',
      /\/sources\/[a-z0-9-]+\/#p-[0-9a-f]+$/,
    );
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
  });

  test('a mouse over a mark previews its tooltip, over any of its parts, and moving off the mark hides it', async ({
    page,
    isMobile,
  }) => {
    test.skip(isMobile, 'phones have no mouse');
    await scrollToStep(page, steps[1]!);
    const chart = stickyChart(page, steps[1]!);
    await expect(chart).toHaveAttribute('data-chart-step', steps[1]!);
    const bar = chart.locator('.bar').first();
    const tip = chart.getByRole('dialog');
    await bar.locator('.label').first().hover();
    await expect(tip).toBeVisible();
    expect(await bar.getAttribute('aria-label')).toContain(await tip.locator('.tip-value').textContent());
    await bar.locator('.bar-rect').hover();
    await expect(tip).toBeVisible();
    await chart.locator('.chart-headline').hover();
    await expect(tip).toBeHidden();
  });

  test('without a share sheet, every step’s share control copies the address of its share page', async ({
    page,
    context,
    baseURL,
    browserName,
  }) => {
    test.skip(browserName !== 'chromium', 'clipboard permissions are Chromium-only here');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    });
    await expect(page.locator('.step-link')).toHaveCount(steps.length);
    const id = steps[1]!;
    await scrollToStep(page, id);
    await page.locator(`[id="${id}"] .step-link`).click();
    await expect(page.locator(`[id="${id}"] .step-link-status`)).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${story}${id}/`);
  });

  test('with a share sheet, the share control hands it the step’s share page, title and text', async ({
    page,
    baseURL,
  }) => {
    await page.evaluate(() => {
      const calls: ShareData[] = [];
      (window as unknown as { shared: ShareData[] }).shared = calls;
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => void calls.push(data),
        configurable: true,
      });
      Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
    });
    const id = steps[2]!;
    await scrollToStep(page, id);
    await page.locator(`[id="${id}"] .step-link`).click();
    await expect(page.locator(`[id="${id}"] .step-link-status`)).toHaveText('Shared');
    const [shared] = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    expect(shared!.url).toBe(`${baseURL}${story}${id}/`);
    expect(shared!.title).toBe(await page.locator(`[data-scrolly]:has([id="${id}"])`).getAttribute('aria-label'));
    expect(shared!.text!.length).toBeGreaterThan(20);
    expect((await page.locator(`[id="${id}"] .step-text`).innerText()).replace(/\s+/g, ' ')).toContain(
      shared!.text!.replace(/ …$|…$/, ''),
    );
  });

  test('keyboard: Tab reaches every step and the chart follows focus', async ({ page, isMobile }) => {
    test.skip(isMobile, 'phones have no Tab key');
    for (const id of steps.slice(0, 3)) {
      await page.locator(`[id="${id}"]`).focus();
      await expect(stickyChart(page, id)).toHaveAttribute('data-chart-step', id);
    }
    await expect(page.locator('[data-step]')).toHaveCount(steps.length);
    for (const tabindex of await page
      .locator('[data-step]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('tabindex')))) {
      expect(tabindex).toBe('0');
    }
  });

  test('?debug shows step boundaries and the trigger line for authors', async ({ page }) => {
    await page.goto(`${story}?debug`);
    await expect(page.locator('html')).toHaveClass(/scrolly-debug/);
    await expect(page.locator('[data-step]').first()).toHaveCSS('outline-style', 'dashed');
  });

  test('at 320 px wide nothing scrolls sideways and the chart fits', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const id of steps) {
      await scrollToStep(page, id);
      await expect(stickyChart(page, id)).toHaveAttribute('data-chart-step', id);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('links to a step a story no longer has', () => {
  const moved = storiesOnDisk().flatMap((story) => story.moved.map(([from, to]) => ({ slug: story.slug, from, to })));

  test('some story lists a moved step', () => {
    expect(moved.length).toBeGreaterThan(0);
  });

  for (const { slug, from, to } of moved) {
    test(`#${from} opens /stories/${slug}/ at #${to}, already in its state`, async ({ page }) => {
      await page.goto(`/stories/${slug}/#${from}`);
      const chart = stickyChart(page, to);
      await expect(chart).toHaveAttribute('data-chart-step', to);
      await expect(chart).toHaveClass(/instant/);
      await expect(page.locator(`[id="${to}"]`)).toBeInViewport();
    });
  }
});

test.describe('scrollytelling without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of stories) {
    test(`${path}: unrolls, every step showing its text with its own chart beneath`, async ({ page }) => {
      await page.goto(path);
      const steps = page.locator('[data-step]');
      const count = await steps.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const step = steps.nth(i);
        await expect(step.locator('.step-chart figure.chart')).toBeVisible();
        await expect(step.locator('.step-chart figure.chart')).toHaveAttribute(
          'data-chart-step',
          (await step.getAttribute('id'))!,
        );
      }
      await expect(page.locator('.scrolly-graphic').first()).toBeHidden();
    });
  }
});

test.describe('scrollytelling in print', () => {
  test('prints as an unrolled sequence: each step with its own chart, no sticky chart', async ({ page }) => {
    await page.goto(story);
    await page.emulateMedia({ media: 'print' });
    const steps = page.locator('[data-step]');
    const count = await steps.count();
    for (let i = 0; i < count; i++) await expect(steps.nth(i).locator('.step-chart figure.chart')).toBeVisible();
    await expect(page.locator('.scrolly-graphic').first()).toBeHidden();
    await expect(page.locator('.step-link').first()).toBeHidden();
  });

  // Chromium's own printing (page.pdf(), the path of a reader's Print) lays the page out for paper, where the sticky
  // chart is hidden, and back. Shown again, the chart must stand as the reader left it: at the same step, and still. A
  // chart whose elements took a first style again would play each mark's entry (bars growing from the axis, notes
  // fading in), which is what emulating print media alone does, and a layout that moved the steps could change step.
  test('after printing, the sticky chart stands at the step the reader left it, still', async ({ page }) => {
    await page.goto(story);
    const [first, second] = await page.locator('[data-step]').evaluateAll((elements) => elements.map((e) => e.id));
    await showStep(page, first!);
    const chart = await showStep(page, second!);
    await settled(page);
    // Everything that would say the chart moved or changed step, from the print on.
    await chart.evaluate((figure, stepEvent) => {
      const seen: string[] = [];
      (window as unknown as { printWatch: string[] }).printWatch = seen;
      figure.addEventListener('transitionrun', (event) =>
        seen.push(`transition of ${(event as TransitionEvent).propertyName}`),
      );
      figure.closest('[data-scrolly]')!.addEventListener(stepEvent, () => seen.push('step change'));
      new MutationObserver(() => seen.push(`chart step ${figure.getAttribute('data-chart-step')}`)).observe(figure, {
        attributeFilter: ['data-chart-step'],
      });
    }, STEP_EVENT);
    expect((await page.pdf()).byteLength).toBeGreaterThan(0);
    // A step change after the print is noticed in the first frame after it, marked in the next, and morphed a task
    // later: the step event and the chart's step are recorded by then (a transition's event would come a frame later).
    await page.evaluate(
      () =>
        new Promise((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))),
        ),
    );
    await expect(chart).toHaveAttribute('data-chart-step', second!);
    expect(await page.evaluate(() => (window as unknown as { printWatch: string[] }).printWatch)).toEqual([]);
  });
});

test.describe('taps on the sticky chart', () => {
  const { built, sections } = builtStories.find(({ built }) => built.path === '/stories/energy-corridors/')!;

  /** What a tap at the centre of each mark of the chart would hit, once its marks have stopped moving. */
  async function tapTargets(page: Page, step: string): Promise<string[]> {
    const chart = await showStep(page, step);
    // Where the marks end up: a mark still moving is hit wherever it happens to be when the test looks.
    await settled(page);
    // What a tap at each mark would hit: the mark, the chart around it, a step card over it, or something in the way.
    return chart.locator('[role="button"]').evaluateAll((marks) =>
      marks.map((mark) => {
        // The centre of the shape drawn for the mark (a bar, a dot), not of its whole box, which may be empty there.
        const box = (mark.querySelector('rect, circle, path') ?? mark).getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (hit === null) return 'off screen';
        if (mark.contains(hit)) return 'mark';
        if (hit.closest('.step')) return 'card';
        // A map region's centre may fall on its neighbour or a dot: still the chart, which takes the tap.
        if (hit.closest('.scrolly-graphic') === mark.closest('.scrolly-graphic')) return 'chart';
        return `blocked by <${hit.tagName.toLowerCase()} class="${hit.getAttribute('class')}">`;
      }),
    );
  }

  for (const group of sectionGroups(sections, STEPS_PER_TEST)) {
    test(`reach every mark that no step card covers, at every step of ${groupTitle(group)}`, async ({ page }) => {
      await openSections(page, built, sections);
      for (const step of group.flatMap((section) => section.steps)) {
        const hits = await tapTargets(page, step);
        expect(
          hits.filter((hit) => hit.startsWith('blocked')),
          `step ${step}`,
        ).toEqual([]);
      }
    });
  }

  // Without a mark a tap reaches, "nothing blocked" above would say nothing.
  test('reach some mark at some step', async ({ page }) => {
    await openSections(page, built, sections);
    let reached = 0;
    for (const step of sections.flatMap((section) => section.steps)) {
      reached += (await tapTargets(page, step)).filter((hit) => hit === 'mark').length;
      // One is enough, and each further step costs a scroll.
      if (reached > 0) break;
    }
    expect(reached).toBeGreaterThan(0);
  });
});
