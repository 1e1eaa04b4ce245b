import { useState } from 'react';
import { Icon, useToast } from '../../../components/index.ts';
import { copyText } from '../../../lib/clipboard.ts';
import { openExternal } from '../../../lib/open-external.ts';
import { en } from '../../../strings/en.ts';
import { passwordTerm } from '../password-term.ts';
import type { StepProps } from '../wizard-context.ts';

export function CreateStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const toast = useToast();
  const [openFailed, setOpenFailed] = useState(false);
  const p = state.provider;
  if (!p) return <p className="muted">{t.noPage}</p>;
  const open = async () => {
    const ok = await openExternal(p.appPasswords.pageUrl);
    setOpenFailed(!ok);
    if (ok) dispatch({ type: 'pageOpened' });
  };
  return (
    <div className="stack">
      <section className="section">
        <h3 style={{ margin: 0 }}>{t.howTo(passwordTerm(p))}</h3>
        <ol className="steps-list">
          {p.appPasswords.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <div className="row">
        <button type="button" className="btn primary" onClick={() => void open()} data-testid="wizard-open-page">
          <Icon name="external" /> {t.openPage(passwordTerm(p))}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => void copyText(p.appPasswords.pageUrl).then((ok) => toast({ message: ok ? en.common.copied : en.errorsGeneric.copyFailed }))}
        >
          <Icon name="copy" /> {t.copyUrl}
        </button>
      </div>
      <p className="small muted" style={{ margin: 0, overflowWrap: 'anywhere' }}>
        {t.pageUrl}: <span className="mono">{p.appPasswords.pageUrl}</span>
      </p>
      {state.pageOpened && <p className="small" role="status">{t.pageOpened}</p>}
      {openFailed && <p className="small muted" role="status">{t.openNotAvailable}</p>}
    </div>
  );
}
