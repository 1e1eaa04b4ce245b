import { useEffect, useState } from 'react';
import { api } from '../api.ts';

/** Whether this host shows native file dialogs (app.info.canPickFiles): Electron yes, the browser host no. */
export function useCanPickFiles(): boolean {
  const [canPick, setCanPick] = useState(false);
  useEffect(() => {
    let mounted = true;
    void api()
      .app.info()
      .then((r) => mounted && r.ok && setCanPick(r.value.canPickFiles));
    return () => {
      mounted = false;
    };
  }, []);
  return canPick;
}
