// Lint, including the layering rules: the folders are the layers, and these rules say which layer
// may import which (VS Code's code-layering idea). tests/unit/lint-layering.test.ts proves they bite.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = [
  'assert', 'buffer', 'child_process', 'cluster', 'crypto', 'dgram', 'dns', 'events', 'fs', 'fs/promises', 'http', 'http2',
  'https', 'module', 'net', 'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'tls', 'url', 'util', 'v8', 'vm',
  'worker_threads', 'zlib',
];

const coreRestrictions = {
  paths: [
    { name: 'electron', message: 'electron/core must stay Electron-free: it runs in plain Node (CLI, tests, browser host).' },
    { name: 'react', message: 'electron/core must not import React.' },
    { name: 'react-dom', message: 'electron/core must not import React.' },
  ],
  patterns: [
    { group: ['react/*', 'react-dom/*'], message: 'electron/core must not import React.' },
    { group: ['**/main/**', '**/preload/**', '**/browser-host/**', '**/renderer/**', '**/electron/cli/**', '../cli/**', '../../cli/**'], message: 'electron/core may import only core and contract.' },
  ],
};

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
  // core: no Electron, no React, no DOM.
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', coreRestrictions],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'HTMLElement', 'DOMParser'].map((name) => ({
          name,
          message: 'electron/core runs in plain Node: no DOM.',
        })),
      ],
    },
  },
  // contract: the bottom layer; zod and itself only.
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The contract is shared by all layers: no Electron.' }],
          patterns: [{ group: ['**/core/**', '**/main/**', '**/preload/**', '**/renderer/**', 'react', 'node:*'], message: 'The contract imports only zod and itself.' }],
        },
      ],
    },
  },
  // main: core and contract, never the renderer.
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom'], message: 'electron/main may not import the renderer.' }] },
      ],
    },
  },
  // cli: a host like main, but a terminal: core and contract, never Electron, the renderer or another host.
  {
    files: ['electron/cli/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The CLI runs in plain Node: no Electron.' }],
          patterns: [{ group: ['**/renderer/**', '**/main/**', '**/preload/**', '**/browser-host/**', 'react', 'react-dom'], message: 'The CLI imports core and contract only.' }],
        },
      ],
    },
  },
  // preload: electron and the contract only.
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/core/**', '**/main/**', '**/renderer/**', 'node:*'], message: 'The preload exposes the contract and nothing else.' }] },
      ],
    },
  },
  // browser host: like main, but without Electron.
  {
    files: ['electron/browser-host/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The browser host stands in for Electron: it must not import it.' }],
          patterns: [{ group: ['**/renderer/**', '**/main/**'], message: 'The browser host imports core and contract only.' }],
        },
      ],
    },
  },
  // renderer: browser code; talks only to window.apppass; contract types only.
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks only to window.apppass.' },
            ...NODE_BUILTINS.map((name) => ({ name, message: 'The renderer runs in a sandboxed page: no Node built-ins.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandboxed page: no Node built-ins.' },
            {
              group: ['**/electron/core', '**/electron/core/**', '**/electron/main/**', '**/electron/preload/**', '**/electron/browser-host/**'],
              message: 'The renderer may import only contract types from electron/.',
            },
            { regex: '/electron/contract(?:/(?!limits\\.ts$).*)?$', allowTypeImports: true, message: 'Import contract TYPES only (`import type`), or values from electron/contract/limits.ts.' },
          ],
        },
      ],
    },
  },
);
