#!/usr/bin/env node
// The `apppass` command: runs the bundled CLI (npm run build:node makes it).
import { existsSync } from 'node:fs';
const bundle = new URL('../dist/cli/apppass.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('apppass: INTERNAL: the CLI is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
// `apppass get` asks a running agent first through a small bundle; the full CLI loads only when no
// agent answers (electron/cli/get-fast.ts).
const args = process.argv.slice(2);
const fast = args.includes('get') ? await import(new URL('../dist/cli/apppass-get.mjs', import.meta.url).href).then((m) => m.getFast(args)) : null;
if (fast === null) await import(bundle.href);
else process.exitCode = fast;
