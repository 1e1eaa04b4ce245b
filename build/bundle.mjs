// Bundles the Node-side entry points with esbuild: Electron main and preload, the `apppass` CLI,
// and the browser host. The renderer is built by Vite (build/vite.renderer.config.ts).
import { build } from 'esbuild';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { 'globalThis.__APPPASS_VERSION__': JSON.stringify(pkg.version) };
// Native modules stay outside the bundle (electron-builder unpacks them from the asar).
const native = ['@node-rs/argon2', '@napi-rs/keyring'];
/**
 * zod 4 re-exports all its ~50 message locales (310 kB of source) as `z.locales`; AppPass uses only
 * English, which zod installs itself. Resolving the locales index to English alone takes them out of
 * the bundles, a third of zod's code that every `apppass` run would otherwise compile.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    const zodRoot = dirname(createRequire(import.meta.url).resolve('zod/package.json'));
    const en = join(zodRoot, 'v4', 'locales', 'en.js');
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.startsWith(join(zodRoot, 'v4')) ? { path: 'zod-locales-en', namespace: 'zod-english-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: `export { default as en } from ${JSON.stringify(en)};`,
      resolveDir: zodRoot,
    }));
  },
};
/**
 * In the ESM CLI bundle, `import … from '@node-rs/argon2'` makes Node load the native package through
 * its ESM-to-CommonJS bridge (lexing the package's loader for named exports): ~60 ms per package per
 * run, measured here, against ~2 ms for require(). The two native packages are wrapped as CommonJS
 * modules that require() them at run time (the banner gives the bundle a require).
 */
const nativeViaRequire = {
  name: 'native-via-require',
  setup(b) {
    const filter = new RegExp(`^(${native.map((n) => n.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'native-via-require' ? { path: args.path, external: true } : { path: args.path, namespace: 'native-via-require' },
    );
    b.onLoad({ filter: /.*/, namespace: 'native-via-require' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', define, plugins: [zodEnglishOnly] };

// Chunk names carry content hashes: the CLI is built into a fresh folder that replaces dist/cli only
// once the build has succeeded, so a failed build leaves the previous, working CLI in place.
// The staging folder is this build's own, so two builds at once never write into the same one.
const cliNext = `dist/.cli-next-${process.pid}`;
rmSync(cliNext, { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/main/main.cjs',
    format: 'cjs',
    external: ['electron', ...native],
    // Also turns a lazy import('@napi-rs/keyring') into require(), which works inside the asar.
    plugins: [...common.plugins, nativeViaRequire],
  }),
  // Sandboxed preloads must be a single CommonJS file that requires nothing but 'electron'.
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs', external: ['electron'] }),
  // The CLI bundles its dependencies too: Node resolving and loading hundreds of package files
  // cost ~0.6 s per run, most of `apppass`'s time (docs/benchmarks.md). Only native modules stay out.
  build({
    ...common,
    entryPoints: { apppass: 'electron/cli/main.ts' },
    outdir: cliNext,
    outExtension: { '.js': '.mjs' },
    // Commands import their heavy parts with import(); splitting puts those in chunks loaded on use.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    external: native,
    plugins: [...common.plugins, nativeViaRequire],
    // Bundled CommonJS packages call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __apppassCreateRequire } from 'node:module'; const require = __apppassCreateRequire(import.meta.url);" },
  }),
  // `apppass get` through a running agent (issue 19): bin/apppass.mjs loads this small, self-contained
  // bundle first and the full CLI only when no agent answers. Not split: shared chunks would pull in
  // all of zod, where this entry needs only zod/mini's few checks (docs/benchmarks.md, "apppass get").
  build({ ...common, entryPoints: ['electron/cli/get-fast.ts'], outfile: `${cliNext}/apppass-get.mjs`, format: 'esm' }),
  build({
    ...common,
    entryPoints: ['electron/browser-host/host.ts'],
    outfile: 'dist/browser-host/host.mjs',
    format: 'esm',
    packages: 'external',
  }),
]);
// Two renames, so dist/cli is missing only between them; the old build is removed afterwards.
const cliOld = `dist/.cli-old-${process.pid}`;
if (existsSync('dist/cli')) renameSync('dist/cli', cliOld);
renameSync(cliNext, 'dist/cli');
rmSync(cliOld, { recursive: true, force: true });
