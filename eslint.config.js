// Lint: typescript-eslint's type-aware rules that catch real defects (floating promises, unused code, exhaustive
// switches, misused promises), plus React's hook rules. Formatting is Prettier's (.prettierrc.json, `npm run format`), not linted here.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.wxt/',
      'dist/',
      'data/',
      'coverage/',
      '.prof/',
      'tests/fixtures/dist/',
      'dashboard/dist/',
      'demo/dist/',
      'test-results/',
      '**/*.min.js',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
      // Input validation matches control characters on purpose (NUL, C0, C1).
      'no-control-regex': 'off',
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      'no-unused-private-class-members': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Hooks live in React code only; elsewhere `use…` names are plain functions (useFastSweep, useSelectionAsCustomer).
    files: ['components/**/*.{ts,tsx}', 'dashboard/**/*.{ts,tsx}', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
