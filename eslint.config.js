// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.stage/',
      '.astro/',
      '.scratch/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Editor-supplied or imported text must never be injected as HTML (XSS; the CSP forbids inline script, but
      // injected markup could still deface a page). tests/e2e/quality-gates.spec.ts proves the rule fires.
      'astro/no-set-html-directive': 'error',
    },
  },
);
