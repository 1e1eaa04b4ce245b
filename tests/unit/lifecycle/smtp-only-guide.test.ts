import { describe, expect, it } from 'vitest';
import { guideFor } from '../../../electron/core/mail/profiles/index.ts';
import { getProvider } from '../../../electron/core/providers/lookup.ts';
import { resolveSettings } from '../../../electron/core/providers/resolve-settings.ts';

describe('a provider whose app passwords only send (Microsoft 365)', () => {
  it('Thunderbird reads mail with OAuth2 and sends with the app password; Gmail keeps "Normal password" for both', () => {
    const m365 = getProvider('microsoft365', [], '2026-11-30');
    const settings = resolveSettings('sam@contoso.com', m365.servers, m365.shortName, m365.id);
    const steps = guideFor('thunderbird', settings, [], '2026-11-30').steps.join('\n');
    expect(steps).toMatch(/Incoming: protocol IMAP, .*authentication "OAuth2"/);
    expect(steps).toMatch(/Outgoing: SMTP, .*authentication "Normal password"/);
    expect(steps).not.toMatch(/Incoming: .*Normal password/);

    const gmail = getProvider('gmail', [], '2026-11-30');
    const g = guideFor('thunderbird', resolveSettings('ann@gmail.com', gmail.servers, gmail.shortName, gmail.id), [], '2026-11-30').steps.join('\n');
    expect(g).toMatch(/Incoming: protocol IMAP, .*authentication "Normal password"/);
  });
});
