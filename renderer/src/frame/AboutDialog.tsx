import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../electron/contract/index.ts';
import { api } from '../api.ts';
import { Dialog } from '../components/index.ts';
import { en } from '../strings/en.ts';

/** Version, platform and vault path: shown in the About dialog and in Settings. */
export function AboutFacts() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void api().app.info().then((r) => r.ok && setInfo(r.value));
  }, []);
  if (!info) return null;
  return (
    <dl className="kv" aria-label={en.about.title}>
      <dt>{en.about.version}</dt>
      <dd data-testid="app-version">{info.version}</dd>
      <dt>{en.about.platform}</dt>
      <dd data-testid="app-platform">{info.platform}</dd>
      <dt>{en.about.vault}</dt>
      <dd data-testid="app-vault-path" className="mono">{info.vaultPath}</dd>
    </dl>
  );
}

export function AboutDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title={en.about.title} onClose={onClose} testId="about-dialog">
      <p className="muted">{en.tagline}</p>
      <AboutFacts />
    </Dialog>
  );
}
