import { en } from '../../../strings/en.ts';
import { ProviderWarning } from '../ProviderWarning.tsx';
import { SignInNameField } from '../SignInNameField.tsx';
import { StatusNotes } from '../StatusNotes.tsx';
import { passwordTerm } from '../password-term.ts';
import type { StepProps } from '../wizard-context.ts';

/** What must be true first. Every fact shown here is the catalog's, once: headline notes above, the rest below. */
export function ChecklistStep({ state, dispatch, providers }: StepProps) {
  const t = en.wizard;
  const detectedId = state.settings?.providerId ?? null;
  const p = state.provider ?? providers.find((x) => x.id === detectedId) ?? null;
  const worksFor = p?.appPasswords.worksFor ?? [];
  const term = passwordTerm(p);
  const protocols = worksFor.map((w) => t.protocols[w]).join(', ');
  return (
    <div className="stack">
      {p && <ProviderWarning provider={p} />}
      {p ? (
        <>
          <section className="section">
            <h3 style={{ margin: 0 }}>{t.checklist}</h3>
            <ul className="checklist" data-testid="prerequisites">
              {p.appPasswords.prerequisites.map((item) => (
                <li key={item}>{item}</li>
              ))}
              <li data-testid="works-for">{worksFor.length === 0 ? t.worksForNothing(term) : worksFor.length < 3 ? t.worksForOnly(term, protocols) : t.worksFor(term, protocols)}</li>
            </ul>
          </section>
          <SignInNameField provider={p} state={state} dispatch={dispatch} />
          {p.oauth2.preferred && !p.notes.some((n) => n.headline === true) && (
            <div className="notice info">
              <strong>{t.oauthPreferred}.</strong> {p.oauth2.advice}
            </div>
          )}
          <section className="section">
            <h3 style={{ margin: 0 }}>{t.limits}</h3>
            <ul className="checklist">
              {p.appPasswords.limits.maxCount !== null && <li>{t.maxCount(p.appPasswords.limits.maxCount)}</li>}
              {p.appPasswords.limits.revokedByPasswordChange === true && <li>{t.revokedByChange(term)}</li>}
              {p.appPasswords.limits.revokedByPasswordChange === false && <li>{t.notRevokedByChange(term)}</li>}
              {p.appPasswords.limits.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
          <StatusNotes notes={p.notes.filter((n) => n.headline !== true)} />
        </>
      ) : (
        <ul className="checklist">
          <li>{t.openPageHint(term)}</li>
        </ul>
      )}
      <label className="check">
        <input type="checkbox" checked={state.checklistConfirmed} onChange={(e) => dispatch({ type: 'checklist', confirmed: e.target.checked })} data-testid="wizard-checklist-ok" />
        {t.confirmChecklist}
      </label>
    </div>
  );
}
