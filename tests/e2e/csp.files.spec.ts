import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import parsePolicy from 'content-security-policy-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DIST, builtPages } from '../../scripts/built-pages';

/** The hash a policy must list for an inline script or style with this text. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A page parsed once, with what its <noscript> elements hold, which a parser with scripting on keeps as text. */
function parsedPage(html: string): Root[] {
  const tree = fromHtml(html);
  return [tree, ...selectAll('noscript', tree).map((noscript) => fromHtml(toString(noscript), { fragment: true }))];
}

/** The elements of a parsed page that match `selector`, inside <noscript> too. */
function elements(trees: Root[], selector: string): Element[] {
  return trees.flatMap((tree) => selectAll(selector, tree));
}

const pages = builtPages();

// These read dist/ and need no browser: they run once, in the files project (playwright.config.ts).
test.describe('Content-Security-Policy of every built page', () => {
  test('the build has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  for (const { file: page } of pages) {
    test(`${page}: allows only the site's own scripts and styles, and no other origin`, () => {
      const html = readFileSync(join(DIST, page), 'utf8');
      const trees = parsedPage(html);
      const metas = elements(trees, 'meta[http-equiv="content-security-policy" i]');
      expect(metas, `${page}: one policy <meta>`).toHaveLength(1);
      const policy = parsePolicy(String(metas[0]!.properties.content));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      for (const [directive, sources] of policy) {
        // Keywords and hashes are quoted; anything else is a scheme or host, and only images may use data: URLs.
        const origins = sources.filter(
          (source) => !source.startsWith("'") && !(directive === 'img-src' && source === 'data:'),
        );
        expect(origins, `${page}: ${directive} names another origin`).toEqual([]);
      }
      for (const directive of ['script-src', 'style-src']) {
        const loose = policy
          .get(directive)!
          .filter((source) => source !== "'self'" && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source));
        expect(loose, `${page}: ${directive} allows more than the site's own files and hashed inline code`).toEqual([]);
      }
      // Inline style attributes place chart marks; the policy allows them and nothing else inline without a hash.
      expect(policy.get('style-src-attr') ?? []).toEqual(["'unsafe-inline'"]);

      const scripts = elements(trees, 'script:not([src])').filter(
        (script) => script.properties.type !== 'application/ld+json',
      );
      for (const script of scripts)
        expect(policy.get('script-src'), `${page}: an inline script without its hash`).toContain(
          sha256(toString(script)),
        );
      for (const style of elements(trees, 'style'))
        expect(policy.get('style-src'), `${page}: an inline style without its hash`).toContain(sha256(toString(style)));
    });
  }
});
