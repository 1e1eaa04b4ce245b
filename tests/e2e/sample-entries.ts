import type { EntryInput } from '../../electron/contract/calls/vault.ts';
import type { SeedEntry } from './seed-vault.ts';

/** Realistic, made-up entries for screenshots and UI tests (the secrets are random test strings). */
export const SAMPLE_ENTRIES: SeedEntry[] = [
  { provider: 'gmail', account: 'alex.morgan@gmail.com', label: 'iPhone Mail', secret: 'ohghuylvxkwdzgbz', tags: ['phone'], favourite: true, ageDays: 420, copiedDaysAgo: 3 },
  { provider: 'gmail', account: 'alex.morgan@gmail.com', label: 'Thunderbird (laptop)', secret: 'qmxrtyplkjhgfdsa', ageDays: 95, copiedDaysAgo: 0.02 },
  { provider: 'gmail', account: 'alex.morgan@gmail.com', label: 'Printer, scanner', secret: 'zxcvbnmasdfghjkl', notes: 'Scan-to-mail on the office printer.', ageDays: 30 },
  { provider: 'icloud', account: 'alex@icloud.com', label: 'Thunderbird', secret: 'abcd-efgh-ijkl-mnop', ageDays: 12, copiedDaysAgo: 11 },
  { provider: 'fastmail', account: 'alex@fastmail.com', label: 'eM Client', secret: 'a1b2c3d4e5f6g7h8', ageDays: 200, copiedDaysAgo: 40 },
  { provider: 'microsoft365', account: 'alex.morgan@contoso.com', label: 'Scanner (SMTP only)', secret: 'mnbvcxzlkjhgfdsa', ageDays: 60, copiedDaysAgo: 59 },
  { provider: 'yahoo', account: 'alex_m@yahoo.com', label: 'Android Mail', secret: 'qwertyuiopasdfgh', ageDays: 700, revoked: true },
  { provider: 'zoho', account: 'alex@zohomail.com', label: 'Outlook (desktop)', secret: 'Zk3mQ9pL2xW7', ageDays: 5, copiedDaysAgo: 4 },
];

/** `count` generated entries spread over many accounts, for the 10,000-entry test. */
export function manyEntries(count: number): EntryInput[] {
  const providers = ['gmail', 'icloud', 'yahoo', 'aol', 'fastmail', 'zoho', 'gmx', 'outlook'];
  const devices = ['iPhone Mail', 'iPad Mail', 'Thunderbird', 'Outlook', 'Android Mail', 'Printer', 'NAS backup', 'eM Client'];
  return Array.from({ length: count }, (_, i) => ({
    provider: providers[i % providers.length] ?? 'custom',
    account: `user${String(Math.floor(i / 4)).padStart(5, '0')}@example${Math.floor(i / 4) % 7}.com`,
    label: `${devices[i % devices.length] ?? 'Device'} #${i}`,
    secret: `secret-${i}-${(i * 2654435761) % 1000003}`,
  }));
}
