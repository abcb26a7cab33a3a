// Lint rules that `npm test` runs (through `npm run lint`); formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', '.data/', '**/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // server/db/ is the only place that may talk to the driver.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Use server/db/ (the executor) instead.' }] },
      ],
    },
  },
  {
    // House style: functions of about 80 lines at most, files under 400 (tests, which read as
    // stories of their setup and steps, aside).
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-lines': ['error', { max: 400 }],
    },
  },
  {
    // .dependency-cruiser.cjs: the tool reads CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // The benchmark measures the API against the bare driver.
    files: ['server/db/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
