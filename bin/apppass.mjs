#!/usr/bin/env node
// The `apppass` command: runs the bundled CLI (npm run build:node makes it).
import { existsSync } from 'node:fs';
const bundle = new URL('../dist/cli/apppass.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('apppass: INTERNAL: the CLI is not built yet. Run `npm run build` first.\n');
  process.exit(1);
}
await import(bundle.href);
