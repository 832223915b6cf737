import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { BenchPage } from './pages.ts';

/** Where a page's control copy is served: its own address under this folder of the scratch build. */
const FLOOR_FOLDER = 'bench-floor';

/** The address of a page's control copy. */
export function floorPath(path: string): string {
  return `/${FLOOR_FOLDER}${path}`;
}

// Scripts and what fetches them go. JSON-LD stays: it is data for search engines, not script, and costs nothing to run.
const SCRIPTS =
  'script:not([type="application/ld+json"]), link[rel~="modulepreload"], link[rel~="preload"][as="script"]';
const STYLESHEETS = 'link[rel~="stylesheet"][href]';
// The floor keeps the page's policy, which the browser applies as the page loads, with a hash for each style it inlines.
const POLICY = 'meta[http-equiv="content-security-policy" i]';

interface Edit {
  start: number;
  end: number;
  text: string;
}

function span(element: Element, text: string): Edit {
  const { start, end } = element.position!;
  return { start: start.offset!, end: end.offset!, text };
}

/** A policy with these styles' hashes added to its style-src (or to a style-src of its default-src's sources). */
function allowStyles(policy: string, styles: readonly string[]): string {
  const hashes = styles.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`).join(' ');
  const directives = policy.split(';').map((directive) => directive.trim());
  const at = directives.findIndex((directive) => /^style-src\s/.test(directive));
  if (at >= 0) directives[at] += ` ${hashes}`;
  else {
    const fallback = directives.find((directive) => /^default-src\s/.test(directive))?.replace(/^default-src\s+/, '');
    directives.push(`style-src ${fallback ?? "'self'"} ${hashes}`);
  }
  return directives.filter(Boolean).join('; ');
}

/** Writes text as a double-quoted attribute's value. */
const attribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * A page as it would load with no JavaScript at all and its CSS inline: every script and module preload removed,
 * every stylesheet link (outside <noscript>, which a browser with scripting on does not read) replaced by a <style>
 * holding what `stylesheet(href)` returns, whose hash the policy <meta> gains. Everything else stays byte for byte.
 */
export function floorHtml(html: string, stylesheet: (href: string) => string): string {
  const tree = fromHtml(html);
  // The parser reads <noscript> in the head as elements; a browser that runs scripts ignores them, and so does the floor.
  const ignored = new Set(selectAll('noscript *', tree));
  const select = (selector: string) => selectAll(selector, tree).filter((element) => !ignored.has(element));
  const inlined = select(STYLESHEETS).map((element) => ({
    element,
    text: stylesheet(String(element.properties.href)),
  }));
  const styles = inlined.map(({ text }) => text);
  const edits = [
    ...select(SCRIPTS).map((element) => span(element, '')),
    // With nothing inlined, the policy stays byte for byte.
    ...select(POLICY)
      .filter(() => styles.length > 0)
      .map((element) =>
        span(
          element,
          `<meta http-equiv="content-security-policy" content="${attribute(allowStyles(String(element.properties.content), styles))}">`,
        ),
      ),
    ...inlined.map(({ element, text }) => span(element, `<style>${text}</style>`)),
  ].sort((a, b) => b.start - a.start);
  return edits.reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), html);
}

/**
 * Writes the control copy of each page of the site built at `outDir` beside it, at floorPath(page.path), reading the
 * stylesheets it inlines from the build (the bench builds at the root, so a link's path is its file's).
 */
export function writeFloorCopies(outDir: string, pages: readonly BenchPage[]): void {
  for (const page of pages) {
    const html = floorHtml(readFileSync(join(outDir, page.file), 'utf8'), (href) =>
      readFileSync(join(outDir, new URL(href, 'http://site/').pathname), 'utf8'),
    );
    const file = join(outDir, FLOOR_FOLDER, page.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
}
