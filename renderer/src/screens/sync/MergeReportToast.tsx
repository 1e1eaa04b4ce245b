import { useCallback, useEffect, useRef, useState } from 'react';
import type { MergeReport, SyncResult } from '../../../../electron/contract/index.ts';
import { api, backgroundApi } from '../../api.ts';
import { Dialog, useToast } from '../../components/index.ts';
import { syncText as t } from '../../strings/sync.ts';
import { CopyPasswordForm } from './CopyPasswordForm.tsx';

/** Fired on window after a merge changed the vault: a screen showing entries may reload them. */
export const MERGED_EVENT = 'apppass:merged';

/** How often the app asks the host for a merge it ran (in memory there: cheap). */
const POLL_MS = 2_000;

function isEmpty(r: MergeReport): boolean {
  return r.added.length + r.changed.length + r.deleted.length + r.conflicts.length === 0 && !r.passwordChanged;
}

/**
 * Shows what a merge did as a toast with details: the merges the host runs by itself on unlock and
 * when the vault's folder changes (host-kit/copy-watch.ts; sync.lastRun, each shown once), and a
 * merge made by a save over a changed file (sync.lastReport). `onMerged` lets the screens reload.
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
  const seen = useRef(0);
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      const run = await backgroundApi().sync.lastRun();
      const last = await backgroundApi().sync.lastReport();
      if (stopped) return;
      const key = last.ok && last.value !== null ? JSON.stringify(last.value) : 'null';
      if (run.ok && run.value !== null && run.value.seq > seen.current) {
        // The run's own merges are in it: the session's last report is one of them.
        seen.current = run.value.seq;
        shown.current = key;
        show(run.value.result.report, run.value.result.skipped);
        return;
      }
      if (last.ok && last.value !== null && key !== shown.current) {
        shown.current = key;
        show(last.value, []);
      }
    };
    void check();
    const timer = window.setInterval(() => void check(), POLL_MS);
    return () => {
      stopped = true;
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
