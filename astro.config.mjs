import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

// SITE_ORIGIN and BASE_PATH let one build deploy to any static host, at its root or under a path.
export default defineConfig({
  site: process.env.SITE_ORIGIN ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  integrations: [svelte()],
});
