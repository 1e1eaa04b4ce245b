import type { DiscoveryWarning } from '../../../../electron/contract/calls/providers.ts';
import { en } from '../../strings/en.ts';
import { warningsForServer } from './server-warnings.ts';

/**
 * Next to a discovered server: why discovery kept a server that sends the password unencrypted or
 * sits on this computer or the local network (L11), in plain words. Nothing when there is none.
 */
export function ServerWarnings({ warnings, server, testId }: { warnings: readonly DiscoveryWarning[] | undefined; server: { host: string; port: number } | null | undefined; testId: string }) {
  const mine = warningsForServer(warnings, server);
  if (mine.length === 0) return null;
  return (
    <div className="notice warning small" data-testid={testId}>
      {mine.map((w) => (
        <p key={w.code} style={{ margin: 0 }} data-code={w.code}>
          {en.wizard.serverWarning[w.code](`${w.host}:${w.port}`)}
        </p>
      ))}
    </div>
  );
}
