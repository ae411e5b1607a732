import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'

export default tseslint.config(
  { ignores: ['**/dist/**', '**/dist-types/**', '**/node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object with a derived union.',
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '**/*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['packages/model/src/**/*.ts'],
    ignores: ['packages/model/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!yjs$|zod/mini$|zod/locales$|\\.{1,2}/)',
              message:
                'packages/model must be independent: it may import only yjs, zod/mini (not zod, whose methods a phone would download whole), zod/locales and its own files (no DOM, node:*, React, Konva or Fastify).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/model/src/**/*.ts'],
    ignores: ['packages/model/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'packages/model is pure: no DOM.' },
        { name: 'document', message: 'packages/model is pure: no DOM.' },
        { name: 'process', message: 'packages/model is pure: no Node APIs.' },
        { name: 'Buffer', message: 'packages/model is pure: no Node APIs.' },
      ],
    },
  },
  {
    files: ['packages/toolkit/src/**/*.ts'],
    ignores: ['packages/toolkit/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@atelier/model$|zod(/mini)?$|\\.{1,2}/)',
              message:
                'packages/toolkit must be independent: it may import only @atelier/model, zod and its own files (no yjs, DOM, node:*, React, Konva or Fastify).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'packages/toolkit is pure: no DOM.' },
        { name: 'document', message: 'packages/toolkit is pure: no DOM.' },
        { name: 'process', message: 'packages/toolkit is pure: no Node APIs.' },
        { name: 'Buffer', message: 'packages/toolkit is pure: no Node APIs.' },
      ],
    },
  },
  {
    files: ['packages/report/src/**/*.ts'],
    ignores: ['packages/report/src/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!@atelier/model$|@atelier/toolkit$|zod$|docx$|exceljs$|\\.{1,2}/)',
              message:
                'packages/report must be independent: it may import only @atelier/model, @atelier/toolkit, zod, docx, exceljs and its own files (no DOM, node:*, React, Konva or Fastify).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'packages/report is pure: no DOM.' },
        { name: 'document', message: 'packages/report is pure: no DOM.' },
        { name: 'process', message: 'packages/report is pure: no Node APIs.' },
        { name: 'Buffer', message: 'packages/report is pure: no Node APIs.' },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
)
