import { useId, useRef, useState, type FormEvent } from 'react';
import type { ErrorPayload, ImportFormat, ImportPreview } from '../../../../electron/contract/index.ts';
import { IMPORT_FORMATS, needsPassword } from '../../../../electron/contract/limits.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, MasterPasswordInput, Progress } from '../../components/index.ts';
import { bytesToBase64 } from '../../lib/base64.ts';
import { useCanPickFiles } from '../../lib/use-can-pick-files.ts';
import { useProviders } from '../../frame/providers-context.tsx';
import { en } from '../../strings/en.ts';

const MAX_BYTES = 50 * 1024 * 1024;

function guessFormat(name: string): ImportFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.kdbx')) return 'kdbx';
  if (lower.endsWith('.csv')) return lower.includes('bitwarden') ? 'bitwarden-csv' : 'csv';
  if (lower.endsWith('.json')) return lower.includes('bitwarden') ? 'bitwarden-json' : 'json';
  return 'csv';
}

/**
 * Preview first (changes nothing), then import the rows left ticked, all or nothing (rows the core
 * could not read are skipped and listed). The file password field is uncontrolled.
 * Where the host has file dialogs the main process opens the file and the window holds only a grant
 * (it never sees the file's secrets); elsewhere the file's bytes are uploaded as base64.
 */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (count: number) => void }) {
  const t = en.interop;
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const content = useRef<string | null>(null);
  // The chosen file is read asynchronously: Preview waits for it instead of saying "choose a file".
  const reading = useRef<Promise<void> | null>(null);
  const { byId } = useProviders();
  // Rows of the preview the user unticked (by their `where`); every row to add starts ticked.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const canPick = useCanPickFiles();
  const [chosen, setChosen] = useState<{ grant: string; path: string } | null>(null);
  const [format, setFormat] = useState<ImportFormat>('kdbx');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const withPassword = needsPassword(format);

  const onFile = () => {
    setPreview(null);
    setProblem(null);
    const file = fileRef.current?.files?.[0];
    content.current = null;
    if (!file) return;
    if (file.size > MAX_BYTES) return setProblem(t.tooLarge);
    setFormat(guessFormat(file.name));
    reading.current = file.arrayBuffer().then((bytes) => {
      content.current = bytesToBase64(new Uint8Array(bytes));
    });
  };

  const choose = async () => {
    setPreview(null);
    setProblem(null);
    const r = await api().interop.pickImportFile({ format });
    if (!r.ok) return setError(r.error);
    if (r.value.grant === null || r.value.path === null) return;
    setChosen({ grant: r.value.grant, path: r.value.path });
    setFormat(guessFormat(r.value.path));
  };

  const input = () => {
    const password = withPassword ? passwordRef.current?.value || undefined : undefined;
    const source = chosen ? { grant: chosen.grant } : { contentBase64: content.current ?? '' };
    const only = preview && unticked.size > 0 ? preview.rows.filter((r) => r.status === 'add' && !unticked.has(r.where)).map((r) => r.where) : undefined;
    return { format, ...source, ...(password ? { password } : {}), ...(only ? { only } : {}) };
  };

  const run = async (event: FormEvent, apply: boolean) => {
    event.preventDefault();
    await reading.current;
    if (!content.current && !chosen) return setProblem(t.noFile);
    setBusy(true);
    setError(null);
    if (apply) {
      const r = await api().interop.applyImport(input());
      setBusy(false);
      if (!r.ok) return setError(r.error);
      if (passwordRef.current) passwordRef.current.value = '';
      content.current = null;
      setChosen(null);
      onImported(r.value.added);
    } else {
      const r = await api().interop.previewImport(input());
      setBusy(false);
      if (!r.ok) return setError(r.error);
      setUnticked(new Set());
      setPreview(r.value);
    }
  };

  return (
    <Dialog
      title={t.importTitle}
      onClose={onClose}
      testId="import-dialog"
      footer={
        busy ? (
          <Progress label={en.common.working} />
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>{en.common.cancel}</button>
            <button type="button" className="btn" onClick={(e) => void run(e, false)} data-testid="import-preview">{t.preview}</button>
            <button type="button" className="btn primary" disabled={!preview || preview.adds - unticked.size <= 0} onClick={(e) => void run(e, true)} data-testid="import-apply">
              {t.apply}
            </button>
          </>
        )
      }
    >
      <form className="stack" onSubmit={(e) => void run(e, false)}>
        <div className="field">
          <label htmlFor={`${id}-f`}>{t.file}</label>
          {canPick ? (
            <div className="row">
              <button id={`${id}-f`} type="button" className="btn" onClick={() => void choose()} data-testid="import-choose" data-autofocus>{t.chooseFile}</button>
              {chosen && <span className="small mono" style={{ overflowWrap: 'anywhere' }}>{t.chosenFile(chosen.path)}</span>}
            </div>
          ) : (
            <input id={`${id}-f`} ref={fileRef} type="file" className="input" onChange={onFile} data-testid="import-file" data-autofocus />
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-fmt`}>{t.format}</label>
          <select id={`${id}-fmt`} className="input" value={format} onChange={(e) => { setFormat(e.target.value as ImportFormat); setPreview(null); }}>
            {IMPORT_FORMATS.map((f) => (
              <option key={f} value={f}>{t.formats[f]}</option>
            ))}
          </select>
        </div>
        {format === 'csv' && <p className="hint" style={{ margin: 0 }} data-testid="import-csv-columns">{t.csvColumns}</p>}
        {withPassword && (
          <div className="field">
            <label htmlFor={`${id}-p`}>{t.filePassword}</label>
            <MasterPasswordInput id={`${id}-p`} ref={passwordRef} aria-describedby={`${id}-ph`} />
            <span className="hint" id={`${id}-ph`}>{t.filePasswordHint}</span>
          </div>
        )}
        {problem && <p className="field-error" role="alert">{problem}</p>}
        <ErrorNote error={error} />
        {preview && (
          <div className="stack" data-testid="import-summary">
            <p className="row" style={{ margin: 0 }}>
              <span className="badge confirmed">{t.adds(preview.adds)}</span>
              <span className="badge">{t.duplicates(preview.duplicates)}</span>
              <span className="badge reported">{t.skipped(preview.skipped)}</span>
            </p>
            <div className="table-wrap" style={{ maxHeight: 200 }} tabIndex={0} aria-label={t.preview}>
              <table className="table">
                <tbody>
                  {preview.rows.slice(0, 100).map((row) => (
                    <tr key={row.where}>
                      <td>
                        {row.status === 'add' && (
                          <input
                            type="checkbox"
                            checked={!unticked.has(row.where)}
                            aria-label={t.importRow(row.account, row.label)}
                            onChange={(e) => {
                              const next = new Set(unticked);
                              if (e.target.checked) next.delete(row.where);
                              else next.add(row.where);
                              setUnticked(next);
                            }}
                            data-testid="import-row-check"
                          />
                        )}
                      </td>
                      <td>{row.account}</td>
                      <td>{row.label}</td>
                      <td className="muted small">{row.status === 'duplicate' ? t.duplicates(1) : (row.provider === 'custom' ? t.otherProvider : (byId(row.provider)?.shortName ?? row.provider))}</td>
                    </tr>
                  ))}
                  {preview.skippedItems.slice(0, 50).map((s) => (
                    <tr key={`skip-${s.where}`}>
                      <td />
                      <td className="muted">{s.where}</td>
                      <td colSpan={2} className="muted small">{s.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </form>
    </Dialog>
  );
}
