/** Dates as Xiamen's calendar has them, in the user's language. */
const ZONE = 'Asia/Shanghai';

export const dateFormat = (language: string) =>
  new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: ZONE });

export const dateTimeFormat = (language: string) =>
  new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: ZONE,
  });

/** A plain ISO date (yyyy-mm-dd) shown without a time-zone shift. */
export const formatIsoDate = (language: string, isoDate: string) =>
  new Intl.DateTimeFormat(language, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
