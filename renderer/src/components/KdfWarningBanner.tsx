import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { en } from '../strings/en.ts';

/**
 * A warning while the open vault's key-derivation settings are below AppPass's recommended minimum
 * (vault.info's kdfBelowRecommended; a vault a script made with low --kdf-* flags, finding L8):
 * such a file is cheaper to guess if it is stolen. Re-calibrate (Settings) raises them.
 */
export function KdfWarningBanner() {
  const [below, setBelow] = useState(false);
  useEffect(() => {
    let mounted = true;
    void api()
      .vault.info()
      .then((r) => mounted && r.ok && setBelow(r.value.kdfBelowRecommended));
    return () => {
      mounted = false;
    };
  }, []);
  if (!below) return null;
  return (
    <div className="notice warning" data-testid="kdf-warning" style={{ marginBottom: 'var(--space-3)' }}>
      <strong>{en.kdfWarning.title}</strong> {en.kdfWarning.advice}
    </div>
  );
}
