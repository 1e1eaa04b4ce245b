import { useEffect, useState } from 'react';
import type { AppInfo, ErrorPayload } from '../../electron/contract/index.ts';
import { api } from './api.ts';

export function App() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    void api().app.info().then((r) => (r.ok ? setInfo(r.value) : setError(r.error)));
  }, []);
  return (
    <main>
      <h1>AppPass</h1>
      {error && <p role="alert">{error.message}</p>}
      {info && (
        <dl aria-label="About this app">
          <dt>Version</dt>
          <dd data-testid="app-version">{info.version}</dd>
          <dt>Platform</dt>
          <dd data-testid="app-platform">{info.platform}</dd>
          <dt>Vault</dt>
          <dd data-testid="app-vault-path">{info.vaultPath}</dd>
        </dl>
      )}
    </main>
  );
}
