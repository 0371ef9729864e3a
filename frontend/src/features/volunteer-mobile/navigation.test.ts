import { describe, expect, it } from 'vitest';
import { amapSearchUrl, parseCheckInPayload } from './navigation';
import { xiamenDays } from './time';

describe('check-in QR payload', () => {
  it('shouldReadTheFamilyAndCodeFromTheQrText', () => {
    expect(parseCheckInPayload('nuanxin-check-in:v1:6B1F3A52-9C0E-4F7B-8D21-3E5A7C9B1D02:482913')).toEqual({
      familyId: '6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02',
      code: '482913',
    });
  });

  it.each([['482913'], ['https://example.com'], ['nuanxin-check-in:v2:6b1f3a52-9c0e-4f7b-8d21-3e5a7c9b1d02:1']])(
    'shouldRefuseOtherText %s',
    (text) => expect(parseCheckInPayload(text)).toBeUndefined(),
  );
});

describe('navigation and days', () => {
  it('shouldSearchTheAddressWithinXiamen', () => {
    expect(amapSearchUrl('前埔一里 12 号')).toBe(
      'https://uri.amap.com/search?keyword=%E5%89%8D%E5%9F%94%E4%B8%80%E9%87%8C+12+%E5%8F%B7&city=350200&callnative=1',
    );
  });

  it('shouldTakeTheDayOnXiamensClock', () => {
    // 23:30 UTC on the 28th is already the 29th in Xiamen
    expect(xiamenDays(new Date('2026-11-28T23:30:00Z'), 1)).toEqual({
      from: '2026-11-29T00:00:00+08:00',
      to: '2026-11-30T00:00:00+08:00',
    });
  });
});
