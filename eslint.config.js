import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Syntax-only typescript-eslint rules: the type-aware set took 75 s instead of 10 s on this tree, needs `astro sync`
// first to see Astro's generated types, and mostly flagged `!` on indexed access, which tsconfig doesn't ask for
// (noUncheckedIndexedAccess is off) but which says where the code relies on an index being in range.
export default defineConfig(
  globalIgnores([
    'dist/',
    '.dist.building/',
    '.dist.previous/',
    '.astro/',
    'node_modules/',
    'bench/results.*',
    'shots/',
    'test-results/',
    'playwright-report/',
  ]),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,
  {
    files: ['**/*.svelte'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['src/**', 'scripts/**', 'tests/**', '*.{js,mjs,cjs,ts}'],
    ignores: ['src/browser/**', '**/*.svelte'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/browser/**', '**/*.svelte'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // Destructuring a key out to leave the rest is how a field is dropped from an object: `{ class: _, ...rest }`.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.svelte'],
    rules: {
      // `{' '}` is how a component keeps a space that Svelte drops between SVG elements and Prettier would reflow;
      // the rule has no option to allow whitespace-only strings, and a string literal is otherwise harmless.
      'svelte/no-useless-mustaches': 'off',
    },
  },
  prettier,
);
