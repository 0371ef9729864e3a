import { render } from '@testing-library/react';
import { useState, type ReactElement, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { ToastProvider } from '@/components/ui/toast';
import { ApiClientContext, createApiClient, type ApiClient } from '@/lib/api-client';
import type { Caller } from '@/lib/auth';
import { createI18n, type Language } from '@/lib/i18n';
import { SessionContext } from '@/lib/session';

export const cityCoordinator: Caller = { name: '林晓梅', roles: ['city-coordinator'] };

/** An unsigned JWT with these claims: enough for the SPA, which only reads its token. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const encode = (value: unknown) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
}

export function problem(body: Record<string, unknown> & { status: number }): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response>;

/**
 * Replaces global fetch: each request goes to the first handler whose key ("GET /api/x") matches the
 * method and path; anything unexpected fails the test loudly with a 599.
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) {
      return new Response(`unexpected ${method} ${url.pathname}`, { status: 599 });
    }
    return handler(url, init);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

interface Options {
  caller?: Caller;
  language?: Language;
  client?: ApiClient;
}

export function Providers({ children, caller = cityCoordinator, language = 'zh-CN', client }: Options & { children: ReactNode }) {
  const [i18n] = useState(() => createI18n(language));
  const [apiClient] = useState(() => client ?? createApiClient({ getAccessToken: () => 'test-token' }));
  return (
    <I18nextProvider i18n={i18n}>
      <ApiClientContext.Provider value={apiClient}>
        <SessionContext.Provider value={{ caller, logout: vi.fn() }}>
          <ToastProvider>{children}</ToastProvider>
        </SessionContext.Provider>
      </ApiClientContext.Provider>
    </I18nextProvider>
  );
}

/** Renders routes in memory, as the app would at `path`. */
export function renderRoutes(routes: RouteObject[], path: string, options: Options = {}) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(
    <Providers {...options}>
      <RouterProvider router={router} />
    </Providers>,
  );
  return { ...result, router };
}

export function renderWithProviders(ui: ReactElement, options: Options = {}) {
  return renderRoutes([{ path: '*', element: ui }], '/', options);
}
