import type { CheckInput, CheckResult } from '../../contract/calls/mail.ts';
import type { AccountSettings, Provider } from '../../contract/calls/providers.ts';
import type { Entry } from '../../contract/calls/vault.ts';
import type { EntryTest, ServerTest } from '../../contract/calls/lifecycle.ts';
import { recordAfterTest } from './sign-in-record.ts';

export type CheckFn = (input: CheckInput) => Promise<CheckResult>;

/**
 * Signs in to the entry's incoming and outgoing servers together (as Thunderbird does) with its app
 * password, and returns both results and the entry's new sign-in record. A server the provider's app
 * passwords do not work for (Microsoft 365 IMAP) is reported as skipped, not tried.
 */
export async function testEntry(
  entry: Entry,
  settings: AccountSettings,
  provider: Provider | null,
  check: CheckFn,
  now: () => Date,
  timeoutMs?: number,
): Promise<EntryTest> {
  const servers = (['incoming', 'outgoing'] as const).map((which) => ({ which, server: settings[which] }));
  const tests: ServerTest[] = await Promise.all(
    servers.map(async ({ which, server }): Promise<ServerTest> => {
      const base = { which, protocol: server.protocol, host: server.host, port: server.port, security: server.security };
      if (provider !== null && !provider.appPasswords.worksFor.includes(server.protocol)) return { ...base, skipped: 'not-for-app-passwords', result: null };
      const result = await check({
        protocol: server.protocol,
        host: server.host,
        port: server.port,
        security: server.security,
        username: server.username,
        password: entry.secret,
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
      });
      return { ...base, skipped: null, result };
    }),
  );
  const categories = tests.flatMap((t) => (t.result === null ? [] : [t.result.category]));
  return { servers: tests, signIn: recordAfterTest(entry.signIn, categories, now().toISOString()) };
}
