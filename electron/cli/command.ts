import type { ParseArgsConfig } from 'node:util';
import type { CliIO } from './io.ts';
import type { GlobalOptions } from './global-options.ts';

export type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  /** Positional arguments after the command name. */
  args: string[];
  /** The command's own options, parsed (global ones are in `global`). */
  options: OptionValues;
  global: GlobalOptions;
  io: CliIO;
  /**
   * Reads the next secret: the next stdin line when --password-stdin is given or stdin is not a
   * terminal, else a hidden prompt. `what` names it in prompts and errors ("master password").
   */
  readSecret(what: string): Promise<string>;
  /** Prints a value: as JSON with --json, else through `human`. */
  print(value: unknown, human: () => string): void;
}

export interface Command {
  name: string;
  /** One line for `apppass --help`. */
  summary: string;
  /** Usage line(s) shown by `apppass NAME --help` and in USAGE errors. */
  usage: string;
  /** More lines for `apppass NAME --help` only: ranges and defaults, read from contract/limits.ts. */
  help?: string;
  options: ParseArgsOptionsConfig;
  /** Resolves to the exit code (0 when omitted). Throw AppError for failures. */
  run(ctx: CommandContext): Promise<number | void>;
}
