/**
 * Brings the body JSON of an older format version to the current model before it is validated.
 * Versions 1 and 2 spelled the entry field `favorite`; it is `favourite` from format 3 on.
 * Anything that is not the expected shape is left for the schema to reject.
 */
export function upgradeBodyJson(json: unknown, version: number): unknown {
  if (version >= 3 || typeof json !== 'object' || json === null) return json;
  const entries = (json as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return json;
  for (const entry of entries as unknown[]) {
    if (typeof entry !== 'object' || entry === null || !('favorite' in entry) || 'favourite' in entry) continue;
    const e = entry as Record<string, unknown>;
    e['favourite'] = e['favorite'];
    delete e['favorite'];
  }
  return json;
}
