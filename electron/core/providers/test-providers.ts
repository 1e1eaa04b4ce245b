import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { providerDataSchema, type Provider } from '../../contract/calls/providers.ts';
import { AppError } from '../errors/index.ts';
import { todayIso } from '../platform/today.ts';
import { providerForToday } from './dated-notes.ts';

/** Environment variable naming a JSON file of extra providers (e2e tests against the harness servers). */
export const TEST_PROVIDERS_ENV = 'APPPASS_TEST_PROVIDERS_FILE';
/** Environment variable naming a PEM file of an extra CA to trust in sign-in checks (e2e tests). */
export const TEST_CA_ENV = 'APPPASS_TEST_CA_FILE';

const fileSchema = z.union([z.array(providerDataSchema), z.strictObject({ providers: z.array(providerDataSchema), caPem: z.string().optional() })]);

export interface TestMailSetup {
  testProviders: Provider[];
  extraCaPem?: string;
}

/**
 * Reads extra providers (and optionally a CA) for tests. The JSON file is either an array of
 * providers or `{ providers, caPem? }`, each provider checked with the catalog schema. Returns
 * undefined when neither variable is set. Only hosts call this, and only from environment
 * variables a test sets; production never sets them.
 */
export async function loadTestMailSetup(env: NodeJS.ProcessEnv): Promise<TestMailSetup | undefined> {
  const providersFile = env[TEST_PROVIDERS_ENV];
  const caFile = env[TEST_CA_ENV];
  if ((providersFile === undefined || providersFile === '') && (caFile === undefined || caFile === '')) return undefined;
  const setup: TestMailSetup = { testProviders: [] };
  if (providersFile !== undefined && providersFile !== '') {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(providersFile, 'utf8'));
    } catch (cause) {
      throw new AppError('IO_ERROR', `Could not read the test providers file named by ${TEST_PROVIDERS_ENV} as JSON.`, { cause });
    }
    const parsed = fileSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new AppError('VALIDATION', `The test providers file named by ${TEST_PROVIDERS_ENV} does not match the catalog schema (${first?.path.join('.') ?? ''}: ${first?.message ?? ''}).`);
    }
    const today = todayIso(env);
    if (Array.isArray(parsed.data)) setup.testProviders = parsed.data.map((p) => providerForToday(p, today));
    else {
      setup.testProviders = parsed.data.providers.map((p) => providerForToday(p, today));
      if (parsed.data.caPem !== undefined) setup.extraCaPem = parsed.data.caPem;
    }
  }
  if (caFile !== undefined && caFile !== '') {
    try {
      setup.extraCaPem = await readFile(caFile, 'utf8');
    } catch (cause) {
      throw new AppError('IO_ERROR', `Could not read the CA file named by ${TEST_CA_ENV}.`, { cause });
    }
  }
  return setup;
}
