import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GLOBAL_CSS, lightPalette } from '../../src/lib/site-palette';

const css = `:root {
  --bg: #fdfcf9;
  --accent: #0B5C8A;
  --accent-ink: #ffffff;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #141413;
    --accent: #7cc4ec;
  }
}
`;

describe('lightPalette(css, file)', () => {
  it('reads the background and accent of the top-level :root block, not the dark one', () => {
    expect(lightPalette(css, 'site.css')).toEqual({ background: '#fdfcf9', accent: '#0B5C8A' });
  });

  it("reads the site's own stylesheet", () => {
    expect(lightPalette(readFileSync(GLOBAL_CSS, 'utf8'))).toEqual({
      background: expect.stringMatching(/^#/),
      accent: expect.stringMatching(/^#/),
    });
  });

  it('fails on a stylesheet with no light palette', () => {
    expect(() =>
      lightPalette('@media (prefers-color-scheme: dark) {\n  :root { --bg: #000; }\n}\n', 'site.css'),
    ).toThrow('no top-level :root rule');
  });

  it.each([
    [
      'a missing colour',
      ':root {\n  --bg: #fff;\n}\n',
      "site.css: the light palette's --accent must be a hex colour such as #fdfcf9, not missing",
    ],
    [
      'a colour that is not hex',
      ':root {\n  --bg: white;\n  --accent: #000;\n}\n',
      "site.css: the light palette's --bg must be a hex colour such as #fdfcf9, not white",
    ],
  ])('fails on %s, naming the file and the property', (_case, text, message) => {
    expect(() => lightPalette(text, 'site.css')).toThrow(message);
  });
});
