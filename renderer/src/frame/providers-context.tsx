import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CatalogInfo, Provider } from '../../../electron/contract/calls/providers.ts';
import { api } from '../api.ts';

interface ProvidersValue {
  providers: readonly Provider[];
  byId: (id: string) => Provider | undefined;
  /** The catalog in use (version, date, origin); null until loaded. */
  catalog: CatalogInfo | null;
  /** The day the notes are worded for, from the core (APPPASS_TODAY or its clock); the renderer never guesses it. */
  today: string | null;
  /** Loads the providers again (after a catalog update). */
  reload: () => void;
}

const ProvidersContext = createContext<ProvidersValue>({ providers: [], byId: () => undefined, catalog: null, today: null, reload: () => undefined });

/** The provider catalog, loaded once per unlocked session. */
export function ProvidersProvider({ children }: { children: ReactNode }) {
  const [data, setData] = useState<{ providers: Provider[]; catalog: CatalogInfo | null; today: string | null }>({ providers: [], catalog: null, today: null });
  const reload = useCallback(() => {
    void api()
      .providers.list()
      .then((r) => r.ok && setData({ providers: r.value.providers, catalog: r.value.catalog, today: r.value.today }));
  }, []);
  useEffect(reload, [reload]);
  const value = useMemo<ProvidersValue>(() => {
    const map = new Map(data.providers.map((p) => [p.id, p]));
    return { providers: data.providers, byId: (id) => map.get(id), catalog: data.catalog, today: data.today, reload };
  }, [data, reload]);
  return <ProvidersContext.Provider value={value}>{children}</ProvidersContext.Provider>;
}

export function useProviders(): ProvidersValue {
  return useContext(ProvidersContext);
}
