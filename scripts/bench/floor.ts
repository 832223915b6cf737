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
// The floor has no policy: the styles it inlines have no hash in the page's, and a policy loads nothing.
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

/**
 * A page as it would load with no JavaScript at all and its CSS inline: every script and module preload removed,
 * every stylesheet link (outside <noscript>, which a browser with scripting on does not read) replaced by a <style>
 * holding what `stylesheet(href)` returns, and the policy <meta> dropped. Everything else stays byte for byte.
 */
export function floorHtml(html: string, stylesheet: (href: string) => string): string {
  const tree = fromHtml(html);
  // The parser reads <noscript> in the head as elements; a browser that runs scripts ignores them, and so does the floor.
  const ignored = new Set(selectAll('noscript *', tree));
  const select = (selector: string) => selectAll(selector, tree).filter((element) => !ignored.has(element));
  const edits = [
    ...select(SCRIPTS).map((element) => span(element, '')),
    ...select(POLICY).map((element) => span(element, '')),
    ...select(STYLESHEETS).map((element) =>
      span(element, `<style>${stylesheet(String(element.properties.href))}</style>`),
    ),
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
