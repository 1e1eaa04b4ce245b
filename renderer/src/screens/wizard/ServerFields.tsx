import { useEffect, useId, useState } from 'react';
import type { ResolvedServer, Security } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';
import { lc } from '../../strings/lifecycle.ts';
import { ENTRY_LIMITS, PORT_RANGE } from '../../../../electron/contract/limits.ts';
import { hostIsUsable } from './wizard-state.ts';

const HOST_MAX = ENTRY_LIMITS.host;

const SECURITIES: Security[] = ['ssl', 'starttls', 'none'];

interface Props {
  legend: string;
  server: ResolvedServer;
  /** Incoming servers may switch between IMAP and POP3. */
  protocols: readonly ('imap' | 'pop3' | 'smtp')[];
  onChange: (patch: Partial<ResolvedServer>) => void;
  testId: string;
}

/** Host, port, security and user name of one server, editable. */
export function ServerFields({ legend, server, protocols, onChange, testId }: Props) {
  const t = en.wizard;
  const id = useId();
  // An empty host is not an error yet (Next simply waits); a host the contract refuses says why.
  const hostOk = server.host === '' || hostIsUsable(server.host);
  return (
    <fieldset className="card stack" style={{ margin: 0 }} data-testid={testId}>
      <legend className="field-label" style={{ padding: '0 4px' }}>{legend}</legend>
      <div className="grid-2">
        {protocols.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-proto`}>{t.protocol}</label>
            <select id={`${id}-proto`} className="input" value={server.protocol} onChange={(e) => onChange({ protocol: e.target.value as ResolvedServer['protocol'] })}>
              {protocols.map((p) => (
                <option key={p} value={p}>{t.protocols[p]}</option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-host`}>{t.host}</label>
          <input
            id={`${id}-host`}
            className="input mono"
            value={server.host}
            maxLength={HOST_MAX}
            spellCheck={false}
            aria-invalid={!hostOk}
            aria-describedby={hostOk ? undefined : `${id}-host-error`}
            onChange={(e) => onChange({ host: e.target.value.trim() })}
            data-testid={`${testId}-host`}
          />
          {!hostOk && (
            <span className="field-error" id={`${id}-host-error`} data-testid={`${testId}-host-error`}>
              {t.hostRule(HOST_MAX)}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-port`}>{t.port}</label>
<PortInput id={`${id}-port`} port={server.port} onPort={(port) => onChange({ port })} testId={`${testId}-port`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sec`}>{t.security}</label>
          <select id={`${id}-sec`} className="input" value={server.security} onChange={(e) => onChange({ security: e.target.value as Security })} data-testid={`${testId}-security`}>
            {SECURITIES.map((s) => (
              <option key={s} value={s}>{t.securities[s]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-user`}>{t.username}</label>
          <input id={`${id}-user`} className="input mono" value={server.username} maxLength={ENTRY_LIMITS.username} spellCheck={false} onChange={(e) => onChange({ username: e.target.value })} />
        </div>
      </div>
      {server.security === 'none' && <p className="notice warning small" role="alert" data-testid={`${testId}-unencrypted`}>{lc.wizard.unencrypted}</p>}
    </fieldset>
  );
}

/** The port as typed: it may be emptied while editing; only a whole number from 1 to 65535 is taken, otherwise it says so. */
function PortInput({ id, port, onPort, testId }: { id: string; port: number; onPort: (port: number) => void; testId: string }) {
  const [text, setText] = useState(String(port));
  // 0 is what this field reports while its text is not a port: the wizard then waits (serverIsUsable).
  useEffect(() => setText((current) => (port === 0 || Number(current) === port ? current : String(port))), [port]);
  const n = Number(text);
  const valid = /^[0-9]{1,5}$/.test(text) && n >= PORT_RANGE.min && n <= PORT_RANGE.max;
  return (
    <>
      <input
        id={id}
        className="input mono"
        inputMode="numeric"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(e) => {
          const next = e.target.value.trim();
          setText(next);
          const value = Number(next);
          onPort(/^[0-9]{1,5}$/.test(next) && value >= PORT_RANGE.min && value <= PORT_RANGE.max ? value : 0);
        }}
        data-testid={testId}
      />
      {!valid && (
        <span className="field-error" id={`${id}-error`}>
          {lc.wizard.portRange}
        </span>
      )}
    </>
  );
}
