import { useId, useRef, useState } from 'react';
import type { ErrorPayload } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { bytesToBase64 } from '../../lib/base64.ts';
import { useCanPickFiles } from '../../lib/use-can-pick-files.ts';
import { en } from '../../strings/en.ts';

/** What providers.updateCatalog takes from a file: a grant from the host's dialog, or the uploaded files. */
export type CatalogFileSource = { grant: string } | { upload: { catalogBase64: string; signature: string; name: string } };

interface Props {
  busy: boolean;
  onSource: (source: CatalogFileSource) => void;
  onError: (error: ErrorPayload) => void;
}

const SIGNATURE_SUFFIX = '.minisig';

/**
 * "Update from a catalog file". Where the host has file dialogs (Electron), "Choose file…" opens the
 * main process's dialog and the window holds only a grant; elsewhere (the browser host) the user
 * uploads the catalog and its .minisig together. The window never names a path (H2).
 */
export function CatalogFileUpdate({ busy, onSource, onError }: Props) {
  const t = en.settings;
  const id = useId();
  const canPick = useCanPickFiles();
  const fileRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = async () => {
    const r = await api().providers.pickCatalogFile();
    if (!r.ok) return onError(r.error);
    if (r.value.grant !== null) onSource({ grant: r.value.grant });
  };

  const upload = async () => {
    setProblem(null);
    const files = [...(fileRef.current?.files ?? [])];
    const signature = files.find((f) => f.name.endsWith(SIGNATURE_SUFFIX));
    const catalog = files.find((f) => !f.name.endsWith(SIGNATURE_SUFFIX));
    if (!signature || !catalog) return setProblem(t.catalogFileMissing);
    onSource({ upload: { catalogBase64: bytesToBase64(new Uint8Array(await catalog.arrayBuffer())), signature: await signature.text(), name: catalog.name } });
  };

  return (
    <div className="setting" data-testid="catalog-file">
      <div className="text">
        <label htmlFor={`${id}-file`} style={{ fontWeight: 600 }}>{t.catalogFile}</label>
        <div className="hint">{canPick ? t.catalogFileHint : t.catalogFileUploadHint}</div>
        {!canPick && <input id={`${id}-file`} ref={fileRef} type="file" multiple accept=".json,.minisig" className="input" onChange={() => setProblem(null)} data-testid="catalog-file-input" />}
        {problem && <p className="field-error" role="alert" style={{ margin: 0 }}>{problem}</p>}
      </div>
      {canPick ? (
        <button id={`${id}-file`} type="button" className="btn" disabled={busy} onClick={() => void choose()} data-testid="catalog-file-choose">
          {t.catalogFileChoose}
        </button>
      ) : (
        <button type="button" className="btn" disabled={busy} onClick={() => void upload()} data-testid="catalog-file-update">
          {t.catalogFileInstall}
        </button>
      )}
    </div>
  );
}
