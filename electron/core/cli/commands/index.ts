import type { Command } from '../command.ts';
import { generateCommand } from './generate.ts';

/**
 * Every `apppass` command. Each lives in its own file in this folder; add it here.
 * (Areas: vault — init/add/list/show/rm/passwd/info/restore-backup; generator — generate;
 * providers — detect/check/profile; keychain; interop — export/import.)
 */
export const COMMANDS: readonly Command[] = [
  generateCommand,
];
