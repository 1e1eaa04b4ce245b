import { z } from 'zod';
import { AGENT_APPROVALS_MAX, AGENT_CALLER_MAX, type AgentField } from '../limits.ts';
import { call } from '../define-call.ts';

export { AGENT_FIELDS, AGENT_APPROVAL_HOURS, AGENT_APPROVALS_MAX, AGENT_CALLER_MAX, type AgentField } from '../limits.ts';

const entryId = z.string().min(1).max(64);
const callerText = z.string().min(1).max(AGENT_CALLER_MAX);

/** One "always" approval: this program may read this entry through the agent. Stored in the vault (encrypted). */
export const agentApprovalSchema = z.strictObject({
  /** The caller's identity: its executable path (docs/security.md, "The agent"). */
  caller: callerText,
  entryId,
  at: z.string().min(1).max(40),
});
export type AgentApproval = z.output<typeof agentApprovalSchema>;

/** The agent's part of the vault body: off until the user turns it on. */
export const agentVaultStateSchema = z.strictObject({
  enabled: z.boolean(),
  approvals: z.array(agentApprovalSchema).max(AGENT_APPROVALS_MAX),
});
export type AgentVaultState = z.output<typeof agentVaultStateSchema>;
export const AGENT_VAULT_STATE_DEFAULT: AgentVaultState = { enabled: false, approvals: [] };

/** A caller waiting for the user's answer in the app. Never holds a secret. */
export interface AgentApprovalRequest {
  requestId: string;
  /** What the caller is, in words: "mbsync (/usr/bin/mbsync), pid 4242". */
  callerName: string;
  /** The key approvals are stored under (the executable path). */
  caller: string;
  /** Whether the caller's identity was checked by the OS (false: only claimed by the client). */
  verified: boolean;
  entryId: string;
  entryName: string;
  field: AgentField;
}

export interface AgentStatus {
  /** The user's setting (stored in the vault). */
  enabled: boolean;
  /** True while the socket is open (enabled and unlocked). */
  serving: boolean;
  socketPath: string;
  /** The oldest caller waiting for an answer, or null. */
  pending: AgentApprovalRequest | null;
  approvals: AgentApproval[];
  /** Why the agent is on but not serving (e.g. another agent holds the socket), or null. */
  problem: string | null;
}

export const AGENT_DECISIONS = ['deny', 'allow-hours', 'always'] as const;
export type AgentDecision = (typeof AGENT_DECISIONS)[number];

export const agentCalls = {
  /** Whether the agent is on and serving, and the caller waiting for approval (the app asks often). */
  'agent.status': call<AgentStatus>()(z.undefined()),
  /** Turns the agent on or off (saved in the vault); on starts serving at once while unlocked. */
  'agent.setEnabled': call<AgentStatus>()(z.strictObject({ enabled: z.boolean() })),
  /** The user's answer to a waiting caller. */
  'agent.answer': call<AgentStatus>()(z.strictObject({ requestId: z.string().min(1).max(64), decision: z.enum(AGENT_DECISIONS) })),
  /** Removes one "always" approval. */
  'agent.forget': call<AgentStatus>()(z.strictObject({ caller: callerText, entryId })),
};
