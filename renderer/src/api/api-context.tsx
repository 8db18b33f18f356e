/** The API, obtained once in main.tsx and handed down: components never reach for a global. */
import { createContext, useContext, type ReactNode } from 'react';
import type { ReportApi } from '../../../electron/common/api';

const ApiContext = createContext<ReportApi | null>(null);

export function ApiProvider({ api, children }: { api: ReportApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): ReportApi {
  const api = useContext(ApiContext);
  if (api === null) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
