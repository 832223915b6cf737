import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { AFTER_PAINT_HASH, afterPaint } from './src/config/after-paint-scripts.ts';
import { atomicBuild } from './src/config/atomic-build.ts';
import { notFoundPages } from './src/config/not-found-pages.ts';
import { readBuildEnv } from './src/config/env.ts';
import { sitemapOptions } from './src/discovery/sitemap.ts';

// SITE_ORIGIN and BASE_PATH let one build deploy to any static host, at its root or under a path; OUT_DIR builds
// somewhere other than dist/ (the base-path test builds into a scratch web root). A bad value stops here, before
// anything is written.
const { site, base, outDir } = readBuildEnv(process.env, fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site,
  base,
  outDir,
  output: 'static',
  trailingSlash: 'always',
  // Each page's CSS goes into its <style>, whatever its size, so no stylesheet ever blocks the first paint; Astro
  // hashes each one into the policy below. (A stylesheet under <noscript> is public/, not Astro's, and stays a link.)
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      rolldownOptions: {
        // Constants are written where they are used, so a module that only shares one (STEP_EVENT between the step
        // controller and the chart frame) is no chunk of its own for the page's entry script to wait on.
        optimization: { inlineConst: { mode: 'all', pass: 1 } },
      },
    },
  },
  // atomicBuild comes last: it moves the build into place after every other integration has written its files.
  integrations: [
    svelte(),
    sitemap(sitemapOptions(new URL(base, site), 'stories')),
    notFoundPages(),
    afterPaint(),
    atomicBuild(),
  ],
  // A policy in a <meta> tag on every page: the site's own scripts and styles only (Astro hashes the ones it inlines),
  // nothing from any other origin. Charts place marks with inline style attributes, which style-src-attr allows.
  // Stories are Markdown rendered by our own transform, which highlights no code; Shiki's inline styles would break the policy.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }] },
      // The one inline script Astro does not hash itself: afterPaint's loader of each page's bundled scripts.
      scriptDirective: { hashes: [AFTER_PAINT_HASH] },
    },
  },
});
