import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHandlers, dispatch } from '../../../../electron/core/api/index.ts';
import { knownMailServersOf } from '../../../../electron/core/api/handlers/mail.ts';
import type { Services } from '../../../../electron/core/api/services.ts';
import { KnownMailServers } from '../../../../electron/core/mail/check/known-servers.ts';
import { allProviders } from '../../../../electron/core/providers/index.ts';
import { VaultService } from '../../../../electron/core/vault/index.ts';

/**
 * M5 (security review 2026-11): a compromised renderer used mail.check to send
 * `PASS VICTIM-APP-PASSWORD-1` to its own listener. Now a server that is not in the catalog, not
 * found by discovery and not saved with an entry needs the user's yes in a host dialog.
 */
let listener: Server | undefined;
afterEach(() => listener?.close());

/** A TCP listener on 127.0.0.1 that counts connections (a POP3 greeting, then silence). */
async function listen(): Promise<{ port: number; connections: () => number }> {
  let count = 0;
  listener = createServer((socket) => {
    count += 1;
    socket.write('+OK ready\r\n');
    socket.on('error', () => undefined);
    setTimeout(() => socket.destroy(), 200);
  });
  await new Promise<void>((resolve) => listener?.listen(0, '127.0.0.1', resolve));
  const address = listener.address();
  return { port: typeof address === 'object' && address !== null ? address.port : 0, connections: () => count };
}

function services(confirm?: (host: string, port: number) => Promise<boolean>): Services {
  const vault = new VaultService('/nonexistent/apppass/v.apppass');
  return { version: 't', platform: 'linux', vaultPath: vault.path, vault, ...(confirm ? { shell: { isExternalLinkAllowed: () => false, openExternal: async () => undefined, confirmMailServer: confirm } } : {}) };
}

const check = (port: number) => ({ protocol: 'pop3', host: '127.0.0.1', port, security: 'none', username: 'exfil', password: 'VICTIM-APP-PASSWORD-1', timeoutMs: 1000 });

describe('mail.check sends a password only to a known or confirmed server (M5)', () => {
  it('an unknown server the user does not confirm gets no connection at all', async () => {
    const server = await listen();
    const confirm = vi.fn(async () => false);
    const handlers = createHandlers(services(confirm));
    expect(await dispatch(handlers, 'mail.check', check(server.port))).toMatchObject({ ok: false, error: { code: 'USAGE', details: { reason: 'server-not-confirmed' } } });
    expect(confirm).toHaveBeenCalledWith('127.0.0.1', server.port);
    expect(server.connections()).toBe(0);
  });

  it('a server discovery returned (or one the user confirms) is checked without asking again', async () => {
    const server = await listen();
    const confirm = vi.fn(async () => false);
    const s = services(confirm);
    knownMailServersOf(s).remember({ imap: [], pop3: [{ host: '127.0.0.1', port: server.port, security: 'none', username: 'address' }], smtp: [] });
    const result = await dispatch(createHandlers(s), 'mail.check', check(server.port));
    expect(result.ok).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(server.connections()).toBe(1);
  });

  it('catalog servers and servers saved with an entry are known; others are not', () => {
    const known = new KnownMailServers();
    const gmail = allProviders().find((p) => p.id === 'gmail');
    const imap = gmail?.servers.imap[0];
    expect(imap).toBeDefined();
    expect(known.isKnown(imap?.host ?? '', imap?.port ?? 0, allProviders(), [])).toBe(true);
    expect(known.isKnown('evil.example', 110, allProviders(), [])).toBe(false);
    const entry = { server: { imap: { host: 'mail.example.org', port: 993, security: 'ssl' as const, username: 'me' } } };
    expect(known.isKnown('MAIL.example.org.', 993, [], [entry as never])).toBe(true);
    expect(known.isKnown('mail.example.org', 143, [], [entry as never])).toBe(false);
  });
});
