import { useCallback, useEffect, useRef, useState } from 'react';
import type { MergeReport, SyncResult } from '../../../../electron/contract/index.ts';
import { api, backgroundApi } from '../../api.ts';
import { Dialog, useToast } from '../../components/index.ts';
import { syncText as t } from '../../strings/sync.ts';
import { CopyPasswordForm } from './CopyPasswordForm.tsx';

/** Fired on window after a merge changed the vault: a screen showing entries may reload them. */
export const MERGED_EVENT = 'apppass:merged';

/** How often, while unlocked, the vault's folder is checked for copies from other computers. */
const CHECK_EVERY_MS = 60_000;
const FIRST_CHECK_MS = 1_500;

function isEmpty(r: MergeReport): boolean {
  return r.added.length + r.changed.length + r.deleted.length + r.conflicts.length === 0 && !r.passwordChanged;
}

/**
 * Merges copies of the vault from other computers on unlock and every minute (sync.run), and shows
 * what a merge did as a toast with details — also a merge made by a save over a changed file
 * (sync.lastReport). `onMerged` lets the screens reload.
 */
export function MergeReportToast({ onMerged }: { onMerged: () => void }) {
  const toast = useToast();
  const [details, setDetails] = useState<{ report: MergeReport; skipped: SyncResult['skipped'] } | null>(null);
  const shown = useRef<string>('null');
  const show = useCallback(
    (report: MergeReport, skipped: SyncResult['skipped']) => {
      if (isEmpty(report) && skipped.length === 0) return;
      onMerged();
      toast({ message: skipped.length > 0 && isEmpty(report) ? t.report.skipped(skipped[0]?.file ?? '', skipped[0]?.message ?? '') : t.report.summary(report), action: { label: t.report.details, run: () => setDetails({ report, skipped }) }, duration: 12_000 });
    },
    [toast, onMerged],
  );
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const run = await backgroundApi().sync.run();
      if (stopped) return;
      if (run.ok) {
        shown.current = JSON.stringify(run.value.report);
        show(run.value.report, run.value.skipped);
      }
      const last = await backgroundApi().sync.lastReport();
      if (stopped || !last.ok || last.value === null) return;
      const key = JSON.stringify(last.value);
      if (key !== shown.current) {
        shown.current = key;
        show(last.value, []);
      }
    };
    // A moment after unlock, so the first screen loads first; then every minute.
    const first = window.setTimeout(() => void check(), FIRST_CHECK_MS);
    const timer = window.setInterval(() => void check(), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [show]);
  return details === null ? null : (
    <MergeReportDetails
      report={details.report}
      skipped={details.skipped}
      onClose={() => setDetails(null)}
      onMergedAgain={(result) => {
        onMerged();
        setDetails({ report: result.report, skipped: result.skipped });
      }}
    />
  );
}

/** The report in full: each entry by account and label (an id when it is gone). */
function MergeReportDetails({ report, skipped, onClose, onMergedAgain }: { report: MergeReport; skipped: SyncResult['skipped']; onClose: () => void; onMergedAgain: (result: SyncResult) => void }) {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    void api()
      .entries.list()
      .then((r) => r.ok && setNames(new Map(r.value.map((e) => [e.id, e.label === '' ? e.account : `${e.account} (${e.label})`]))));
  }, []);
  const section = (title: string, ids: readonly string[]) =>
    ids.length === 0 ? null : (
      <section>
        <h3>
          {title} <span className="badge">{ids.length}</span>
        </h3>
        <ul className="small">
          {ids.slice(0, 50).map((id) => (
            <li key={id}>{names.get(id) ?? <code>{id}</code>}</li>
          ))}
        </ul>
      </section>
    );
  return (
    <Dialog title={t.report.title} onClose={onClose} testId="merge-report" footer={<button type="button" className="btn" onClick={onClose}>{t.report.close}</button>}>
      <p>{t.report.summary(report)}</p>
      {report.passwordChanged && <p className="notice">{t.report.passwordChanged}</p>}
      {section(t.report.copies, report.copies)}
      {section(t.report.added, report.added)}
      {section(t.report.changed, report.changed)}
      {section(t.report.deleted, report.deleted)}
      {section(t.report.conflicts, report.conflicts)}
      {skipped.map((s) =>
        s.code === 'COPY_PASSWORD_REQUIRED' || s.code === 'WRONG_PASSWORD' ? (
          <CopyPasswordForm key={s.file} file={s.file} onMerged={onMergedAgain} />
        ) : (
          <p className="notice warn" key={s.file}>
            {t.report.skipped(s.file, s.message)}
          </p>
        ),
      )}
    </Dialog>
  );
}
