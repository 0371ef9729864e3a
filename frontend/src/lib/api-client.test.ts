import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '@/testing/test-utils';
import { ApiProblem, createApiClient, NETWORK_ERROR_STATUS, toQueryString } from './api-client';

const clientWith = (response: Response | (() => Promise<Response>), onUnauthorized = vi.fn()) => {
  const fetchMock = vi.fn(typeof response === 'function' ? response : async () => response);
  const client = createApiClient({ getAccessToken: () => 'abc', onUnauthorized, fetch: fetchMock });
  return { client, fetchMock, onUnauthorized };
};

describe('api client', () => {
  it('shouldSendTheBearerTokenAndJsonBody', async () => {
    const { client, fetchMock } = clientWith(json({ id: '1' }, { status: 201 }));
    await expect(client.post('/api/family/families', { a: 1 })).resolves.toEqual({ id: '1' });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/family/families');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer abc', 'Content-Type': 'application/json' });
    expect(init.body).toBe('{"a":1}');
  });

  it('shouldAnswerUndefinedForACreatedWithoutBody', async () => {
    const { client } = clientWith(new Response(null, { status: 201 }));
    await expect(client.put('/api/care-home/activities/a1/volunteers/me', undefined)).resolves.toBeUndefined();
  });

  it('shouldLeaveEmptyFiltersOutOfTheQuery', async () => {
    const { client, fetchMock } = clientWith(json([]));
    await client.get('/api/family/families', { page: 0, size: 20, districtCode: '', q: undefined, category: 'BEREAVED' });
    expect((fetchMock.mock.calls[0] as unknown[])[0]).toBe('/api/family/families?page=0&size=20&category=BEREAVED');
  });

  it('shouldTurnProblemJsonIntoAnApiProblemWithViolations', async () => {
    const { client } = clientWith(
      problem({
        type: 'https://nuanxin.org/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: '请求有 1 处错误',
        instance: '/api/family/families',
        violations: [{ field: 'members[0].idNumber', message: '身份证号校验位错误' }],
      }),
    );
    const error = await client.post('/api/family/families', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    const apiProblem = error as ApiProblem;
    expect(apiProblem.status).toBe(400);
    expect(apiProblem.message).toBe('请求有 1 处错误');
    expect(apiProblem.problem.instance).toBe('/api/family/families');
    expect(apiProblem.violations).toEqual([{ field: 'members[0].idNumber', message: '身份证号校验位错误' }]);
  });

  it('shouldMakeAProblemOfANonJsonErrorFromItsStatus', async () => {
    const { client } = clientWith(new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await client.get('/api/x').catch((e: unknown) => e)) as ApiProblem;
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.violations).toEqual([]);
  });

  it('shouldAskForANewLoginOn401', async () => {
    const { client, onUnauthorized } = clientWith(problem({ status: 401, title: 'Unauthorized' }));
    await expect(client.get('/api/x')).rejects.toBeInstanceOf(ApiProblem);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('shouldNotAskForLoginOn403', async () => {
    const { client, onUnauthorized } = clientWith(problem({ status: 403, detail: '只能登记本区家庭' }));
    await expect(client.get('/api/x')).rejects.toMatchObject({ message: '只能登记本区家庭' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('shouldReportANetworkFailureAsStatusZero', async () => {
    const { client } = clientWith(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(client.get('/api/x')).rejects.toMatchObject({ status: NETWORK_ERROR_STATUS });
  });

  it('shouldSendNoAuthorizationHeaderWithoutAToken', () => {
    expect(createApiClient({ getAccessToken: () => undefined }).authHeaders()).toEqual({});
  });

  it('shouldEncodeQueryValues', () => {
    expect(toQueryString({ q: '王 秀英' })).toBe('?q=%E7%8E%8B+%E7%A7%80%E8%8B%B1');
    expect(toQueryString({})).toBe('');
  });
});
