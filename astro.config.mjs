import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import svelte from '@astrojs/svelte';
import { sitemapOptions } from './src/discovery/sitemap.ts';

// SITE_ORIGIN and BASE_PATH let one build deploy to any static host, at its root or under a path; OUT_DIR builds
// somewhere other than dist/ (the base-path test builds into a scratch web root).
const site = process.env.SITE_ORIGIN ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  output: 'static',
  trailingSlash: 'always',
  integrations: [svelte(), sitemap(sitemapOptions(new URL(base, site), 'stories'))],
});
