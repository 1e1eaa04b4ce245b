import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError, isAppError, toErrorPayload } from '../core/errors/index.ts';
import { defaultVaultPath } from '../core/platform/default-vault-path.ts';
import { cliAdvice } from './advice.ts';
import type { Command, CommandContext, OptionValues, ParseArgsOptionsConfig } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { GLOBAL_OPTIONS, type GlobalOptions } from './global-options.ts';
import type { CliIO } from './io.ts';
import { APP_VERSION } from '../core/platform/app-version.ts';

const GLOBAL_VALUE_OPTIONS = new Set(
  Object.entries(GLOBAL_OPTIONS as ParseArgsOptionsConfig)
    .filter(([, spec]) => spec.type === 'string')
    .map(([name]) => `--${name}`),
);

/** The command name is the first argument that is neither an option nor a global option's value. */
function findCommandIndex(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return i + 1 < argv.length ? i + 1 : -1;
    if (GLOBAL_VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (!arg.startsWith('-')) return i;
  }
  return -1;
}

function mainUsage(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'Usage: apppass [--vault PATH] [--password-stdin | --keychain] [--json] COMMAND [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Global options may stand before or after the command. `apppass COMMAND --help` shows its options.',
  ].join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/**
 * Writes an error the documented way: one stderr line, or a JSON object with --json. The core's
 * message says what happened; the CLI adds what to do (advice.ts), in its own words.
 */
function reportError(io: CliIO, json: boolean, error: unknown): number {
  const payload = toErrorPayload(error);
  const advice = cliAdvice(payload);
  if (json) io.writeErr(`${JSON.stringify({ error: advice === null ? payload : { ...payload, advice } })}\n`);
  else io.writeErr(`apppass: ${payload.code}: ${oneLine(payload.message)}${advice === null ? '' : ` ${advice}`}\n`);
  return isAppError(error) ? exitCodeFor(error.code) : EXIT.UNEXPECTED;
}

function makeSecretReader(io: CliIO, global: GlobalOptions): (what: string) => Promise<string> {
  let lineNo = 0;
  return async (what: string) => {
    if (global.passwordStdin || !io.stdinIsTTY) {
      lineNo++;
      const line = await io.readLine();
      if (line === null) {
        throw new AppError('USAGE', `Expected the ${what} on line ${lineNo} of standard input, but the input ended.`);
      }
      return line;
    }
    return io.promptHidden(`${what[0]?.toUpperCase() ?? ''}${what.slice(1)}: `);
  };
}

/** Runs `apppass` with the given arguments (without node and script). Resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIO, commands: readonly Command[] = COMMANDS): Promise<number> {
  const wantsJson = argv.includes('--json');
  try {
    const index = findCommandIndex(argv);
    if (index === -1) {
      // `apppass --version`, as keepassxc-cli, bw and op answer it.
      if (argv.length === 1 && argv[0] === '--version') {
        io.writeOut(`${APP_VERSION}\n`);
        return EXIT.OK;
      }
      if (argv.includes('--help') || argv.includes('-h') || argv.length === 0) {
        io.writeOut(`${mainUsage(commands)}\n`);
        return argv.length === 0 ? EXIT.USAGE : EXIT.OK;
      }
      throw new AppError('USAGE', 'No command given. Run `apppass --help` for the list of commands.');
    }
    const name = argv[index] as string;
    const command = commands.find((c) => c.name === name);
    if (!command) throw new AppError('USAGE', `Unknown command "${name}". Run \`apppass --help\` for the list of commands.`);

    const rest = [...argv.slice(0, index), ...argv.slice(index + 1)];
    const options: ParseArgsOptionsConfig = { ...GLOBAL_OPTIONS, ...command.options };
    let parsed: { values: OptionValues; positionals: string[] };
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true }) as typeof parsed;
    } catch (error) {
      const reason = error instanceof Error ? oneLine(error.message) : 'bad arguments';
      throw new AppError('USAGE', `${reason}. Usage: ${oneLine(command.usage)}`);
    }
    const { values } = parsed;
    if (values['help'] === true) {
      io.writeOut(`Usage: ${command.usage}\n${command.summary}\n${command.help === undefined ? '' : `${command.help}\n`}`);
      return EXIT.OK;
    }
    if (values['password-stdin'] === true && values['keychain'] === true) {
      throw new AppError('USAGE', 'Use either --password-stdin or --keychain, not both.');
    }
    const vaultOption = values['vault'];
    const vault =
      typeof vaultOption === 'string' && vaultOption !== '' ? resolve(io.cwd, vaultOption) : defaultVaultPath(io.env, io.platform, io.home);
    const global: GlobalOptions = {
      vault,
      passwordStdin: values['password-stdin'] === true,
      keychain: values['keychain'] === true,
      json: values['json'] === true,
    };
    const own: OptionValues = {};
    for (const key of Object.keys(command.options)) own[key] = values[key];
    const ctx: CommandContext = {
      args: parsed.positionals,
      options: own,
      global,
      io,
      readSecret: makeSecretReader(io, global),
      print(value, human) {
        io.writeOut(global.json ? `${JSON.stringify(value)}\n` : `${human()}\n`);
      },
    };
    return (await command.run(ctx)) ?? EXIT.OK;
  } catch (error) {
    return reportError(io, wantsJson, error);
  }
}
