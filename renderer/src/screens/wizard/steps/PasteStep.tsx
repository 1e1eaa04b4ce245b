import { useEffect, useId, useState } from 'react';
import type { AppPasswordCheck, AppPasswordProviderId } from '../../../../../electron/contract/index.ts';
import { api } from '../../../api.ts';
import { Icon } from '../../../components/index.ts';
import { en } from '../../../strings/en.ts';
import { lc } from '../../../strings/lifecycle.ts';
import { passwordTerm } from '../password-term.ts';
import type { StepProps } from '../wizard-context.ts';

/** A problem as a sentence: capital first letter, full stop at the end. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return trimmed;
  const first = trimmed[0]?.toUpperCase() ?? '';
  return /[.!?]$/.test(trimmed) ? first + trimmed.slice(1) : `${first}${trimmed.slice(1)}.`;
}

export function PasteStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const ids = { label: useId(), secret: useId(), check: useId() };
  const [shown, setShown] = useState(false);
  const [check, setCheck] = useState<AppPasswordCheck | null>(null);
  const formatId = state.provider?.appPasswords.formatId ?? null;

  // Format check on every change: the core normalises and explains; it never echoes the paste.
  // The rule is the provider's format (regional Zoho providers share Zoho's), keyed by formatId.
  useEffect(() => {
    if (formatId === null || state.secret === '') return setCheck(null);
    let live = true;
    void api()
      .generator.checkAppPassword({ providerId: formatId as AppPasswordProviderId, pasted: state.secret })
      .then((r) => live && setCheck(r.ok ? r.value : null));
    return () => {
      live = false;
    };
  }, [formatId, state.secret]);

  const tidy = () => {
    if (check?.ok && check.normalized !== state.secret) dispatch({ type: 'secret', secret: check.normalized });
  };

  const generate = async () => {
    const r = await api().generator.generate({ kind: 'alnum', length: 24, symbols: false });
    if (r.ok && r.value.passwords[0]) {
      dispatch({ type: 'secret', secret: r.value.passwords[0], generated: true });
      setShown(true);
    }
  };

  return (
    <div className="stack">
      <div className="field">
        <label htmlFor={ids.label}>
          {t.label} <span className="muted small">({lc.wizard.required})</span>
        </label>
        <input
          id={ids.label}
          className="input"
          value={state.label}
          placeholder={t.labelPlaceholder}
          required
          aria-required="true"
          aria-describedby={`${ids.label}-why`}
          onChange={(e) => dispatch({ type: 'label', label: e.target.value })}
          data-testid="wizard-label"
          dir="auto"
        />
        {state.secret.trim() !== '' && state.label.trim() === '' && (
          <span className="field-error" id={`${ids.label}-why`} data-testid="wizard-label-needed">
            {lc.wizard.nameTheDevice}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.secret}>{t.paste(passwordTerm(state.provider))}</label>
        <div className="row" style={{ flexWrap: 'nowrap', gap: 6 }}>
          <input
            id={ids.secret}
            className="input mono"
            type={shown ? 'text' : 'password'}
            autoComplete="off"
            spellCheck={false}
            value={state.secret}
            onChange={(e) => dispatch({ type: 'secret', secret: e.target.value })}
            onBlur={tidy}
            aria-describedby={ids.check}
            aria-invalid={check !== null && !check.ok}
            data-testid="wizard-secret"
          />
          <button type="button" className="btn icon" aria-label={shown ? en.common.hide : en.common.reveal} aria-pressed={shown} onClick={() => setShown((s) => !s)}>
            <Icon name={shown ? 'eyeOff' : 'eye'} />
          </button>
        </div>
        <div id={ids.check} aria-live="polite" className="small" data-testid="wizard-format">
          {check === null ? (
            <span className="muted">{t.pasteHint}</span>
          ) : check.ok ? (
            <span style={{ color: 'var(--success)' }}>
              <Icon name="check" /> {t.formatOk}
            </span>
          ) : (
            <span className="field-error">
              {check.problems.map(asSentence).join(' ')} {t.expected(check.expected)}
            </span>
          )}
        </div>
      </div>
      {/* Only for a known provider without a fixed format: an unknown server may well not let you choose. */}
      {formatId === null && state.provider !== null && (
        <div className="row">
          <button type="button" className="btn" onClick={() => void generate()} data-testid="wizard-generate">
            <Icon name="generator" /> {t.generateInstead}
          </button>
          <span className="small muted">{t.generateHint}</span>
        </div>
      )}
    </div>
  );
}
