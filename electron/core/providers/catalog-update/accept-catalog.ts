import { catalogSchema, type Catalog } from '../../../contract/calls/providers.ts';
import { AppError } from '../../errors/index.ts';
import { PROVIDER_FORMATS } from '../../provider-formats/index.ts';
import { daysBetween } from '../../platform/today.ts';
import { CATALOG_MAX_BYTES } from '../../../contract/limits.ts';
import { verifyMinisign, type MinisignPublicKey } from './minisign.ts';

export { CATALOG_MAX_BYTES };

export type Acceptance = { kind: 'newer'; catalog: Catalog } | { kind: 'same'; catalog: Catalog };

/** Parses and checks a catalog's bytes against the schema; format ids this build does not know become null. */
export function parseCatalog(payload: Uint8Array): Catalog {
  if (payload.byteLength > CATALOG_MAX_BYTES) throw new AppError('CATALOG_INVALID', `The catalog is larger than ${CATALOG_MAX_BYTES} bytes.`);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    throw new AppError('CATALOG_INVALID', 'The catalog is not JSON.');
  }
  const parsed = catalogSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError('CATALOG_INVALID', `The catalog does not match the catalog schema (${first?.path.join('.') ?? ''}: ${first?.message ?? ''}).`);
  }
  const known = new Set(Object.keys(PROVIDER_FORMATS));
  for (const p of parsed.data.providers) if (p.appPasswords.formatId !== null && !known.has(p.appPasswords.formatId)) p.appPasswords.formatId = null;
  return parsed.data;
}

/**
 * Decides whether a signed catalog may replace `inUse`, in this order: the signature (with the
 * trusted key), the schema, the version (older → CATALOG_ROLLBACK; the same → 'same'), the
 * expiry (passed on `today` → CATALOG_EXPIRED). Pure: it changes nothing, so a refusal leaves
 * the catalog in use as it was.
 */
export function acceptCatalog(payload: Uint8Array, signatureFile: string, key: MinisignPublicKey, inUse: Catalog, today: string): Acceptance {
  verifyMinisign(payload, signatureFile, key);
  const catalog = parseCatalog(payload);
  if (catalog.version < inUse.version) {
    throw new AppError('CATALOG_ROLLBACK', `The catalog offered is version ${catalog.version}, older than version ${inUse.version} in use.`, {
      details: { offered: catalog.version, inUse: inUse.version },
    });
  }
  if (daysBetween(catalog.expires, today) > 0) {
    throw new AppError('CATALOG_EXPIRED', `The catalog offered (version ${catalog.version}) expired on ${catalog.expires}.`, { details: { expires: catalog.expires } });
  }
  return catalog.version === inUse.version ? { kind: 'same', catalog } : { kind: 'newer', catalog };
}
