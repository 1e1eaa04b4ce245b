import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { defaultVaultPath } from '../platform/default-vault-path.ts';
import { readJsonFile, writeJsonFile } from '../platform/json-file.ts';
import { DEVICE_ID_PATTERN } from './hlc.ts';
import type { LocalDevice } from './local-changes.ts';

/** The file, in AppPass's app-data folder on this computer (never in the synced folder), holding its device id. */
export const DEVICE_FILE = 'device.json';

const schema = z.strictObject({ version: z.literal(1), id: z.string().regex(DEVICE_ID_PATTERN) });

export function newDeviceId(): string {
  return randomBytes(6).toString('hex');
}

/**
 * This computer's device id (12 hex digits) and name. APPPASS_DEVICE_ID (and APPPASS_DEVICE_NAME)
 * set them, for tests that play several computers; else the id is read from, or made once and kept
 * in, DEVICE_FILE beside the default vault location. Where that cannot be written, the id lasts for
 * this process only (merges stay correct; the device table just gains an entry).
 */
export async function loadLocalDevice(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): Promise<LocalDevice> {
  const name = (env['APPPASS_DEVICE_NAME'] ?? '').trim() || hostname() || 'this computer';
  const fromEnv = env['APPPASS_DEVICE_ID'];
  if (fromEnv !== undefined && DEVICE_ID_PATTERN.test(fromEnv)) return { id: fromEnv, name };
  const file = join(dirname(defaultVaultPath({ ...env, APPPASS_VAULT: '' }, platform, home)), DEVICE_FILE);
  const stored = await readJsonFile(file, schema);
  if (stored !== null) return { id: stored.id, name };
  const id = newDeviceId();
  await writeJsonFile(file, { version: 1, id }).catch(() => undefined);
  return { id, name };
}

let processDevice: Promise<LocalDevice> | null = null;

/** loadLocalDevice for this process's environment, loaded once. */
export function localDevice(): Promise<LocalDevice> {
  processDevice ??= loadLocalDevice(process.env, process.platform, process.env['HOME'] ?? process.env['USERPROFILE'] ?? '.');
  return processDevice;
}
