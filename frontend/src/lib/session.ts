import { createContext, useContext } from 'react';
import type { Caller } from './auth';

/** The logged-in user as the screens see it, independent of how the login happened (OIDC in the app, a fixture in tests). */
export interface Session {
  caller: Caller;
  logout: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession needs a SessionContext provider');
  }
  return session;
}
