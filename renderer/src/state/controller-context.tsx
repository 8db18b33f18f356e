/** The controller (actions + store) for the component tree, and `useApp(selector)` to read the store. */
import { createContext, useContext, type ReactNode } from 'react';
import type { AppState } from './app-state';
import type { Controller } from './controller';
import { useStore } from './store';

const ControllerContext = createContext<Controller | null>(null);

export function ControllerProvider({ controller, children }: { controller: Controller; children: ReactNode }) {
  return <ControllerContext.Provider value={controller}>{children}</ControllerContext.Provider>;
}

export function useController(): Controller {
  const c = useContext(ControllerContext);
  if (c === null) throw new Error('useController() outside <ControllerProvider>');
  return c;
}

/** A slice of the app state. Pass a selector defined outside the component (or memoised). */
export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useController().store, selector);
}
