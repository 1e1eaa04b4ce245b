import type { CheckResult, MailProtocol } from '../../../electron/contract/index.ts';

/** One server of a sign-in test: tested (with its result), skipped, or still waiting. */
export interface ServerRow {
  which: 'incoming' | 'outgoing';
  protocol: MailProtocol;
  host: string;
  port: number;
  skipped: 'not-for-app-passwords' | null;
  result: CheckResult | null;
}
