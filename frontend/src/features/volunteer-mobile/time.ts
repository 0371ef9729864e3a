/** Tasks are planned on Xiamen's clock (UTC+8, no daylight saving), whatever the phone's own zone. */
export const XIAMEN_TIME_ZONE = 'Asia/Shanghai';
const XIAMEN_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The ISO date (yyyy-mm-dd) in Xiamen, `days` after the day of `now`. */
export function xiamenDate(now: Date, days = 0): string {
  return new Date(now.getTime() + XIAMEN_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** From the start of today to the start of the day `days` later, as the tasks API takes them. */
export function xiamenDays(now: Date, days: number): { from: string; to: string } {
  return { from: `${xiamenDate(now)}T00:00:00+08:00`, to: `${xiamenDate(now, days)}T00:00:00+08:00` };
}

export function isXiamenToday(iso: string, now: Date): boolean {
  return xiamenDate(new Date(iso)) === xiamenDate(now);
}

export function timeFormat(language: string) {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: XIAMEN_TIME_ZONE });
}

export function dayFormat(language: string) {
  return new Intl.DateTimeFormat(language, { month: 'long', day: 'numeric', weekday: 'short', timeZone: XIAMEN_TIME_ZONE });
}
