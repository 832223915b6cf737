import { s } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { Element as XmlElement } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { visit } from 'unist-util-visit';
import { shareCardSvg, type CardColours, type ShareCard } from '../../src/share/card';
import { svgToPng } from '../../src/share/png';
import { SHARE_FONTS, SHARE_FONTS_ZH } from '../../src/lib/fonts';
import { pngSize } from '../support/png';

const colours: CardColours = {
  bg: '#fff',
  ink: '#111',
  muted: '#555',
  accent: '#05a',
  highlight: '#05a',
  rule: '#ccc',
  chartMuted: '#aaa',
};
const chart = {
  width: 400,
  height: 100,
  svg: s('svg', { viewBox: '0 0 400 100' }, [s('text', { x: 0, y: 20 }, 'Bar label: 17')]),
};
const card = (overrides: Partial<ShareCard> = {}): ShareCard => ({
  kicker: 'Inner Mongolia in Figures',
  title: 'Pocket parks and quarter-hour neighbourhoods',
  subtitle: 'Pocket parks in Wuhai, as of mid-2024',
  footer: 'Source: Regional daily newspaper of Inner Mongolia, 2 July 2024',
  graphic: { kind: 'svg', chart },
  fonts: SHARE_FONTS,
  ...overrides,
});

/** The text of every <text> element of an SVG document, in order. */
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('shareCardSvg(card, colours)', () => {
  it('sets kicker, title, subtitle, source and the chart at 1200×630', () => {
    const svg = shareCardSvg(card(), colours);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630">/,
    );
    expect(texts(svg)).toEqual([
      'INNER MONGOLIA IN FIGURES',
      'Pocket parks and',
      'quarter-hour',
      'neighbourhoods',
      'Pocket parks in Wuhai, as of mid-2024',
      'Source: Regional daily newspaper of Inner Mongolia, 2 July 2024',
      'Bar label: 17',
    ]);
    // The 400×100 chart fits the 550 px picture box at 1.375×, centred.
    expect(svg).toContain(
      '<svg viewBox="0 0 400 100" x="586" y="246.25" width="550" height="137.5" font-family="Source Sans 3">',
    );
  });

  it('shrinks a long title rather than cut it, and cuts only what still does not fit', () => {
    const long =
      'A very long title about power lines and parks and hydrogen and storage and silicon in Inner Mongolia and beyond';
    const lines = texts(shareCardSvg(card({ title: long }), colours)).slice(1, -3);
    expect(lines.join(' ')).not.toContain('…');
    expect(lines.join(' ')).toBe(long);
    const endless = texts(shareCardSvg(card({ title: `${long} ${long} ${long}` }), colours));
    expect(endless.some((line) => line!.endsWith('…'))).toBe(true);
  });

  it('sets big-number cells, flagging targets in their meta line', () => {
    const svg = shareCardSvg(
      card({
        graphic: {
          kind: 'numbers',
          cells: [
            {
              value: 'over 550 billion kWh',
              label: 'Electricity sent out',
              meta: 'Target or plan · Inner Mongolia · 2024',
              highlighted: true,
            },
          ],
        },
      }),
      colours,
    );
    expect(texts(svg).slice(-3)).toEqual([
      'over 550 billion kWh',
      'Electricity sent out',
      'Target or plan · Inner Mongolia · 2024',
    ]);
    expect(svg).toContain('fill="#05a"');
  });

  it('sets a number’s note under it, behind a short rule', () => {
    const svg = shareCardSvg(
      card({
        graphic: {
          kind: 'numbers',
          cells: [
            {
              value: '7.2%',
              label: 'All industry',
              meta: 'Inner Mongolia · 2024',
              highlighted: true,
              note: 'Ahead of China',
            },
          ],
        },
      }),
      colours,
    );
    expect(texts(svg).slice(-4)).toEqual(['7.2%', 'All industry', 'Inner Mongolia · 2024', 'Ahead of China']);
    expect(svg).toMatch(/<line x1="28" x2="48"/);
  });

  it.each([
    [
      'a title',
      { title: '内蒙古 power' },
      'Share image text "内蒙古 power" has 内 (U+5185), 蒙 (U+8499), 古 (U+53E4), which the share images\' font Source Serif 4 cannot draw',
    ],
    [
      'chart text',
      { graphic: { kind: 'svg', chart: { ...chart, svg: s('svg', [s('text', '⚡ 7')]) } } as const },
      "has ⚡ (U+26A1), which the share images' font Source Sans 3 cannot draw",
    ],
  ])('refuses %s its fonts cannot draw', (_what, overrides, message) => {
    expect(() => shareCardSvg(card(overrides as Partial<ShareCard>), colours)).toThrow(message);
  });
});

