import { useEffect, useId, useState, type FormEvent } from 'react';
import type { CatalogInfo, ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { ErrorNote, Progress, useToast } from '../../components/index.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { en } from '../../strings/en.ts';
import { CatalogFileUpdate, type CatalogFileSource } from './CatalogFileUpdate.tsx';

/**
 * The provider catalog in use (version, age, origin), a button that checks for a signed update,
 * an update from an https address or a catalog file (dialog or upload, never a typed path), and the automatic-check switch (off by default).
 */
export function CatalogSetting() {
  const t = en.settings;
  const id = useId();
  const toast = useToast();
  const { reload } = useProviders();
  const [info, setInfo] = useState<CatalogInfo | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [from, setFrom] = useState('');

  useEffect(() => {
    void api()
      .providers.catalogStatus()
      .then((r) => (r.ok ? setInfo(r.value) : setError(r.error)));
  }, []);

  const update = async (source: { from: string } | CatalogFileSource | Record<string, never> = {}) => {
    setBusy(true);
    setError(null);
    const r = await api().providers.updateCatalog(source);
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setInfo(r.value.catalog);
    toast({ message: r.value.installed ? t.catalogInstalled(r.value.catalog.version) : t.catalogUnchanged(r.value.catalog.version) });
    if (r.value.installed) reload();
  };

  const fromSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (from.trim() !== '') void update({ from: from.trim() });
  };

  const setAuto = async (autoCheck: boolean) => {
    setError(null);
    const r = await api().providers.setCatalogSettings({ autoCheck });
    if (r.ok) setInfo(r.value);
    else setError(r.error);
  };

  return (
    <>
      <div className="setting" data-testid="catalog-setting">
        <div className="text">
          <span style={{ fontWeight: 600 }}>{t.catalogInUse}</span>
          <div className="hint">{t.catalogHint}</div>
          {info && (
            <div className="hint" data-testid="catalog-state" data-version={info.version} data-origin={info.origin}>
              {t.catalogVersion(info.version, info.date, info.ageDays)} {info.origin === 'built-in' ? t.catalogBuiltIn : t.catalogFromUpdate(info.updateSource ?? '', info.installedOn ?? '')}
              {info.expired && <strong> {t.catalogExpired(info.expires)}</strong>}
              {info.storedUpdateIgnored !== null && <> {t.catalogIgnored(info.storedUpdateIgnored)}</>}
            </div>
          )}
        </div>
        <button type="button" className="btn" disabled={busy} onClick={() => void update()} data-testid="catalog-check">
          {t.catalogCheck}
        </button>
      </div>
      <form className="setting" onSubmit={fromSubmit}>
        <div className="text">
          <label htmlFor={`${id}-from`} style={{ fontWeight: 600 }}>{t.catalogFrom}</label>
          <div className="hint">{t.catalogFromHint}</div>
          <input id={`${id}-from`} className="input mono" value={from} onChange={(e) => setFrom(e.target.value)} type="url" placeholder="https://example.org/catalog.json" data-testid="catalog-from" />
        </div>
        <button type="submit" className="btn" disabled={busy || from.trim() === ''} data-testid="catalog-from-update">
          {t.catalogFromButton}
        </button>
      </form>
      <CatalogFileUpdate busy={busy} onSource={(source) => void update(source)} onError={setError} />
      <div className="setting">
        <div className="text">
          <label htmlFor={`${id}-auto`} style={{ fontWeight: 600 }}>{t.catalogAuto}</label>
          {info && <div className="hint">{t.catalogAutoHint(info.updateUrl)}</div>}
        </div>
        <input id={`${id}-auto`} type="checkbox" style={{ width: 18, height: 18 }} checked={info?.autoCheck ?? false} disabled={!info} onChange={(e) => void setAuto(e.target.checked)} data-testid="catalog-auto" />
      </div>
      {busy && <Progress label={t.catalogChecking} />}
      <ErrorNote error={error} />
    </>
  );
}
