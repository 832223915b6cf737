import type { Page } from '@playwright/test';
import { readerPages, statusOf, type BuiltPage } from '../../scripts/built-pages';
import { firstMiddleLast, sectionSteps, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';

// WCAG 1.4.10 Reflow: at 320 CSS px wide, and at 200% zoom, nothing needs scrolling sideways.

/** Fails if the page scrolls sideways, naming the elements that reach past the viewport's right edge. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const { scrollWidth, clientWidth } = document.documentElement;
    if (scrollWidth <= clientWidth) return { scrollWidth, clientWidth, past: [] };
    const past = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
      .slice(0, 5)
      .map(
        (element) =>
          `<${element.localName} class="${element.getAttribute('class') ?? ''}"> to ${Math.round(element.getBoundingClientRect().right)} px`,
      );
    return { scrollWidth, clientWidth, past };
  });
  expect(
    overflow.scrollWidth,
    `page width ${where}, ${overflow.clientWidth} px viewport; past its edge: ${overflow.past.join(', ')}`,
  ).toBeLessThanOrEqual(overflow.clientWidth);
}

/** Checks one page for sideways scrolling as it opens and, on a story, at the first, middle and last step of each section. */
async function checkReflow(page: Page, built: BuiltPage): Promise<void> {
  const path = built.path;
  expect((await page.goto(path))?.status()).toBe(statusOf(built));
  await expectNoSidewaysScroll(page, `of ${path}`);
  for (const id of (await sectionSteps(page)).flatMap((steps) => firstMiddleLast(steps))) {
    await showStep(page, id);
    await expectNoSidewaysScroll(page, `of ${path} at step #${id}`);
  }
}

const SIZES = [
  // The narrowest phone the criterion names, in the phone project, which emulates a touch phone.
  { name: '320 px wide', phone: true, use: { viewport: { width: 320, height: 640 } } },
  // 1280 × 800 at 200% zoom lays out as 640 × 400 CSS px at two device pixels each: in the desktop project.
  { name: '200% zoom', phone: false, use: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 } },
];

for (const size of SIZES) {
  test.describe(`reflow at ${size.name}`, () => {
    test.use(size.use);
    test.skip(
      ({ isMobile }) => isMobile !== size.phone,
      `${size.name} is checked in the ${size.phone ? 'phone' : 'desktop'} project`,
    );

    for (const built of readerPages()) {
      test.describe(built.path, () => {
        if (built.kind === 'not-found') test.use({ expectedMissing: built.path });
        test(`nothing scrolls sideways${built.kind === 'story' ? ' at the first, middle and last step of each section' : ''}`, async ({
          page,
        }) => {
          await checkReflow(page, built);
        });
      });
    }
  });
}
