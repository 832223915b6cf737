import { expect, type Locator, type Page } from '@playwright/test';
import { statusOf, type BuiltPage } from '../../scripts/built-pages';
import type { Section } from './built-sections';

/** Scrolls until the step's card crosses the trigger line, as a reader's thumb would. */
export async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((stepId) => {
    const step = document.getElementById(stepId)!;
    window.scrollBy(0, step.getBoundingClientRect().top - window.innerHeight * 0.45);
  }, id);
}

/** The sticky chart of the section holding a step. */
export function stickyChart(page: Page, stepId: string): Locator {
  return page.locator(`[data-scrolly]:has([id="${stepId}"]) .scrolly-graphic figure.chart`);
}

/** Scrolls to a step and waits until the sticky chart, live, shows its state. */
export async function showStep(page: Page, id: string): Promise<Locator> {
  await scrollToStep(page, id);
  const chart = stickyChart(page, id);
  // Until its states arrive, the sticky chart is the page's drawing of the first step: right for that step, but drawn
  // at the narrowest width.
  await expect(chart).toHaveAttribute('data-live');
  await expect(chart).toHaveAttribute('data-chart-step', id);
  return chart;
}

/** The step ids of every scroll section of the open page: one list per section, in page order. */
async function sectionSteps(page: Page): Promise<string[][]> {
  return page
    .locator('[data-scrolly]')
    .evaluateAll((sections) =>
      sections.map((section) => [...section.querySelectorAll('[data-step]')].map((step) => step.id)),
    );
}

/** The first, middle and last items of a list, each once, in order. */
export function firstMiddleLast<T>(items: readonly T[]): T[] {
  const picks = new Set([0, Math.floor((items.length - 1) / 2), items.length - 1].filter((at) => at >= 0));
  return [...picks].map((at) => items[at]!);
}

/**
 * Opens a built page and checks that its scroll sections, live, are the `sections` its tests were made from (see
 * builtSections), so a test of some of them can trust that together the tests visit every one.
 */
export async function openSections(page: Page, built: BuiltPage, sections: readonly Section[]): Promise<void> {
  expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
  expect(await sectionSteps(page), `the sections of ${built.path}`).toEqual(sections.map((section) => section.steps));
}

/** Waits until every animation and transition on the page has run its course, so what is measured is where it ends. */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((animation) => animation.finished)));
}
