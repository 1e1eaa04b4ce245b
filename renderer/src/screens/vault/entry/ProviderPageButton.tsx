import { useState } from 'react';
import { CopyField, Icon } from '../../../components/index.ts';
import { openExternal } from '../../../lib/open-external.ts';
import { lc } from '../../../strings/lifecycle.ts';

/** Opens the provider's app-password page; where this build cannot open a browser it says so and offers the address to copy. */
export function ProviderPageButton({ url, label, testId, primary = false }: { url: string; label: string; testId: string; primary?: boolean }) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button type="button" className={`btn${primary ? ' primary' : ''}`} onClick={() => void openExternal(url).then((ok) => setFailed(!ok))} data-testid={testId}>
        <Icon name="external" /> {label}
      </button>
      {failed && (
        <div className="notice info small" role="status" style={{ flexBasis: '100%' }}>
          <p style={{ margin: 0 }}>{lc.setup.noBrowser(url)}</p>
          <dl className="kv">
            <CopyField label={label} value={url} />
          </dl>
        </div>
      )}
    </>
  );
}
