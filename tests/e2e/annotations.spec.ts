import type { Page } from '@playwright/test';
import { settled, showStep } from '../support/scrolly-steps';
import { test, expect } from './fixtures';
import { storiesOnDisk } from './stories-on-disk';

// Both editions: a Chinese note is laid out by its own width, and wraps between any two characters.
const annotated = storiesOnDisk()
  .flatMap((story) => [
    { path: `/stories/${story.slug}/`, notes: [...story.notes] },
    { path: `/zh/stories/${story.slug}/`, notes: [...story.zh.notes] },
  ])
  .filter((story) => story.notes.length > 0);

// Each browser project checks the narrowest and the widest screens of its kind.
const WIDTHS = { phone: [320, 390], desktop: [768, 1280] } as const;

/** What the reader sees of a sticky chart's notes: their text, and every way one covers another drawing or leaves it. */
async function drawnNotes(page: Page, stepId: string) {
  return page.evaluate((id) => {
    const figure = document.querySelector(`[data-scrolly]:has([id="${id}"]) .scrolly-graphic figure.chart`)!;
    const rect = (element: Element) => element.getBoundingClientRect();
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const problems: string[] = [];
    const texts: string[] = [];
    const svg = figure.querySelector('svg');
    if (!svg) {
      for (const note of figure.querySelectorAll('.annotation')) texts.push(note.textContent!.trim());
      return { texts, problems };
    }
    const frame = rect(svg);
    const notes = [...svg.querySelectorAll('.annotations text')];
    // A CJK font's box stands well above and below its ideographs' ink (Noto Sans CJK: 1.16 em up and 0.29 em down
    // from the baseline, the ink about 0.88 em and 0.12 em): a Chinese note is measured by what it draws.
    const drawnBox = (text: Element) => {
      const box = rect(text);
      if (!/\p{Script=Han}/u.test(text.textContent ?? '')) return box;
      const trim = parseFloat(getComputedStyle(text).fontSize) * 0.2;
      return new DOMRect(box.x, box.y + trim, box.width, box.height - 2 * trim);
    };
    // Marks and their labels: the chart's own text, bars, rows of unit squares, points and dots (a map's regions are
    // ground).
    const drawn = [...svg.querySelectorAll('text, rect, circle, path.mark')].filter(
      (element) => !element.closest('.annotations'),
    );
    for (const note of notes) {
      const box = drawnBox(note);
      if (
        box.left < frame.left - 1 ||
        box.right > frame.right + 1 ||
        box.top < frame.top - 1 ||
        box.bottom > frame.bottom + 1
      )
        problems.push(`"${note.textContent}" leaves the chart`);
      for (const other of drawn) {
        if (other.getAttribute('class')?.includes('hit')) continue;
        if (meets(box, drawnBox(other)))
          problems.push(
            `"${note.textContent}" covers <${other.tagName} class="${other.getAttribute('class')}">${other.textContent ?? ''}`,
          );
      }
      for (const another of notes) {
        if (another !== note && another.parentElement !== note.parentElement && meets(box, drawnBox(another)))
          problems.push(`"${note.textContent}" covers the note "${another.textContent}"`);
      }
    }
    // Lines join with a space, but Chinese ones run on.
    const cjk = /[\u2018-\u201d\u3000-\u9fff\uff00-\uffef]/;
    for (const group of svg.querySelectorAll('.annotation, .note-marker'))
      texts.push(
        [...group.querySelectorAll('.note-text')]
          .map((line) => line.textContent!)
          .reduce(
            (text, line) => (text && !(cjk.test(text.at(-1)!) && cjk.test(line[0]!)) ? `${text} ` : text) + line,
            '',
          ),
      );
    return { texts, problems };
  }, stepId);
}

test.describe('chart notes', () => {
  for (const { path, notes } of annotated) {
    test(`${path}: every note stands beside its mark or under the chart, covering nothing, at every width`, async ({
      page,
    }, testInfo) => {
      // Every annotated step at two widths: seconds on a quiet machine, several times that on a busy one.
      test.setTimeout(180_000);
      const widths = WIDTHS[testInfo.project.name as keyof typeof WIDTHS] ?? [];
      for (const width of widths) {
        await page.setViewportSize({ width, height: page.viewportSize()!.height });
        await page.goto(path);
        for (const [stepId, texts] of notes) {
          await showStep(page, stepId);
          await settled(page);
          const drawn = await drawnNotes(page, stepId);
          expect(drawn.problems, `${stepId} at ${width} px`).toEqual([]);
          expect(drawn.texts.sort(), `${stepId} at ${width} px`).toEqual([...texts].sort());
        }
      }
    });
  }

  test('a screen reader hears each note after the chart’s description', async ({ page }) => {
    const { path, notes } = annotated[0]!;
    const [stepId, texts] = notes[0]!;
    await page.goto(path);
    const chart = await showStep(page, stepId);
    for (const text of texts) await expect(chart.locator('[aria-live]')).toContainText(`: ${text}`);
  });
});

test.describe('chart notes without JavaScript and in print', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, notes } of annotated) {
    test(`${path}: each step’s own chart carries its notes`, async ({ page }) => {
      await page.goto(path);
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        for (const [stepId, texts] of notes) {
          const copy = page.locator(`[id="${stepId}"] .step-chart figure.chart`);
          await expect(copy).toBeVisible();
          const shown = await copy.locator('.annotation, .note-marker').evaluateAll((groups) =>
            groups.map(
              (group) =>
                // Lines join with a space, but Chinese ones run on.
                [...group.querySelectorAll('.note-text')]
                  .map((line) => line.textContent!)
                  .reduce(
                    (text, line) =>
                      !text ||
                      (/[\u3000-\u9fff\uff00-\uffef]$/.test(text) && /^[\u3000-\u9fff\uff00-\uffef]/.test(line))
                        ? text + line
                        : `${text} ${line}`,
                    '',
                  ) || group.textContent!.trim(),
            ),
          );
          expect(shown.sort(), `${stepId} (${media})`).toEqual([...texts].sort());
        }
      }
    });
  }
});
