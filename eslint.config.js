// Lint, including the layering rules: the folders are the layers, and each layer names what it MAY
// import (VS Code's code-layering and code-import-patterns); npm packages are sorted by runtime in
// build/eslint/dependency-runtimes.js (Signal's file-suffix). A new folder, a new cross-layer import or
// a new unsorted dependency is an error until allowed here. tests/unit/lint-layering.test.ts proves
// every rule bites. !!! Do not relax these rules to make an import pass: move the code instead. !!!
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { jsonTextParser, layersPlugin } from './build/eslint/layers-plugin.js';

/** @type {import('./build/eslint/layers-plugin.js').Layer[]} */
const LAYERS = [
  // Every limit, choice and default, written once: imports nothing, so every layer (the renderer
  // included) may import its values without pulling in zod (VS Code's `common`).
  { name: 'limits', owns: ['electron/contract/limits.ts'] },
  // The typed API shared by every layer: zod, the limits and itself.
  { name: 'contract', owns: ['electron/contract/'], imports: ['limits'], packages: ['zod'] },
  // The behaviour: plain Node, no Electron, no DOM, no host.
  { name: 'core', owns: ['electron/core/'], imports: ['contract', 'limits'], runtimes: ['node', 'both'], nodeBuiltins: true },
  // The hosts: each over core and contract, never another host or the renderer.
  { name: 'main', owns: ['electron/main/'], imports: ['core', 'contract', 'limits'], runtimes: ['node', 'both', 'electron'], nodeBuiltins: true },
  { name: 'preload', owns: ['electron/preload/'], imports: ['contract'], packages: ['electron'] },
  // The browser host drives Chromium with playwright-core (a tool: never in the app or the CLI).
  { name: 'browser-host', owns: ['electron/browser-host/'], imports: ['core', 'contract', 'limits'], runtimes: ['node', 'both'], packages: ['playwright-core'], nodeBuiltins: true },
  { name: 'cli', owns: ['electron/cli/'], imports: ['core', 'contract', 'limits'], runtimes: ['node', 'both'], nodeBuiltins: true },
  // The UI: a sandboxed page that talks only to window.apppass. Contract TYPES, and the limits' values;
  // dom packages only (zod, zxcvbn and the other "both" packages stay in the core, which the renderer
  // asks through the API).
  { name: 'renderer', owns: ['renderer/'], imports: ['limits'], importsTypes: ['contract'], runtimes: ['dom'] },
  // `apppass`: starts the built CLI (dist/cli), nothing else.
  { name: 'bin', owns: ['bin/'], nodeBuiltins: true },
  // Build scripts and the tools' own configuration files.
  { name: 'build', owns: ['build/', 'eslint.config.js', 'vitest.config.ts'], runtimes: ['node', 'both', 'electron'], tools: true, nodeBuiltins: true },
  // The shared test kit (temporary vaults, fakes, real services); tests and bench use it.
  {
    name: 'test-support',
    owns: ['tests/support/'],
    imports: ['contract', 'limits', 'core', 'cli', 'main', 'browser-host'],
    runtimes: ['node', 'both'],
    tools: true,
    nodeBuiltins: true,
  },
  {
    name: 'tests',
    owns: ['tests/'],
    imports: ['contract', 'limits', 'core', 'cli', 'main', 'preload', 'browser-host', 'renderer', 'build', 'test-support'],
    runtimes: ['node', 'both', 'dom', 'electron'],
    tools: true,
    nodeBuiltins: true,
  },
  { name: 'bench', owns: ['bench/'], imports: ['contract', 'limits', 'core', 'test-support'], runtimes: ['node', 'both'], tools: true, nodeBuiltins: true },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'test-results/', 'playwright-report/', 'tests/fixtures/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: ['renderer/src/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Every file belongs to a layer and imports only what its layer allows.
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    plugins: { local: layersPlugin },
    rules: { 'local/layers': ['error', { layers: LAYERS }] },
  },
  // Every dependency is sorted by runtime.
  {
    files: ['package.json'],
    plugins: { local: layersPlugin },
    languageOptions: { parser: jsonTextParser },
    rules: { 'local/dependencies-sorted': 'error' },
  },
  // core runs in plain Node (CLI, tests, browser host): no DOM globals either.
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'DOMParser'].map((name) => ({
          name,
          message: 'electron/core runs in plain Node: no DOM.',
        })),
      ],
    },
  },
);