const PAYLOAD = '"><img src=x onerror=alert(1)><script>alert(1)</script> & <5%';

describe('shareCardSvg(card, colours) with markup in every text', () => {
  // The chart's own SVG carries step labels in attributes (aria-label) as well as in text.
  const labelled = {
    ...chart,
    svg: s('svg', { viewBox: '0 0 400 100' }, [s('g', { ariaLabel: PAYLOAD }, [s('text', { x: 0, y: 20 }, PAYLOAD)])]),
  };
  const svg = shareCardSvg(
    card({ title: PAYLOAD, subtitle: PAYLOAD, footer: PAYLOAD, graphic: { kind: 'svg', chart: labelled } }),
    colours,
  );

  it('is well-formed XML in which the markup stays text and attribute values', () => {
    const names = new Set<string>();
    const values: string[] = [];
    visit(fromXml(svg), 'element', (element: XmlElement) => {
      names.add(element.name);
      values.push(...Object.values(element.attributes).map(String));
    });
    expect([...names].sort()).toEqual(['g', 'line', 'rect', 'svg', 'text']);
    expect(values).toContain(PAYLOAD);
    expect(texts(svg).join(' ')).toContain('alert(1)');
  });

  it('is drawn by the renderer', () => {
    expect(pngSize(svgToPng(svg, 600))).toEqual({ width: 600, height: 315 });
  });
});

describe('svgToPng(svg, width)', () => {
  it('draws the card as a PNG of the asked width and the card’s proportions', () => {
    const svg = shareCardSvg(card(), colours);
    expect(pngSize(svgToPng(svg, 1200))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(svgToPng(svg, 600))).toEqual({ width: 600, height: 315 });
  });
});

describe('shareCardSvg(card, colours) in Chinese', () => {
  const chinese = (overrides: Partial<ShareCard> = {}) =>
    card({
      kicker: '数读内蒙古',
      title: '内蒙古的电力外送通道：七项特高压工程与规划中的新线路',
      subtitle: '官方数据显示，内蒙古经特高压线路累计外送了多少电。',
      footer: '来源：自治区级日报，2024年7月2日',
      graphic: {
        kind: 'svg',
        chart: { ...chart, svg: s('svg', { viewBox: '0 0 400 100' }, [s('text', { x: 0, y: 20 }, '稳定运行：7项')]) },
      },
      fonts: SHARE_FONTS_ZH,
      ...overrides,
    });

  it('sets every text in Noto Sans SC, the title at its bold', () => {
    const svg = shareCardSvg(chinese(), colours);
    expect(svg).toContain('font-family="Noto Sans SC" font-weight="700" font-size="44">内蒙古的电力外送通');
    expect(svg).not.toContain('Source Serif 4');
  });

  // resvg draws nothing, and says nothing, for text in a font it cannot read (a WOFF2 file, say): the committed
  // TrueType subset must draw every Chinese text, so a card with its texts differs from one with them blanked.
  it('draws its Chinese text: the PNG differs from the same card with every text blank', () => {
    const drawn = svgToPng(shareCardSvg(chinese(), colours), 1200);
    const blank = svgToPng(
      shareCardSvg(chinese({ kicker: ' ', title: ' ', subtitle: ' ', footer: ' ' }), colours),
      1200,
    );
    expect(pngSize(drawn)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(drawn).equals(Buffer.from(blank))).toBe(false);
    // Each text alone changes the image too: none is dropped for a glyph the font lacks.
    for (const field of ['kicker', 'title', 'subtitle', 'footer'] as const) {
      const without = svgToPng(shareCardSvg(chinese({ [field]: ' ' }), colours), 1200);
      expect(Buffer.from(drawn).equals(Buffer.from(without)), field).toBe(false);
    }
  });

  it('names a character the subset lacks, and how to bring it in', () => {
    expect(() => shareCardSvg(chinese({ title: '𠀀' }), colours)).toThrow(
      /has 𠀀 \(U\+20000\), which the share images' font Noto Sans SC cannot draw; run npm run fonts:zh to add it to the subset in src\/share\/fonts\//,
    );
  });
});
