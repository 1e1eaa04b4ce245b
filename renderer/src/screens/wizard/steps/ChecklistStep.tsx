import { en } from '../../../strings/en.ts';
import { MicrosoftWarning, isMicrosoft } from '../MicrosoftWarning.tsx';
import { StatusNotes } from '../StatusNotes.tsx';
import type { StepProps } from '../wizard-context.ts';

export function ChecklistStep({ state, dispatch }: StepProps) {
  const t = en.wizard;
  const p = state.provider;
  const worksFor = p?.appPasswords.worksFor ?? [];
  const msId = p?.id ?? state.settings?.providerId;
  return (
    <div className="stack">
      {isMicrosoft(msId) && <MicrosoftWarning providerId={msId ?? ''} />}
      {p ? (
        <>
          <section className="section">
            <h3 style={{ margin: 0 }}>{t.checklist}</h3>
            <ul className="checklist" data-testid="prerequisites">
              {p.appPasswords.prerequisites.map((item) => (
                <li key={item}>{item}</li>
              ))}
              <li>{worksFor.length > 0 ? t.worksFor(worksFor.map((w) => t.protocols[w]).join(', ')) : t.worksForNothing}</li>
            </ul>
          </section>
          {p.oauth2.preferred && (
            <div className="notice info">
              <strong>{t.oauthPreferred}.</strong> {p.oauth2.advice}
            </div>
          )}
          <section className="section">
            <h3 style={{ margin: 0 }}>{t.limits}</h3>
            <ul className="checklist">
              {p.appPasswords.limits.maxCount !== null && <li>{t.maxCount(p.appPasswords.limits.maxCount)}</li>}
              {p.appPasswords.limits.revokedByPasswordChange === true && <li>{t.revokedByChange}</li>}
              {p.appPasswords.limits.revokedByPasswordChange === false && <li>{t.notRevokedByChange}</li>}
              {p.appPasswords.limits.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
          <StatusNotes notes={p.notes} />
        </>
      ) : (
        <ul className="checklist">
          <li>{t.openPageHint}</li>
        </ul>
      )}
      <label className="check">
        <input type="checkbox" checked={state.checklistConfirmed} onChange={(e) => dispatch({ type: 'checklist', confirmed: e.target.checked })} data-testid="wizard-checklist-ok" />
        {t.confirmChecklist}
      </label>
    </div>
  );
}
