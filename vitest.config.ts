/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Build-level tests run `astro sync` in a scratch copy of the project; give them room on 2 cores.
    testTimeout: 60_000,
  },
});
