import { createContext, useContext } from 'react';

/** One field the server rejected, e.g. `{ field: "members[0].idNumber", message: "身份证号校验位错误" }`. */
export interface Violation {
  field: string;
  message: string;
}

/** An RFC 9457 problem document, as every Nuanxin service answers an error. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  instance?: string;
  violations?: Violation[];
}

/** A failed API call; `problem` holds what the server said (or what we could make of it). */
export class ApiProblem extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }
}

/** Status 0: the request never got an answer (network down, gateway unreachable). */
export const NETWORK_ERROR_STATUS = 0;

export interface ApiClientOptions {
  getAccessToken: () => string | undefined;
  /** Called once per 401 answer: the token is no longer accepted. */
  onUnauthorized?: () => void;
  fetch?: typeof fetch;
}

export interface ApiClient {
  get<T>(path: string, query?: Record<string, string | number | undefined>): Promise<T>;
  post<T>(path: string, body?: unknown): Promise<T>;
  put<T>(path: string, body: unknown): Promise<T>;
  delete<T = void>(path: string): Promise<T>;
  /** Headers every request carries (used by the SSE connection, which does its own fetch). */
  authHeaders(): Record<string, string>;
  onUnauthorized(): void;
}

export function toQueryString(query?: Record<string, string | number | undefined>): string {
  if (!query) {
    return '';
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Turns any failed response into an ApiProblem, problem+json or not. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  const contentType = response.headers.get('Content-Type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body = (await response.json()) as Partial<ProblemDetails>;
      return new ApiProblem({
        ...body,
        status: typeof body.status === 'number' ? body.status : response.status,
        violations: Array.isArray(body.violations) ? body.violations : undefined,
      });
    } catch {
      // not JSON after all: fall through to the status line
    }
  }
  return new ApiProblem({ status: response.status, title: response.statusText || undefined });
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  const authHeaders = (): Record<string, string> => {
    const token = options.getAccessToken();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };

  const request = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { Accept: 'application/json', ...authHeaders() };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiProblem({ status: NETWORK_ERROR_STATUS, detail: (error as Error).message });
    }
    if (!response.ok) {
      if (response.status === 401) {
        options.onUnauthorized?.();
      }
      throw await problemFrom(response);
    }
    // 204, and a 201 that only says "created" (e.g. a sign-up), carry no body.
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };

  return {
    get: (path, query) => request('GET', path + toQueryString(query)),
    post: (path, body) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    delete: (path) => request('DELETE', path),
    authHeaders,
    onUnauthorized: () => options.onUnauthorized?.(),
  };
}

export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = useContext(ApiClientContext);
  if (!client) {
    throw new Error('useApiClient needs an ApiClientContext provider');
  }
  return client;
}
