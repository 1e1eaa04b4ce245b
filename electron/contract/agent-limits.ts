/**
 * The agent's fixed facts, zod-free so that `apppass get`'s small bundle (electron/cli/get-fast.ts)
 * can read them without loading zod's full API. electron/contract/calls/agent.ts re-exports them.
 */

/** The fields `apppass get --field` can print, and the agent can answer. The password is the default. */
export const AGENT_FIELDS = ['password', 'account', 'user', 'imap-host', 'imap-port', 'smtp-host', 'smtp-port', 'id', 'label', 'imap-security', 'smtp-security'] as const;
export type AgentField = (typeof AGENT_FIELDS)[number];

/** How long an "allow for a while" approval lasts. */
export const AGENT_APPROVAL_HOURS = 8;
/** Most "always" approvals a vault keeps (oldest dropped). */
export const AGENT_APPROVALS_MAX = 200;
/** Longest caller description kept (executable path and name). */
export const AGENT_CALLER_MAX = 300;
