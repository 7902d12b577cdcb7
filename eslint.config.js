import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import gladi from './tools/lint/boundaries.js';

/**
 * The layers, as lint rules (the house style's "statecharts and engine are pure"):
 * - pure: the engine (but its React bindings), every non-view file of a machine, scenarios, texts:
 *   no React, three, DOM or Node built-ins, no view modules;
 * - the engine imports neither machines nor scenarios; no machine imports another (gladi rule);
 * - ui/ (the HTML panel) does not import three; scene/ (the 3D stage) does not import ui/;
 * - the 2D view (a machine's schematic.tsx, ui/schematic/) imports no three and no 3D view (gladi rule).
 */
const VIEW_LIBS = ['react', 'react-dom', 'react/*', 'react-dom/*', '@react-three/*', 'three', 'three/*', 'three-stdlib', '@xstate/react'];
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'url', 'child_process', 'worker_threads'];
const viewLibs = { group: VIEW_LIBS, message: 'Pure code (engine, machines, scenarios, texts) must not import view libraries.' };
const viewModules = { group: ['**/ui/**', '**/scene/**', '**/app/**', '**/common/**', '**/engine/react/**', '**/*.tsx'], message: 'Pure code must not import view modules.' };
const nodeBuiltins = { group: NODE_BUILTINS, message: 'Pure code runs in the browser and in workers: no Node built-ins (tools and tests may use them).' };
const engineOutward = { group: ['**/machines/**', '**/scenarios/**'], message: 'The engine imports neither machines nor scenarios: they build on it, not it on them.' };
const threeInUi = { group: ['three', 'three/*', '@react-three/*', 'three-stdlib'], message: 'ui/ is the HTML panel: 3D belongs in scene/ or a machine view.' };
const uiInScene = { group: ['**/ui/**'], message: 'scene/ must not import ui/: shared React pieces live in common/.' };
/** Browser globals pure code must not touch (procedure time comes only from the session clock). */
const DOM_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'history', 'requestAnimationFrame', 'setTimeout', 'setInterval', 'performance', 'fetch'].map(
  (name) => ({ name, message: 'Pure code must not use browser globals or real timers (procedure time comes from the session clock).' }),
);

const PURE = ['src/sop/**/*.ts', 'src/engine/**/*.ts', 'src/machines/**/*.ts', 'src/scenarios/**/*.ts', 'src/records/**/*.ts', 'src/i18n/**/*.ts', 'src/presenter/**/*.ts'];
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { gladi },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'gladi/machine-boundaries': 'error',
      'gladi/schematic-without-3d': 'error',
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
    files: PURE,
    ignores: ['src/engine/react/**', ...TESTS],
    rules: {
      'no-restricted-imports': ['error', { patterns: [viewLibs, viewModules, nodeBuiltins] }],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/react/**', ...TESTS],
    rules: { 'no-restricted-imports': ['error', { patterns: [viewLibs, viewModules, nodeBuiltins, engineOutward] }] },
  },
  // Tests of pure code may read files (node:*), but still not pull in view code.
  { files: PURE.map((p) => p.replace(/\*\.ts$/, '*.test.ts')), rules: { 'no-restricted-imports': ['error', { patterns: [viewLibs, viewModules] }] } },
  { files: ['src/ui/**'], rules: { 'no-restricted-imports': ['error', { patterns: [threeInUi] }] } },
  { files: ['src/scene/**', 'src/common/**'], rules: { 'no-restricted-imports': ['error', { patterns: [uiInScene] }] } },
);
