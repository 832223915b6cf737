import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // discloseVersion: no code in every island to record Svelte's version on window, which nothing here reads.
  compilerOptions: { runes: true, discloseVersion: false },
};
