import { useEffect, useState } from 'react';
import type { VaultDevice } from '../../../../electron/contract/index.ts';
import { api } from '../../api.ts';
import { formatDateTime } from '../../lib/time.ts';
import { syncText as t } from '../../strings/sync.ts';

/** Settings: the computers that have written this vault, and when each last did (docs/sync.md). */
export function DevicesSetting() {
  const [devices, setDevices] = useState<VaultDevice[] | null>(null);
  useEffect(() => {
    void api()
      .sync.devices()
      .then((r) => r.ok && setDevices(r.value));
  }, []);
  return (
    <div className="stack" style={{ gap: 4 }} data-testid="settings-devices">
      <span className="hint small muted">{t.devices.hint}</span>
      {devices !== null && devices.length === 0 && <span className="small">{t.devices.none}</span>}
      <ul className="item-list">
        {(devices ?? []).map((d) => (
          <li className="item" key={d.id} data-testid="device">
            <span className="main-text">
              <strong>{d.name}</strong> {d.thisDevice && <span className="badge">{t.devices.thisDevice}</span>}
              <span className="muted small" style={{ display: 'block' }}>
                {formatDateTime(d.lastWrite)} · <code>{d.id}</code>
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
