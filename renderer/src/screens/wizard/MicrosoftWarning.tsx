import { en } from '../../strings/en.ts';

/** Microsoft ids whose app passwords are (nearly) gone for reading mail. */
export const MICROSOFT_IDS: readonly string[] = ['microsoft365', 'outlook'];

export function isMicrosoft(providerId: string | null | undefined): boolean {
  return providerId !== null && providerId !== undefined && MICROSOFT_IDS.includes(providerId);
}

/** Plain words on what still works with a Microsoft app password, and where to go instead. */
export function MicrosoftWarning({ providerId }: { providerId: string }) {
  const t = en.wizard;
  return (
    <div className="notice warning" role="note" data-testid="microsoft-warning">
      <h3>{t.microsoftTitle}</h3>
      <ul className="checklist">
        {providerId === 'microsoft365' ? (
          <>
            <li>{t.microsoftSmtpOnly}</li>
            <li>{t.microsoftRetirement}</li>
          </>
        ) : (
          <li>{t.microsoftPersonal}</li>
        )}
        <li>{t.microsoftOauth}</li>
      </ul>
    </div>
  );
}
