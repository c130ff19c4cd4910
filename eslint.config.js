import js from '@eslint/js';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { existsSync, readdirSync } from 'node:fs';

/** server/src folders with a public entry (index.ts): the activity modules. */
const serverSrc = new URL('./server/src/', import.meta.url);
const moduleFolders = readdirSync(serverSrc, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/index.ts`, serverSrc)))
  .map((d) => d.name);

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/data/**',
      'test-results/**',
      '**/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // [Q1] Promises are awaited, returned or handed off on purpose (`void x()` with a reason, or
    // `.catch`): a forgotten one loses its error and its ordering. These rules need types, read
    // from each package's tsconfig through the project service.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Use named exports; no `export *`.' },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // shared is what client and server agree on: it may import neither.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@samskap/server*', '@samskap/client*', '**/server/**', '**/client/**'] },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@samskap/server*', '**/server/src/**'] }],
    },
  },
  {
    // [AM6] A folder with a public entry (src/<feature>/index.ts: every activity module) is
    // reached from outside only through that entry. Read from the disk, so a new activity's
    // folder is guarded as soon as it has its index.ts.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@samskap/client*', '**/client/src/**'] },
            {
              regex: `^(\\.\\./)+(${moduleFolders.join('|')})/`,
              message:
                'Reach another feature folder through its public entry (import from "../<folder>").',
            },
          ],
        },
      ],
    },
  },
);
