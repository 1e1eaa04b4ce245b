import { keepSecretsOutOfCoreDumps } from '../core/platform/core-dumps.ts';
import { nodeCliIO } from './node-io.ts';
import { runCli } from './run-cli.ts';

/** Entry point of the `apppass` binary (bundled to dist/cli/apppass.mjs). */
keepSecretsOutOfCoreDumps(); // before any secret is read (M4)
const code = await runCli(process.argv.slice(2), nodeCliIO());
process.exitCode = code;
