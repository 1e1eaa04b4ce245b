import { describe, expect, it } from 'vitest';
import type { DiscoveryWarning } from '../../../../../electron/contract/calls/providers.ts';
import { warningsForServer } from '../../../../../renderer/src/screens/wizard/server-warnings.ts';
import { en } from '../../../../../renderer/src/strings/en.ts';

const warnings: DiscoveryWarning[] = [
  { code: 'plaintext', host: 'mail.example.org', port: 143 },
  { code: 'local-address', host: '192.168.1.5', port: 25 },
  { code: 'plaintext', host: '192.168.1.5', port: 25 },
];

describe('wizard: discovery warnings next to their server (L11)', () => {
  it('each server shows the warnings for its own host and port', () => {
    expect(warningsForServer(warnings, { host: 'MAIL.example.org', port: 143 }).map((w) => w.code)).toEqual(['plaintext']);
    expect(warningsForServer(warnings, { host: '192.168.1.5', port: 25 }).map((w) => w.code)).toEqual(['local-address', 'plaintext']);
  });
  it('a server the user changed (other host or port) no longer carries them; none without warnings', () => {
    expect(warningsForServer(warnings, { host: 'mail.example.org', port: 993 })).toEqual([]);
    expect(warningsForServer(warnings, { host: 'imap.example.org', port: 143 })).toEqual([]);
    expect(warningsForServer(undefined, { host: 'mail.example.org', port: 143 })).toEqual([]);
  });
  it('the words name the server and say what is at stake', () => {
    expect(en.wizard.serverWarning.plaintext('mail.example.org:143')).toMatch(/mail\.example\.org:143.*without encryption/);
    expect(en.wizard.serverWarning['local-address']('192.168.1.5:25')).toMatch(/192\.168\.1\.5:25 is on this computer or your local network/);
  });
});
