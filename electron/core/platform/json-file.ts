import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';

/**
 * Small non-secret JSON files a host keeps beside the vault (shell settings, the vault's location).
 * A missing, unreadable, damaged or foreign file reads as null: the caller's defaults apply.
 */
export function parseJsonText<S extends z.ZodType>(text: string, schema: S): z.output<S> | null {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function readJsonFile<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | null> {
  try {
    return parseJsonText(await readFile(file, 'utf8'), schema);
  } catch {
    return null;
  }
}

/** Writes `value` as JSON atomically (temporary file, mode 0600, then rename); a new folder is 0700. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await rename(tmp, file);
}
