import type { Page } from '@playwright/test';
import { settled, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// No chart text smaller than this on any screen, drawn text scaled as the browser shows it.
const SMALLEST_TEXT = 13;
// On a phone the drawing ends by this share of the screen's height, so the step text below it has room.
const PHONE_DRAWING_BOTTOM = 0.55;
// Short phone screens, held upright, and the share of the height a drawing ends by. Their bounds are looser: a chart
// of six bars with a note, its type at no less than 13 px, needs 59% of a 360 × 640 screen and 68% of a 320 × 568 one,
// and its drawing may not scale down to fit, or its type would.
const SHORT_PHONES = [
  { width: 360, height: 640, bottom: 0.6 },
  { width: 320, height: 568, bottom: 0.7 },
];

/**
 * Steps through every step of the story open on `page` and checks each chart's text sizes, that none of it is cut off
 * and, on a phone, that its drawing ends by `bottom` of the screen's height (beside the text, that it stands centred).
 */
async function expectSizedForReading(page: Page, steps: readonly string[], bottom: number | undefined): Promise<void> {
  const viewport = page.viewportSize()!;
  for (const id of steps) {
    const chart = await showStep(page, id);
    // Where the marks end, not where a transition from the step before has them for a moment.
    await settled(page);
    const measured = await chart.evaluate((figure) => {
      let smallest = Infinity;
      // The largest text not set bold as a value: a label, a note, a tick, the source.
      let largestPlain = 0;
      const seen: string[] = [];
      const outside: string[] = [];
      for (const svg of figure.querySelectorAll('svg')) {
        const box = svg.getBoundingClientRect();
        // Text drawn in the reader's own font, which the layout only estimated: none of it may be cut off.
        for (const text of svg.querySelectorAll('text')) {
          const drawn = text.getBoundingClientRect();
          if (drawn.width === 0) continue;
          if (drawn.left < box.left - 1 || drawn.right > box.right + 1 || drawn.bottom > box.bottom + 1)
            outside.push(
              `"${text.textContent}" (${Math.round(drawn.left - box.left)}–${Math.round(drawn.right - box.left)} of ${Math.round(box.width)} px)`,
            );
        }
        const view = svg.viewBox.baseVal;
        // The drawing scales to its box, keeping its proportions: its text scales by the smaller ratio.
        const scale = Math.min(box.width / view.width, box.height / view.height);
        for (const text of svg.querySelectorAll('text')) {
          if (!text.textContent!.trim()) continue;
          const style = getComputedStyle(text);
          const size = parseFloat(style.fontSize) * scale;
          if (size < smallest) [smallest, seen[0]] = [size, text.textContent!];
          if (Number(style.fontWeight) < 600 && size > largestPlain)
            [largestPlain, seen[1]] = [size, text.textContent!];
        }
      }
      for (const element of figure.querySelectorAll('figcaption, p, span, summary, button')) {
        if (element.closest('svg') || element.getClientRects().length === 0 || !element.textContent!.trim()) continue;
        const style = getComputedStyle(element);
        const size = parseFloat(style.fontSize);
        if (size < smallest) [smallest, seen[0]] = [size, element.textContent!];
        // Only text an element holds itself (not a button's whole card), and none hidden for screen readers.
        const own = element.children.length === 0 && element.getBoundingClientRect().width > 1;
        if (own && element.localName !== 'figcaption' && Number(style.fontWeight) < 600 && size > largestPlain)
          [largestPlain, seen[1]] = [size, element.textContent!];
      }
      const headline = parseFloat(getComputedStyle(figure.querySelector('figcaption')!).fontSize);
      const drawing = figure.querySelector('svg, .numbers')!.getBoundingClientRect();
      const whole = figure.getBoundingClientRect();
      return {
        smallest,
        text: seen[0],
        largestPlain,
        plain: seen[1],
        headline,
        outside,
        bottom: drawing.bottom,
        middle: (whole.top + whole.bottom) / 2,
      };
    });
    expect(measured.outside, `${id}: text cut off at the chart's edge`).toEqual([]);
    expect(measured.smallest, `${id}: "${measured.text}"`).toBeGreaterThanOrEqual(SMALLEST_TEXT - 0.01);
    // Labels scale up with a wide panel's drawing; the headline must still lead.
    expect(measured.headline, `${id}: the headline under "${measured.plain}"`).toBeGreaterThanOrEqual(
      measured.largestPlain - 0.01,
    );
    if (bottom !== undefined) expect(measured.bottom, id).toBeLessThanOrEqual(viewport.height * bottom);
    // Beside the text on a wide screen, the chart stands in the middle of the screen's height.
    else expect(Math.abs(measured.middle - viewport.height / 2), id).toBeLessThanOrEqual(viewport.height * 0.1);
  }
}

test.describe('charts sized for reading', () => {
  for (const [path, story] of storiesOnDisk().flatMap((story) =>
    ['', '/zh'].map((edition) => [`${edition}/stories/${story.slug}/`, story] as const),
  )) {
    test(`${path}: every step's chart text is at least ${SMALLEST_TEXT} px, none is cut off and none outsizes the headline but a value, on a phone its drawing leaves the lower part of the screen to the text, and beside the text it stands centred`, async ({
      page,
      isMobile,
    }) => {
      // Every step of a story: seconds on a quiet machine, several times that on a busy one.
      test.setTimeout(180_000);
      await page.goto(path);
      await expectSizedForReading(page, story.steps, isMobile ? PHONE_DRAWING_BOTTOM : undefined);
    });

    for (const { width, height, bottom } of SHORT_PHONES) {
      test(`${path} on a short phone (${width} × ${height}): every step's chart text is at least ${SMALLEST_TEXT} px, none is cut off or outsizes the headline but a value, and its drawing ends by ${bottom * 100}% of the screen's height`, async ({
        page,
        isMobile,
      }) => {
        test.skip(!isMobile, "a phone's screen");
        test.setTimeout(180_000);
        await page.setViewportSize({ width, height });
        await page.goto(path);
        await expectSizedForReading(page, story.steps, bottom);
      });
    }
  }
});
