import type { ServerRow } from './server-row.ts';
import { en } from '../strings/en.ts';
import { lc } from '../strings/lifecycle.ts';

export type { ServerRow };


const UNREACHED = new Set(['DNS_FAILURE', 'CONNECTION_REFUSED', 'TIMEOUT']);

/** Incoming and outgoing results side by side; unreached servers say "not tested yet", codes sit in a details toggle. */
export function ServerResults({ rows, testId }: { rows: readonly ServerRow[]; testId: string }) {
  return (
    <ul className="server-results" data-testid={testId}>
      {rows.map((row) => {
        const category = row.result?.category ?? null;
        const tone = row.skipped ? 'muted' : category === 'OK' ? 'success' : category && UNREACHED.has(category) ? 'warning' : 'error';
        return (
          <li key={row.which} className={`notice ${tone}`} data-testid={`${testId}-${row.which}`} data-category={category ?? 'SKIPPED'}>
            <p style={{ margin: 0 }}>
              <strong>{row.which === 'incoming' ? lc.test.incoming : lc.test.outgoing}</strong>{' '}
              <span className="small">
                {en.wizard.protocols[row.protocol]} · {row.host}:{row.port}
              </span>
            </p>
            {row.skipped ? (
              <p style={{ margin: 0 }}>{lc.test.skipped}</p>
            ) : row.result ? (
              <>
                <p style={{ margin: 0 }}>
                  <strong>{lc.categories[row.result.category]}</strong>
                </p>
                <p style={{ margin: 0 }}>{UNREACHED.has(row.result.category) ? lc.test.notTested : row.result.advice}</p>
                <details className="small">
                  <summary>{lc.test.details}</summary>
                  <span className="mono">
                    {row.result.category}
                    {row.result.detail ? ` · ${row.result.detail}` : ''} · {en.wizard.took(row.result.elapsedMs)}
                  </span>
                </details>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
