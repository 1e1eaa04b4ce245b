import type { Command } from '../command.ts';
import { generateCommand } from './generate.ts';
import { detectCommand } from './detect.ts';
import { catalogCommand } from './catalog.ts';
import { checkCommand } from './check.ts';
import { profileCommand } from './profile.ts';
import { initCommand } from './init.ts';
import { addCommand } from './add.ts';
import { listCommand } from './list.ts';
import { showCommand } from './show.ts';
import { rmCommand } from './rm.ts';
import { trashCommand } from './trash.ts';
import { passwdCommand } from './passwd.ts';
import { infoCommand } from './info.ts';
import { restoreBackupCommand } from './restore-backup.ts';
import { keychainCommand } from './keychain.ts';
import { exportCommand } from './export.ts';
import { importCommand } from './import.ts';
import { getCommand } from './get.ts';
import { agentCommand } from './agent.ts';
import { snippetCommand } from './snippet.ts';
import { editCommand } from './edit.ts';
import { mergeCommand } from './merge.ts';
import { syncCommand } from './sync.ts';

/**
 * Every `apppass` command. Each lives in its own file in this folder; add it here.
 * (Areas: vault — init/add/edit/list/show/rm/trash/passwd/info/restore-backup; sync — merge/sync; generator — generate;
 * providers — detect/catalog/check/profile; keychain; interop — export/import; agent — get/agent/snippet.)
 */
export const COMMANDS: readonly Command[] = [
  initCommand,
  addCommand,
  editCommand,
  listCommand,
  showCommand,
  rmCommand,
  trashCommand,
  passwdCommand,
  infoCommand,
  restoreBackupCommand,
  mergeCommand,
  syncCommand,
  keychainCommand,
  generateCommand,
  detectCommand,
  catalogCommand,
  checkCommand,
  profileCommand,
  exportCommand,
  importCommand,
  getCommand,
  agentCommand,
  snippetCommand,
];
