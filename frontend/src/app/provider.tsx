import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { User } from 'oidc-client-ts';
import { AuthProvider, hasAuthParams, useAuth } from 'react-oidc-context';
import { ToastProvider } from '@/components/ui/toast';
import { ApiClientContext, createApiClient } from '@/lib/api-client';
import {
  callerFromAccessToken,
  loadClientConfig,
  oidcSettings,
  removeSigninParamsFromUrl,
  type Caller,
  type ClientConfig,
} from '@/lib/auth';
import { SessionContext, type Session } from '@/lib/session';

interface ReturnState {
  returnTo?: string;
}

/** After login, go back to the page the user asked for (and drop `?code=&state=` from the address bar). */
function onSigninCallback(user: User | void) {
  removeSigninParamsFromUrl();
  const returnTo = (user?.state as ReturnState | undefined)?.returnTo;
  if (returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//')) {
    window.history.replaceState(window.history.state, document.title, returnTo);
  }
}

/** Language, then login settings from the gateway, then the login itself; the app renders only once signed in. */
export function AppProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ConfiguredAuth>{children}</ConfiguredAuth>
    </I18nextProvider>
  );
}

function ConfiguredAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [config, setConfig] = useState<ClientConfig>();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    setFailed(false);
    loadClientConfig().then(setConfig, () => setFailed(true));
  }, [attempt]);

  if (failed) {
    return (
      <FullPageMessage>
        <p>{t('startup.configFailed')}</p>
        <button type="button" className="button button--primary" onClick={() => setAttempt((a) => a + 1)}>
          {t('common.retry')}
        </button>
      </FullPageMessage>
    );
  }
  if (!config) {
    return <FullPageMessage>{t('common.loading')}</FullPageMessage>;
  }
  return (
    <AuthProvider {...oidcSettings(config)} onSigninCallback={onSigninCallback}>
      <SignedIn>{children}</SignedIn>
    </AuthProvider>
  );
}

function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const tokenRef = useRef<string | undefined>(undefined);
  tokenRef.current = auth.user?.access_token;
  const signinRef = useRef(auth.signinRedirect);
  signinRef.current = auth.signinRedirect;

  const login = () =>
    void signinRef.current({ state: { returnTo: window.location.pathname + window.location.search } satisfies ReturnState });

  const needsLogin = !auth.isAuthenticated && !auth.isLoading && !auth.activeNavigator && !auth.error && !hasAuthParams();
  useEffect(() => {
    if (needsLogin) {
      login();
    }
  }, [needsLogin]);

  const client = useMemo(
    () => createApiClient({ getAccessToken: () => tokenRef.current, onUnauthorized: login }),
    // the client reads the token through the ref, so it never needs rebuilding
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  // A renewed token usually carries the same identity; keeping the session object then keeps the
  // router (and any half-filled form) alive across silent renewals.
  const caller = callerFromAccessToken(auth.user?.access_token);
  const callerKey = caller ? JSON.stringify(caller) : '';
  const session = useMemo<Session | undefined>(() => {
    if (!callerKey) return undefined;
    const current = JSON.parse(callerKey) as Caller;
    return {
      caller: { ...current, name: current.name || auth.user?.profile.preferred_username || '' },
      logout: () => void auth.signoutRedirect({ post_logout_redirect_uri: `${window.location.origin}/` }),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [callerKey]);

  if (auth.error) {
    return (
      <FullPageMessage>
        <p>{t('startup.loginFailed', { reason: auth.error.message })}</p>
        <button type="button" className="button button--primary" onClick={login}>
          {t('startup.loginAgain')}
        </button>
      </FullPageMessage>
    );
  }
  if (!session || !auth.isAuthenticated) {
    return <FullPageMessage>{t('startup.signingIn')}</FullPageMessage>;
  }
  return (
    <ApiClientContext.Provider value={client}>
      <SessionContext.Provider value={session}>
        <ToastProvider>{children}</ToastProvider>
      </SessionContext.Provider>
    </ApiClientContext.Provider>
  );
}

function FullPageMessage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="full-page" role="status">
      <p className="brand__name">{t('app.title')}</p>
      <div>{children}</div>
    </div>
  );
}
