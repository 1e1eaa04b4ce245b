import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Provider } from '../../../electron/contract/calls/providers.ts';
import { api } from '../api.ts';

interface ProvidersValue {
  providers: readonly Provider[];
  byId: (id: string) => Provider | undefined;
  lastVerified: string | null;
}

const ProvidersContext = createContext<ProvidersValue>({ providers: [], byId: () => undefined, lastVerified: null });

/** The provider catalog, loaded once per unlocked session. */
export function ProvidersProvider({ children }: { children: ReactNode }) {
  const [data, setData] = useState<{ providers: Provider[]; lastVerified: string | null }>({ providers: [], lastVerified: null });
  useEffect(() => {
    void api()
      .providers.list()
      .then((r) => r.ok && setData({ providers: r.value.providers, lastVerified: r.value.catalog.date }));
  }, []);
  const value = useMemo<ProvidersValue>(() => {
    const map = new Map(data.providers.map((p) => [p.id, p]));
    return { providers: data.providers, byId: (id) => map.get(id), lastVerified: data.lastVerified };
  }, [data]);
  return <ProvidersContext.Provider value={value}>{children}</ProvidersContext.Provider>;
}

export function useProviders(): ProvidersValue {
  return useContext(ProvidersContext);
}
