import { describe, expect, it, vi } from 'vitest';
import { fakeJwt, json } from '@/testing/test-utils';
import {
  callerFromAccessToken,
  can,
  decodeJwtPayload,
  loadClientConfig,
  oidcSettings,
  primaryRole,
  removeSigninParamsFromUrl,
} from './auth';

describe('auth', () => {
  it('shouldReadRolesNameAndDistrictFromTheAccessToken', () => {
    const token = fakeJwt({
      preferred_username: 'siming',
      name: '陈建国',
      district: '350203',
      realm_access: { roles: ['district-coordinator', 'offline_access', 'uma_authorization'] },
    });
    expect(callerFromAccessToken(token)).toEqual({ name: '陈建国', roles: ['district-coordinator'], district: '350203' });
  });

  it('shouldHaveNoRolesWhenTheClaimIsMissing', () => {
    expect(callerFromAccessToken(fakeJwt({ name: '芳 林', given_name: '芳', family_name: '林' }))?.name).toBe('林芳');
    expect(callerFromAccessToken(fakeJwt({ name: 'Fang Lin', given_name: 'Fang', family_name: 'Lin' }))?.name).toBe('Fang Lin');
    expect(callerFromAccessToken(fakeJwt({ preferred_username: 'x' }))).toEqual({ name: 'x', roles: [], district: undefined });
  });

  it('shouldTolerateAMalformedToken', () => {
    expect(decodeJwtPayload('not-a-jwt')).toEqual({});
    expect(decodeJwtPayload('a.%%%.c')).toEqual({});
  });

  it('shouldLetCoordinatorsKeepTheRegistryAndAuditorsOnlyReadIt', () => {
    expect(can({ roles: ['city-coordinator'] }, 'families:register')).toBe(true);
    expect(can({ roles: ['district-coordinator'] }, 'families:view')).toBe(true);
    expect(can({ roles: ['auditor'] }, 'families:view')).toBe(true);
    expect(can({ roles: ['auditor'] }, 'families:register')).toBe(false);
    expect(can({ roles: ['auditor'] }, 'families:edit')).toBe(false);
    expect(can({ roles: ['volunteer'] }, 'families:view')).toBe(false);
  });

  it('shouldShowSupervisionToEveryoneButHospitals', () => {
    expect(can({ roles: ['volunteer'] }, 'supervision:view')).toBe(true);
    expect(can({ roles: ['auditor'] }, 'supervision:view')).toBe(true);
    expect(can({ roles: ['hospital'] }, 'supervision:view')).toBe(false);
    expect(can(undefined, 'supervision:view')).toBe(false);
  });

  it('shouldPickTheMostSignificantRoleForDisplay', () => {
    expect(primaryRole(['volunteer', 'city-coordinator'])).toBe('city-coordinator');
    expect(primaryRole([])).toBeUndefined();
  });

  it('shouldUseCodeFlowWithSilentRenewAndReturnToTheOrigin', () => {
    const settings = oidcSettings(
      { oidcAuthority: 'http://localhost:8180/realms/nuanxin', oidcClientId: 'nuanxin-spa' },
      'http://localhost:8080',
    );
    expect(settings).toMatchObject({
      authority: 'http://localhost:8180/realms/nuanxin',
      client_id: 'nuanxin-spa',
      response_type: 'code',
      redirect_uri: 'http://localhost:8080/',
      post_logout_redirect_uri: 'http://localhost:8080/',
      automaticSilentRenew: true,
    });
  });

  it('shouldLoadTheLoginSettingsFromTheGateway', async () => {
    const fetchMock = vi.fn(async () =>
      json({ oidcAuthority: 'http://localhost:8180/realms/nuanxin', oidcClientId: 'nuanxin-spa' }),
    );
    await expect(loadClientConfig(fetchMock)).resolves.toEqual({
      oidcAuthority: 'http://localhost:8180/realms/nuanxin',
      oidcClientId: 'nuanxin-spa',
    });
    expect((fetchMock.mock.calls[0] as unknown[])[0]).toBe('/api/config');
  });

  it('shouldRefuseIncompleteLoginSettings', async () => {
    await expect(loadClientConfig(async () => json({ oidcAuthority: 'x' }))).rejects.toThrow(/oidcClientId/);
    await expect(loadClientConfig(async () => new Response(null, { status: 502 }))).rejects.toThrow(/502/);
  });

  it('shouldDropTheCodeAndStateFromTheAddressAfterLogin', () => {
    window.history.replaceState(null, '', '/families?page=2&code=abc&state=xyz&session_state=s&iss=i#top');
    removeSigninParamsFromUrl();
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/families?page=2#top');
  });
});
