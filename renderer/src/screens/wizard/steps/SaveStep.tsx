import { useEffect, useRef, useState } from 'react';
import type { ErrorPayload } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { ErrorNote, Icon, Progress } from '../../../components/index.ts';
import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { testOutcome } from '../wizard-state.ts';
import type { StepProps } from '../wizard-context.ts';

export function SaveStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  // The Save button goes away once saved: focus moves on to Next (enabled in the same render), never to <body>.
  const justSaved = useRef(false);
  useEffect(() => {
    if (!justSaved.current || state.savedId === null) return;
    justSaved.current = false;
    document.querySelector<HTMLElement>('[data-testid="wizard-next"]')?.focus();
  }, [state.savedId]);
  const settings = state.settings;
  if (!settings) return null;
  const { incoming, outgoing } = settings;
  const server = (s: typeof incoming) => ({ host: s.host, port: s.port, security: s.security, username: s.username });

  const save = async () => {
    setBusy(true);
    setError(null);
    const r = await api().entries.add({
      provider: state.provider?.id ?? 'custom',
      account: state.email.trim(),
      label: state.label.trim(),
      secret: state.secret,
      server: { [incoming.protocol]: server(incoming), smtp: server(outgoing) },
    });
    setBusy(false);
    if (r.ok) {
      justSaved.current = true;
      dispatch({ type: 'saved', id: r.value.id });
    }
    else setError(r.error);
  };

  return (
    <div className="stack">
      <dl className="kv">
        <dt>{en.vault.account}</dt>
        <dd>{state.email}</dd>
        <dt>{en.vault.provider}</dt>
        <dd>{state.provider?.name ?? settings.displayName}</dd>
        <dt>{en.vault.label}</dt>
        <dd>{state.label}</dd>
        <dt>{t.category}</dt>
        <dd data-testid="wizard-save-outcome">{lc.wizard.outcome[testOutcome(state.test)]}</dd>
      </dl>
      {state.savedId ? (
        <p className="notice success" role="status" data-testid="wizard-saved">
          <Icon name="check" /> {t.savedAs(state.label)}
        </p>
      ) : busy ? (
        <Progress label={en.progress.saving} />
      ) : (
        <div className="row">
          <button type="button" className="btn primary" onClick={() => void save()} data-testid="wizard-save">
            {t.save}
          </button>
        </div>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
