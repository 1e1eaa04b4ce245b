// The command line's arguments and options, read the same way by every command.
import { AppError } from '../core/errors/index.ts';
import type { CommandContext } from './command.ts';

/** A USAGE error that ends with the command's usage line. */
export function usageError(message: string, usage: string): AppError {
  return new AppError('USAGE', `${message} Usage: ${usage}`);
}

/** The single positional ID argument of show / rm. */
export function entryIdArg(ctx: CommandContext, usage: string): string {
  if (ctx.args.length !== 1 || ctx.args[0] === '') throw usageError('Give exactly one entry ID.', usage);
  return ctx.args[0] as string;
}

/** A string option's value, or undefined. */
export function stringOption(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.options[name];
  return typeof value === 'string' ? value : undefined;
}
