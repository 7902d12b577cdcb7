import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Pure layers (engine, statecharts, scenario runtime) must not reach into view code.
const pureRestrictions = {
  patterns: [
    { group: ['react', 'react-dom', 'react/*', '@react-three/*', 'three', 'three/*'], message: 'Pure engine/machine code must not import view libraries.' },
    { group: ['**/ui/**', '**/scene/**', '**/app/**', '**/engine/react/**', '**/*.tsx'], message: 'Pure engine/machine code must not import view modules.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/machines/*/machine.ts', 'src/machines/*/chart/*.ts', 'src/machines/*/*Model.ts', 'src/scenarios/**/*.ts', 'src/i18n/**/*.ts'],
    ignores: ['src/engine/react/**'],
    rules: { 'no-restricted-imports': ['error', pureRestrictions] },
  },
);
