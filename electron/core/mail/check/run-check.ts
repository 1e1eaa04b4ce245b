import type { CheckInput, CheckResult } from '../../../contract/calls/mail.ts';
import { CHECK_TIMEOUT, checkInputSchema } from '../../../contract/calls/mail.ts';
import { AppError } from '../../errors/index.ts';
import { CHECK_ADVICE } from './advice.ts';
import { classifyError } from './classify.ts';
import { checkImap } from './imap.ts';
import { checkPop3 } from './pop3.ts';
import { checkSmtp } from './smtp.ts';

export interface CheckOptions {
  /** Extra CA (PEM) to trust besides input.caPem and the system's roots (the e2e test hook). */
  extraCaPem?: string;
  /** Clock for elapsedMs (tests may inject). */
  now?: () => number;
}

class CheckTimeout extends Error {
  readonly code = 'ETIMEDOUT';
}

/**
 * Tries to sign in with the given settings and reports a category with advice. It never throws for
 * network or server trouble, and the password appears nowhere in the result.
 */
export async function checkSignIn(input: CheckInput, options: CheckOptions = {}): Promise<CheckResult> {
  // Callers inside the core (check ID) bypass the IPC schema: check again, naming fields only.
  const valid = checkInputSchema.safeParse(input);
  if (!valid.success) {
    const where = valid.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`).join('; ');
    throw new AppError('USAGE', `The sign-in settings are not valid (${where}). Fix them and try again.`);
  }
  const now = options.now ?? (() => performance.now());
  const timeoutMs = input.timeoutMs ?? CHECK_TIMEOUT.defaultMs;
  const caPem = [input.caPem, options.extraCaPem].filter((p): p is string => p !== undefined).join('\n') || undefined;
  const effective: CheckInput = { ...input, caPem };
  const started = now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new CheckTimeout('The server did not answer in time.'));
    }, timeoutMs);
  });
  const run = input.protocol === 'imap' ? checkImap : input.protocol === 'smtp' ? checkSmtp : checkPop3;
  const base = { protocol: input.protocol, host: input.host, port: input.port };
  try {
    const attempt = run(effective, timeoutMs, controller.signal);
    attempt.catch(() => undefined);
    await Promise.race([attempt, deadline]);
    return { ...base, category: 'OK', advice: CHECK_ADVICE.OK, elapsedMs: Math.round(now() - started) };
  } catch (error) {
    const { category, detail } = classifyError(error, input.password);
    return { ...base, category, advice: CHECK_ADVICE[category], detail, elapsedMs: Math.round(now() - started) };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
