/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-level tests run `astro sync` in a scratch copy of the project; give them room on 2 cores.
    testTimeout: 60_000,
    // The share-image renderer reads the site palette from global.css?raw; vitest empties CSS it does not process.
    css: { include: [/global\.css/] },
  },
});
