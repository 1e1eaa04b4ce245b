import type { AgentField } from '../../../electron/contract/index.ts';

/** Words for the `apppass get` agent: its setting and the prompt that lets a program in. */
export const agentWords = {
  setting: 'Give app passwords to mail tools (apppass get)',
  hint: 'While AppPass is unlocked, programs such as mbsync, msmtp, aerc and git send-email can ask for an app password with `apppass get`. AppPass asks you before each new program gets one.',
  off: 'Off.',
  serving: (socket: string) => `On while unlocked, at ${socket}.`,
  notServing: (problem: string) => `On, but not serving: ${problem}`,
  approvals: 'Always allowed',
  noApprovals: 'No program is always allowed.',
  approvalRow: (caller: string, entry: string) => `${caller} → ${entry}`,
  forget: 'Remove',
  promptTitle: 'A program asks for an app password',
  promptText: 'This program wants a field of one of your entries:',
  program: 'Program',
  entry: 'Entry',
  field: 'Field',
  unverified: 'AppPass could not confirm which program this is; the name is what the program says about itself.',
  fields: { password: 'app password', account: 'account', user: 'user name', id: 'entry id', label: 'label' } as Partial<Record<AgentField, string>>,
  deny: 'Deny',
  allowHours: (hours: number) => `Allow for ${hours} hours`,
  always: 'Always allow',
  removedEntry: 'a removed entry',
} as const;
