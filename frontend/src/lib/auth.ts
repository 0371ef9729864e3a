import { WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';

/** The realm roles Keycloak puts in the access token (`realm_access.roles`). */
export const ROLES = ['city-coordinator', 'district-coordinator', 'volunteer', 'hospital', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** What the SPA knows about the caller, all from the access token. */
export interface Caller {
  name: string;
  roles: Role[];
  /** Set for district coordinators: the district code (e.g. "350203") they are limited to. */
  district?: string;
}

/** The things a screen may be shown for. The services enforce the same rules; this only hides what would fail. */
export type Permission =
  | 'supervision:view'
  | 'families:view'
  | 'families:register'
  | 'contacts:overdue'
  | 'families:edit'
  | 'families:full-record'
  | 'volunteers:view'
  | 'tasks:manage'
  | 'campaigns:view'
  | 'campaigns:manage'
  | 'hours:approve'
  | 'insurance:view'
  | 'insurance:review'
  | 'insurance:budget'
  | 'insurance:pay'
  | 'insurance:payments'
  | 'sites:view'
  | 'activities:manage'
  | 'targets:view'
  | 'targets:manage'
  | 'alerts:view'
  | 'alerts:manage'
  | 'indicators:view'
  | 'volunteer:mobile';

const PERMISSIONS: Record<Permission, readonly Role[]> = {
  'supervision:view': ['city-coordinator', 'district-coordinator', 'auditor', 'volunteer'],
  'families:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'families:register': ['city-coordinator', 'district-coordinator'],
  'contacts:overdue': ['city-coordinator', 'district-coordinator'],
  'families:edit': ['city-coordinator', 'district-coordinator'],
  /** Identity numbers, phones and health in clear, through family-service's audited read with a purpose. */
  'families:full-record': ['city-coordinator', 'district-coordinator'],
  'volunteers:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'tasks:manage': ['city-coordinator', 'district-coordinator'],
  'campaigns:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'campaigns:manage': ['city-coordinator', 'district-coordinator'],
  'hours:approve': ['city-coordinator', 'district-coordinator'],
  'insurance:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'insurance:review': ['city-coordinator', 'district-coordinator'],
  'insurance:budget': ['city-coordinator'],
  'insurance:pay': ['city-coordinator'],
  'insurance:payments': ['city-coordinator', 'auditor'],
  'sites:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'activities:manage': ['city-coordinator', 'district-coordinator'],
  /** The responsibility targets (责任目标): everyone with an area sees its targets; the city sets the seven. */
  'targets:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'targets:manage': ['city-coordinator'],
  /** Alerts of the caller's area; coordinators acknowledge and resolve them. */
  'alerts:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  'alerts:manage': ['city-coordinator', 'district-coordinator'],
  /** The indicators' daily trends on the dashboard. */
  'indicators:view': ['city-coordinator', 'district-coordinator', 'auditor'],
  /** The phone pages under /m/: a volunteer's own tasks, check-in, reports, hours and call queue. */
  'volunteer:mobile': ['volunteer'],
};

export function can(caller: Pick<Caller, 'roles'> | undefined, permission: Permission): boolean {
  return !!caller && caller.roles.some((role) => PERMISSIONS[permission].includes(role));
}

/** The most significant role, for display in the header. */
export function primaryRole(roles: readonly Role[]): Role | undefined {
  return ROLES.find((role) => roles.includes(role));
}

/** Reads a JWT's payload. No signature check: the services verify tokens; the SPA only reads its own. */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) {
    return {};
  }
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const CJK = /[\u3400-\u9fff]/;

/** Keycloak's `name` claim is "given family" (芳 林); Chinese names read family name first, without a space. */
function personalName(claims: Record<string, unknown>): string | undefined {
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  if (!given || !family) {
    return undefined;
  }
  return CJK.test(given + family) ? family + given : `${given} ${family}`;
}

export function callerFromAccessToken(token: string | undefined): Caller | undefined {
  if (!token) {
    return undefined;
  }
  const claims = decodeJwtPayload(token);
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const rawRoles = Array.isArray(realmAccess?.roles) ? (realmAccess.roles as unknown[]) : [];
  const roles = rawRoles.filter((role): role is Role => ROLES.includes(role as Role));
  const name = [personalName(claims), claims.name, claims.preferred_username]
    .find((v) => typeof v === 'string' && v) as string | undefined;
  const district = typeof claims.district === 'string' && claims.district ? claims.district : undefined;
  return { name: name ?? '', roles, district };
}

/** `GET /api/config`: where to log in. Public, loaded before anything else. */
export interface ClientConfig {
  oidcAuthority: string;
  oidcClientId: string;
}

export async function loadClientConfig(doFetch: typeof fetch = fetch): Promise<ClientConfig> {
  const response = await doFetch('/api/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET /api/config: HTTP ${response.status}`);
  }
  const body = (await response.json()) as Partial<ClientConfig>;
  if (typeof body.oidcAuthority !== 'string' || typeof body.oidcClientId !== 'string') {
    throw new Error('GET /api/config: oidcAuthority and oidcClientId are required');
  }
  return { oidcAuthority: body.oidcAuthority, oidcClientId: body.oidcClientId };
}

/** Authorization code + PKCE (oidc-client-ts' default), renewed silently with the refresh token. */
export function oidcSettings(config: ClientConfig, origin: string = window.location.origin): UserManagerSettings {
  return {
    authority: config.oidcAuthority,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    // Session storage: the token dies with the tab, which suits shared office computers.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

/** After the redirect back from Keycloak: drop `?code=…&state=…` so a reload does not replay them. */
export function removeSigninParamsFromUrl(): void {
  const url = new URL(window.location.href);
  ['code', 'state', 'session_state', 'iss'].forEach((param) => url.searchParams.delete(param));
  window.history.replaceState(window.history.state, document.title, url.pathname + url.search + url.hash);
}
