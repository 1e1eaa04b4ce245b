import { useEffect, useId, useState } from 'react';
import type { AgentStatus, ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote } from '../../components/index.ts';
import { AGENT_CHANGED_EVENT } from '../../components/AgentApprovalDialog.tsx';
import { agentWords as t } from '../../strings/agent.ts';

/** The agent switch (off by default) and the programs that are always allowed, each removable. */
export function AgentSetting() {
  const id = useId();
  const [status, setStatus] = useState<AgentStatus | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [names, setNames] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    void api()
      .agent.status()
      .then((r) => (r.ok ? setStatus(r.value) : setError(r.error)));
    void api()
      .entries.list()
      .then((r) => r.ok && setNames(new Map(r.value.map((e) => [e.id, e.label === '' ? e.account : `${e.label} — ${e.account}`]))));
  }, []);

  const settle = (r: Awaited<ReturnType<ReturnType<typeof api>['agent']['status']>>) => {
    if (r.ok) {
      setStatus(r.value);
      setError(null);
    } else setError(r.error);
  };

  const state = !status ? undefined : !status.enabled ? t.off : status.serving ? t.serving(status.socketPath) : t.notServing(status.problem ?? '');

  return (
    <>
      <div className="setting">
        <div className="text">
          <label htmlFor={`${id}-a`} style={{ fontWeight: 600 }}>{t.setting}</label>
          <div className="hint">{t.hint}</div>
          {state && <div className="hint" data-testid="agent-state">{state}</div>}
        </div>
        <input
          id={`${id}-a`}
          type="checkbox"
          style={{ width: 18, height: 18 }}
          checked={status?.enabled ?? false}
          disabled={!status}
          onChange={(e) =>
            void api()
              .agent.setEnabled({ enabled: e.target.checked })
              .then(settle)
              .then(() => window.dispatchEvent(new Event(AGENT_CHANGED_EVENT)))
          }
          data-testid="agent-toggle"
        />
      </div>
      {status && status.enabled && (
        <div className="setting">
          <div className="text">
            <span style={{ fontWeight: 600 }}>{t.approvals}</span>
            {status.approvals.length === 0 && <div className="hint">{t.noApprovals}</div>}
            <ul className="stack" style={{ listStyle: 'none', padding: 0, margin: 0 }} data-testid="agent-approvals">
              {status.approvals.map((a) => {
                const row = t.approvalRow(a.caller, names.get(a.entryId) ?? t.removedEntry);
                return (
                  <li key={`${a.caller}\n${a.entryId}`}>
                    <span className="small">{row}</span>{' '}
                    <button type="button" className="btn ghost" aria-label={`${t.forget}: ${row}`} onClick={() => void api().agent.forget({ caller: a.caller, entryId: a.entryId }).then(settle)}>
                      {t.forget}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        </div>
      )}
      <ErrorNote error={error} />
    </>
  );
}
