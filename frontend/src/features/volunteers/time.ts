/** Tasks are planned on Xiamen's clock (UTC+8), whatever the computer's zone. */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** Midnight in Xiamen, `days` after the day of `now`, as an ISO time with offset. */
export function xiamenDayStart(now: Date, days = 0): string {
  const date = new Date(now.getTime() + OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
  return `${date}T00:00:00+08:00`;
}

/** "12/02 09:00" style: day and time in Xiamen. */
export const xiamenTime = (language: string) =>
  new Intl.DateTimeFormat(language, { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' });
