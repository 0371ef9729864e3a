import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, NETWORK_ERROR_STATUS } from '@/lib/api-client';
import { keepFlushing, localStorageStore, ReportOutbox, type ReportSender } from './report-outbox';

const REPORT = { wellbeing: 4, needsObserved: ['MEDICAL' as const], notes: '老人提到膝盖疼' };
const offline = () => new ApiProblem({ status: NETWORK_ERROR_STATUS, detail: 'Failed to fetch' });

function sender(overrides: Partial<ReportSender> = {}) {
  return {
    send: vi.fn<ReportSender['send']>(async () => ({})),
    alreadyReceived: vi.fn<ReportSender['alreadyReceived']>(async () => false),
    ...overrides,
  };
}

describe('ReportOutbox', () => {
  afterEach(() => {
    localStorage.clear();
    vi.useRealTimers();
  });

  it('shouldSendAReportAndForgetItOnceTheServiceHasIt', async () => {
    const service = sender();
    const outbox = new ReportOutbox(localStorageStore('zhang'), service);
    const left = await outbox.submit('t1', REPORT);
    expect(service.send).toHaveBeenCalledWith('t1', expect.objectContaining(REPORT));
    expect(left).toBeUndefined();
    expect(localStorage.getItem('nuanxin.pending-reports.v1:zhang')).toBeNull();
  });

  it('shouldKeepAReportOnTheDeviceWhileThereIsNoNetwork', async () => {
    const service = sender({ send: vi.fn(async () => Promise.reject(offline())) });
    const outbox = new ReportOutbox(localStorageStore('zhang'), service);
    const left = await outbox.submit('t1', REPORT);
    expect(left).toMatchObject({ taskId: 't1', state: 'pending', attempts: 1, report: expect.objectContaining(REPORT) });

    // the page is closed and opened again later: the report is still there
    const reopened = new ReportOutbox(localStorageStore('zhang'), service);
    expect(reopened.entries()).toEqual([expect.objectContaining({ taskId: 't1', state: 'pending' })]);
  });

  it('shouldSendTheTimeTheReportWasWrittenAsTheCheckOutHoweverLateItGoes', async () => {
    let clock = new Date('2026-12-01T02:50:00Z');
    const send = vi.fn<ReportSender['send']>().mockRejectedValueOnce(offline()).mockResolvedValue({});
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send }), () => clock);
    await outbox.submit('t1', REPORT);
    clock = new Date('2026-12-01T06:00:00Z'); // the signal returns three hours later
    await outbox.flush();
    expect(send).toHaveBeenLastCalledWith('t1', { ...REPORT, checkedOutAt: '2026-12-01T02:50:00.000Z' });
    expect(outbox.entries()).toEqual([]);
  });

  it('shouldSendTheKeptReportWhenTheConnectionReturns', async () => {
    const send = vi.fn<ReportSender['send']>().mockRejectedValueOnce(offline()).mockResolvedValue({});
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send }));
    await outbox.submit('t1', REPORT);
    expect(outbox.entries()).toHaveLength(1);

    const stop = keepFlushing(outbox, window, 60_000);
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(outbox.entries()).toEqual([]));
    expect(send).toHaveBeenCalledTimes(2);
    stop();
  });

  it('shouldRetryOnATimerWhenNoOnlineEventComes', async () => {
    vi.useFakeTimers();
    const send = vi.fn<ReportSender['send']>().mockRejectedValueOnce(offline()).mockRejectedValueOnce(offline()).mockResolvedValue({});
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send }));
    await outbox.submit('t1', REPORT);
    const stop = keepFlushing(outbox, window, 30_000); // tries at once: still offline
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(send).toHaveBeenCalledTimes(3);
    expect(outbox.entries()).toEqual([]);
    stop();
  });

  it('shouldCountAResendTheServiceAlreadyHasAsDelivered', async () => {
    // the first send reached the service but its answer was lost; the resend answers 409
    const service = sender({
      send: vi.fn(async () => Promise.reject(new ApiProblem({ status: 409, detail: '任务已完成' }))),
      alreadyReceived: vi.fn(async () => true),
    });
    const outbox = new ReportOutbox(localStorageStore('zhang'), service);
    expect(await outbox.submit('t1', REPORT)).toBeUndefined();
    expect(service.alreadyReceived).toHaveBeenCalledWith('t1');
  });

  it('shouldHoldARejectedReportWithTheServersReasonInsteadOfDroppingIt', async () => {
    const service = sender({
      send: vi.fn(async () =>
        Promise.reject(
          new ApiProblem({ status: 400, detail: '请求有 1 处错误', violations: [{ field: 'followUpDue', message: '有跟进事项时须填写完成期限' }] }),
        ),
      ),
    });
    const outbox = new ReportOutbox(localStorageStore('zhang'), service);
    const left = await outbox.submit('t1', { ...REPORT, followUp: '联系医生' });
    expect(left).toMatchObject({ state: 'rejected', error: '请求有 1 处错误' });
    expect(left?.violations).toEqual([{ field: 'followUpDue', message: '有跟进事项时须填写完成期限' }]);

    await outbox.flush();
    expect(service.send).toHaveBeenCalledTimes(1); // not resent blindly
    outbox.discard('t1');
    expect(outbox.entries()).toEqual([]);
  });

  it('shouldKeepA409AsRejectedWhenTheServiceHasNoReport', async () => {
    const service = sender({ send: vi.fn(async () => Promise.reject(new ApiProblem({ status: 409, detail: '须先在服务地点签到' }))) });
    const outbox = new ReportOutbox(localStorageStore('zhang'), service);
    expect(await outbox.submit('t1', REPORT)).toMatchObject({ state: 'rejected', error: '须先在服务地点签到' });
  });

  it('shouldReplaceAnEarlierUnsentReportOfTheSameTask', async () => {
    const send = vi.fn<ReportSender['send']>(async () => Promise.reject(offline()));
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send }));
    await outbox.submit('t1', REPORT);
    await outbox.submit('t1', { ...REPORT, wellbeing: 2 });
    expect(outbox.entries()).toEqual([expect.objectContaining({ taskId: 't1', report: expect.objectContaining({ ...REPORT, wellbeing: 2 }) })]);
  });

  it('shouldSendEachReportOnceWhenFlushesOverlap', async () => {
    let release!: () => void;
    const send = vi.fn<ReportSender['send']>(() => new Promise((resolve) => (release = () => resolve({}))));
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send }));
    const submitted = outbox.submit('t1', REPORT);
    const again = outbox.flush();
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    release();
    await Promise.all([submitted, again]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(outbox.entries()).toEqual([]);
  });

  it('shouldKeepEachVolunteersReportsApart', async () => {
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send: vi.fn(async () => Promise.reject(offline())) }));
    await outbox.submit('t1', REPORT);
    expect(new ReportOutbox(localStorageStore('li'), sender()).entries()).toEqual([]);
  });

  it('shouldNotifyListenersOfEveryChange', async () => {
    const outbox = new ReportOutbox(localStorageStore('zhang'), sender({ send: vi.fn(async () => Promise.reject(offline())) }));
    const listener = vi.fn();
    outbox.subscribe(listener);
    await outbox.submit('t1', REPORT);
    expect(listener).toHaveBeenCalled();
    const before = outbox.entries();
    expect(outbox.entries()).toBe(before);
  });
});
