import { readerPages, statusOf } from '../../scripts/built-pages';
import { machineProbe } from '../../scripts/machine-probe';
import { test, expect, chartsLive } from './fixtures';

// Every Chinese character a reader is shown must be drawn with a font that has it, not as an empty box. Chromium says
// which fonts drew each element's text (the DevTools protocol's CSS.getPlatformFontsForNode, with a glyph count for
// each), and fontconfig says which fonts cover Chinese: an element's Han characters need at least as many glyphs from
// those fonts. playwright.config.ts installs one where it can (scripts/resolve-cjk-font.ts).
const chinese = new Set(machineProbe.chineseFamilies());

/** Marks each element with Han characters in its own text, shown on the page, with how many there are. */
function markHan(): number {
  const han = /\p{Script=Han}/gu;
  for (const old of document.querySelectorAll('[data-han]')) old.removeAttribute('data-han');
  const counts = new Map<Element, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const count = node.nodeValue!.match(han)?.length ?? 0;
    if (count > 0 && parent) counts.set(parent, (counts.get(parent) ?? 0) + count);
  }
  let shown = 0;
  for (const [element, count] of counts) {
    if (!element.checkVisibility() || element.closest('title, desc') || element.getClientRects().length === 0) continue;
    element.setAttribute('data-han', String(count));
    shown++;
  }
  return shown;
}

for (const built of readerPages()) {
  test.describe(built.path, () => {
    if (built.kind === 'not-found') test.use({ expectedMissing: built.path });
    test('draws every Chinese character a reader sees with a font that has it', async ({ page }, testInfo) => {
      test.skip(testInfo.project.name !== 'desktop', 'fonts are the same at every screen size');
      expect((await page.goto(built.path))?.status()).toBe(statusOf(built));
      // A story's charts take their states from a file after load and redraw their text: read the page once they
      // have, or a marked element can be replaced between marking it and asking which fonts drew it.
      await chartsLive(page);
      // A sticky chart off the screen is skipped (content-visibility: auto) and has no fonts until the reader scrolls
      // to it: render every one, as the reader's scroll would.
      await page.evaluate(() => {
        for (const panel of document.querySelectorAll<HTMLElement>('.scrolly-graphic'))
          panel.style.contentVisibility = 'visible';
      });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      let marked = 0;
      let nodeIds: number[] = [];
      // A chart can still redraw once after going live (a panel's new width): mark again until every marked element
      // is still there when asked for.
      await expect(async () => {
        marked = await page.evaluate(markHan);
        const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
        ({ nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-han]' }));
        expect(nodeIds.length).toBe(marked);
      }).toPass();
      const missing: string[] = [];
      for (const nodeId of nodeIds) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
        const drawn = fonts
          .filter((font) => chinese.has(font.familyName))
          .reduce((sum, font) => sum + font.glyphCount, 0);
        const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
        const needed = Number(attributes[attributes.indexOf('data-han') + 1]);
        if (drawn < needed) {
          const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
          missing.push(
            `${outerHTML.slice(0, 120)}: ${needed} Han characters, ${drawn} drawn by a Chinese font (${fonts.map((font) => font.familyName).join(', ')})`,
          );
        }
      }
      // Stories and documents always quote Chinese; a check that found none there would prove nothing.
      if (built.kind === 'story' || built.kind === 'source')
        expect(marked, 'the page shows Chinese').toBeGreaterThan(0);
      expect(missing).toEqual([]);
    });
  });
}
