import { settingsPatchSchema, type VaultSettings } from '../../contract/calls/vault.ts';
import { AGENT_VAULT_STATE_DEFAULT, agentVaultStateSchema, type AgentVaultState } from '../../contract/calls/agent.ts';
import { issuesText, usage, type SessionState } from './session-state.ts';

/** What a vault stores about how AppPass behaves: its settings and the agent's state. */

export function settingsOf(s: SessionState): VaultSettings {
  s.key();
  return { ...s.body.settings };
}

export function updateSettings(s: SessionState, patch: Partial<VaultSettings>): VaultSettings {
  s.key();
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) throw usage(`The settings are not valid: ${issuesText(parsed.error.issues, 'settings')}.`);
  for (const [name, value] of Object.entries(parsed.data)) {
    if (value !== undefined) (s.body.settings as Record<string, unknown>)[name] = value;
  }
  s.dirty = true;
  return settingsOf(s);
}

export function agentStateOf(s: SessionState): AgentVaultState {
  s.key();
  return structuredClone(s.body.agent ?? AGENT_VAULT_STATE_DEFAULT);
}

export function setAgentState(s: SessionState, state: AgentVaultState): void {
  s.key();
  s.body.agent = agentVaultStateSchema.parse(state);
  s.dirty = true;
}
