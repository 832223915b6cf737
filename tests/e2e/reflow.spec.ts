import type { Page } from '@playwright/test';
import { readerPages, statusOf } from '../../scripts/built-pages';
import { builtSections, groupTitle, sectionGroups } from '../support/built-sections';
import { firstMiddleLast, openSections, settled, showStep } from '../support/scrolly-steps';
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

// Steps a story test checks at most: a story is checked in several short tests, one per group of sections.
const STEPS_PER_TEST = 8;

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

        if (built.kind !== 'story') {
          test('nothing scrolls sideways', async ({ page }) => {
            expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
            await expectNoSidewaysScroll(page, `of ${built.path}`);
          });
          return;
        }

        const sections = builtSections(built);
        const groups = sectionGroups(sections, STEPS_PER_TEST, (section) => firstMiddleLast(section.steps));
        if (groups.length === 0)
          test('nothing scrolls sideways as it opens', async ({ page }) => {
            await openSections(page, built, sections);
            await expectNoSidewaysScroll(page, `of ${built.path}`);
          });
        for (const [at, group] of groups.entries()) {
          // The page as it opens is checked in the first group's test, which saves opening it once more.
          const opening = at === 0;
          test(`nothing scrolls sideways${opening ? ' as it opens, nor' : ''} at the first, middle and last step of ${groupTitle(group)}`, async ({
            page,
          }) => {
            await openSections(page, built, sections);
            if (opening) await expectNoSidewaysScroll(page, `of ${built.path}`);
            for (const id of group.flatMap((section) => firstMiddleLast(section.steps))) {
              await showStep(page, id);
              // Where the chart's marks end up, not wherever a transition has them when the page is measured.
              await settled(page);
              await expectNoSidewaysScroll(page, `of ${built.path} at step #${id}`);
            }
          });
        }
      });
    }
  });
}
