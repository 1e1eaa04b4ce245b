import { useId, useRef, useState } from 'react';
import type { ErrorPayload, ExportFormat } from '../../../../electron/contract/index.ts';
import { EXPORT_FORMATS } from '../../../../electron/contract/limits.ts';
import { api } from '../../api.ts';
import { Dialog, ErrorNote, MasterPasswordInput, Progress, StrengthMeter } from '../../components/index.ts';
import { base64ToBytes } from '../../lib/base64.ts';
import { downloadFile } from '../../lib/download.ts';
import { useCanPickFiles } from '../../lib/use-can-pick-files.ts';
import { takeValue } from '../../lib/take-value.ts';
import { useTypedStrength } from '../../lib/use-typed-strength.ts';
import { en } from '../../strings/en.ts';


export function ExportDialog({ onClose, onExported }: { onClose: () => void; onExported: (message: string) => void }) {
  const t = en.interop;
  const id = useId();
  const passwordRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const strength = useTypedStrength(passwordRef);
  const masterRef = useRef<HTMLInputElement>(null);
  const canPick = useCanPickFiles();
  const [format, setFormat] = useState<ExportFormat>('kdbx');
  const [confirmPlaintext, setConfirmPlaintext] = useState(false);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const plaintext = format === 'csv';

  /**
   * Where the host has file dialogs, the main process asks where to save and the export is written
   * there (the window only holds a one-time grant); elsewhere the file comes back as a download.
   * A CSV export needs the master password again; an encrypted one asks for its password twice (the
   * core compares them) and rates it as it is typed.
   */
  const run = async () => {
    setError(null);
    let grant: string | undefined;
    if (canPick) {
      const choice = await api().interop.pickExportFile({ format });
      if (!choice.ok) return setError(choice.error);
      if (choice.value.grant === null) return;
      grant = choice.value.grant;
    }
    const password = plaintext ? undefined : takeValue(passwordRef.current) || undefined;
    const passwordConfirm = plaintext ? undefined : takeValue(confirmRef.current) || undefined;
    strength.clear();
    const masterPassword = plaintext ? takeValue(masterRef.current) || undefined : undefined;
    setBusy(true);
    const r = await api().interop.exportFile({
      format,
      ...(plaintext ? { confirmPlaintext, ...(masterPassword ? { masterPassword } : {}) } : { ...(password ? { password } : {}), ...(passwordConfirm ? { passwordConfirm } : {}) }),
      ...(grant === undefined ? {} : { grant }),
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    if (r.value.base64) downloadFile(r.value.fileName, r.value.mimeType, base64ToBytes(r.value.base64));
    onExported(t.exported(r.value.path ?? r.value.fileName, r.value.entries));
  };

  return (
    <Dialog
      title={t.exportTitle}
      onClose={onClose}
      testId="export-dialog"
      footer={
        busy ? (
          <Progress label={en.common.working} />
        ) : (
          <>
            <button type="button" className="btn" onClick={onClose}>{en.common.cancel}</button>
            <button type="button" className="btn primary" disabled={plaintext && !confirmPlaintext} onClick={() => void run()} data-testid="export-run">
              {t.exportButton}
            </button>
          </>
        )
      }
    >
      <div className="field">
        <label htmlFor={`${id}-fmt`}>{t.format}</label>
        <select id={`${id}-fmt`} className="input" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-autofocus>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>{t.formats[f]}</option>
          ))}
        </select>
      </div>
      {plaintext ? (
        <>
          <p className="notice warning small">{t.plaintextWarning}</p>
          <label className="check">
            <input type="checkbox" checked={confirmPlaintext} onChange={(e) => setConfirmPlaintext(e.target.checked)} />
            {t.confirmPlaintext}
          </label>
          <div className="field">
            <label htmlFor={`${id}-m`}>{t.masterPasswordAgain}</label>
            <MasterPasswordInput id={`${id}-m`} ref={masterRef} aria-describedby={`${id}-mh`} data-testid="export-master-password" />
            <span className="hint" id={`${id}-mh`}>{t.masterPasswordAgainHint}</span>
          </div>
        </>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-p`}>{t.exportPassword}</label>
            <MasterPasswordInput id={`${id}-p`} ref={passwordRef} onInput={strength.onInput} aria-describedby={`${id}-ph ${id}-pm`} data-testid="export-password" />
            <span className="hint" id={`${id}-ph`}>{t.exportPasswordHint}</span>
            <StrengthMeter id={`${id}-pm`} strength={strength.view} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-c`}>{t.exportPasswordAgain}</label>
            <MasterPasswordInput id={`${id}-c`} ref={confirmRef} data-testid="export-password-confirm" />
          </div>
        </>
      )}
      <ErrorNote error={error} />
    </Dialog>
  );
}
