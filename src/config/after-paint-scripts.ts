/**
 * Loads every story page's bundled scripts after its first paint. A module script in the page is fetched as the HTML parses
 * and runs before the browser's first frame: on a slow phone that script, which only enhances what the HTML already
 * shows (steps, charts, tooltips), delays the first text a reader sees (about 0.15 s in Lighthouse's mobile run, beside
 * the same page without scripts). Each `<script type="module" src>` Astro writes becomes a small inline script naming
 * the module, which it imports once the page has parsed and its first text is on the screen.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The loader, the same text on every page so one hash in the policy allows it: once the document has parsed and its
 * first contentful paint is on the screen (the paint timing entry is reported after the frame is presented), it imports
 * the module its element names. Where paint timing is missing, a timeout set in an animation frame, which runs after
 * that frame is painted, stands in; where a browser has the API but never reports the paint (a profile that turns
 * performance timing off), a timeout after load does, late enough that a slow phone's first paint comes first, so no
 * story is left without its scripts. The module is imported once, whichever comes first. Importing right after the
 * frame's paint, as the animation frame's timeout does, let the module load and run before the frame reached the
 * screen: Lighthouse then counts the script in the largest paint, 0.04–0.05 s in its mobile run, beside the same page
 * without scripts.
 */
export const AFTER_PAINT_LOADER =
  '{const m=document.currentScript.dataset.module;let d;const go=()=>d||=import(m),painted=()=>' +
  'typeof PerformanceObserver<"u"&&PerformanceObserver.supportedEntryTypes?.includes("paint")?new PerformanceObserver(' +
  '(l,o)=>l.getEntriesByName("first-contentful-paint").length&&(o.disconnect(),go())).observe({type:"paint",buffered:!0})' +
  ':requestAnimationFrame(()=>setTimeout(go));' +
  'document.readyState=="loading"?addEventListener("DOMContentLoaded",painted):painted();' +
  'addEventListener("load",()=>setTimeout(go,1e4))}';

/** The loader's hash, as the Content-Security-Policy's script-src lists it. */
export const AFTER_PAINT_HASH = `sha256-${createHash('sha256').update(AFTER_PAINT_LOADER).digest('base64')}`;

// Astro writes a bundled script as exactly this, with a root-relative or base-relative address.
const MODULE_SCRIPT = /<script type="module" src="([^"<>]+)"><\/script>/g;

// A story's scroll sections (Scrolly.astro): the pages measured against their floor, whose HTML reads whole without
// script. Other pages keep their scripts as Astro writes them: the figure finder must be live when its form is, or a
// choice a reader makes before the script runs is lost (tests/e2e/figures.spec.ts caught it).
const STORY_PAGE = /<section[^>]*\bdata-scrolly\b/;

/**
 * A story page with each bundled module script replaced by the loader naming it; inline scripts, and every other
 * page, are left as they are.
 */
export function afterPaintScripts(html: string): string {
  if (!STORY_PAGE.test(html)) return html;
  return html.replace(MODULE_SCRIPT, (_, src: string) => `<script data-module="${src}">${AFTER_PAINT_LOADER}</script>`);
}

/** Every HTML file under `dir`, as paths. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** Rewrites every built story page under `dir` (see afterPaintScripts); returns how many changed. */
export function deferBuiltScripts(dir: string): number {
  let changed = 0;
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const deferred = afterPaintScripts(html);
    if (deferred === html) continue;
    writeFileSync(file, deferred);
    changed++;
  }
  return changed;
}

/** The integration: after the build, every story page loads its bundled scripts after its first paint. */
export function afterPaint(): AstroIntegration {
  return {
    name: 'after-paint-scripts',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(`${deferBuiltScripts(fileURLToPath(dir))} story pages load their scripts after the first paint`);
      },
    },
  };
}
