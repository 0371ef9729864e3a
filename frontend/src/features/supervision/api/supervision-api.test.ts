import { describe, expect, it } from 'vitest';
import { alert, target } from '../testing/fixtures';
import { applyAlertChange, byUrgency, mergeTargets } from './supervision-api';

describe('live alerts', () => {
  const warning = alert({ id: 'w', severity: 'WARNING', raisedAt: '2026-11-29T03:00:00Z', seq: 1 });
  const olderHigh = alert({ id: 'h1', severity: 'HIGH', raisedAt: '2026-11-28T03:00:00Z', seq: 2 });
  const newerHigh = alert({ id: 'h2', severity: 'HIGH', raisedAt: '2026-11-29T01:00:00Z', seq: 3 });
  const critical = alert({ id: 'c', severity: 'CRITICAL', raisedAt: '2026-11-01T00:00:00Z', seq: 4 });

  it('shouldPutTheMostSevereFirstThenTheNewest', () => {
    expect([warning, olderHigh, critical, newerHigh].sort(byUrgency).map((a) => a.id)).toEqual(['c', 'h2', 'h1', 'w']);
  });

  it('shouldAddARaisedAlertInItsPlace', () => {
    expect(applyAlertChange([olderHigh, warning], critical).map((a) => a.id)).toEqual(['c', 'h1', 'w']);
  });

  it('shouldReplaceAnAlertWithItsNewerChangeAndDropItOnceResolved', () => {
    const acknowledged = { ...warning, status: 'ACKNOWLEDGED' as const, acknowledgedBy: 'city', seq: 9 };
    expect(applyAlertChange([olderHigh, warning], acknowledged)).toEqual([olderHigh, acknowledged]);
    expect(applyAlertChange([olderHigh, acknowledged], { ...acknowledged, status: 'RESOLVED', seq: 10 })).toEqual([olderHigh]);
  });

  it('shouldIgnoreAReplayedChangeOlderThanWhatItShows', () => {
    const acknowledged = { ...warning, status: 'ACKNOWLEDGED' as const, seq: 9 };
    const list = [acknowledged];
    expect(applyAlertChange(list, { ...warning, seq: 5 })).toBe(list);
  });
});

describe('streamed targets', () => {
  it('shouldKeepEachTargetsTrendAndTakeTheStreamsFigures', () => {
    const read = [target({ id: 'a' }), target({ id: 'b', trend: [{ day: '2026-11-29', value: 1 }] })];
    const streamed = [
      { ...target({ id: 'b', currentValue: 99, status: 'ACHIEVED' }), trend: [] },
      { ...target({ id: 'c', name: '新目标' }), trend: [] },
    ];
    expect(mergeTargets(read, streamed)).toEqual([
      { ...streamed[0], trend: [{ day: '2026-11-29', value: 1 }] },
      { ...streamed[1], trend: [] },
    ]);
  });
});
