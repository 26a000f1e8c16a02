import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Nämndbot's lint rules: typescript-eslint's recommended set, plus the layer boundaries of DESIGN.md. */
export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/', 'devTools/', 'bench/', 'bin/', 'scripts/', '*.config.js', '*.config.mjs', 'src/**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // domain/ and calendar/ stay pure: no Teams, no storage, no templating, no I/O.
    files: ['src/domain/**/*.ts', 'src/calendar/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['botbuilder*', '@microsoft/*', 'keyv', '@keyv/*', 'adaptivecards*', 'express'], message: 'domain/ and calendar/ are pure (DESIGN.md).' },
          { group: ['node:*', 'fs', 'fs/*', 'path', 'http', 'https', 'net', 'child_process', 'worker_threads'], message: 'domain/ and calendar/ do no I/O (DESIGN.md).' },
          { group: ['../bot/*', '../store/*', '../agenda/*', '../cards/*', '../server*', '../config*'], message: 'Arrows point inward: domain/calendar import nothing outside them.' },
        ],
      }],
    },
  },
);
