import { isRealDate, SWEDISH_MONTHS } from '../domain/dates';

/**
 * Dates and clock times as Swedish kallelser write them: "Torsdagen den 8 december 2022 klockan
 * 13:30", "Tisdagen den 3 oktober 2023, kl. 14.00.", "Måndag 13 maj 2024 kl 09.00", "2024-05-13",
 * "13/5 2024", "den 8 dec. 2022".
 */

const MONTHS = SWEDISH_MONTHS;

const WEEKDAY = String.raw`(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?`;
const MONTH_NAME = String.raw`(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?`;
// "Torsdagen den 8 december 2022", "13 maj 2024", "den 8 dec. 2022", "8 december" (year elsewhere).
const LONG = new RegExp(String.raw`(?:${WEEKDAY}\s*,?\s*)?(?:den\s+)?(\d{1,2})(?::e|:a)?\s+${MONTH_NAME}(?:\s*,?\s*(\d{4}))?(?![\p{L}])`, 'iu');
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// "13/5 2024", "13/5-2024", "13.5.2024".
const NUMERIC = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})(?:[ .-]|\s*,\s*)(\d{4})(?!\d)/;
const WEEKDAY_AT = new RegExp(`^${WEEKDAY}\\b`, 'i');

/** A date found in a line: ISO date, where it starts and ends, and whether a weekday named it. */
export interface FoundDate {
  date: string;
  index: number;
  end: number;
  weekday: boolean;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  const s = `${year}-${pad(month)}-${pad(day)}`;
  return isRealDate(s) ? s : null;
}

/**
 * The first date in the text, or null. A long date without a year ("måndag 13 maj") takes
 * `fallbackYear`; a date that does not exist ("30 februari 2023") is no date.
 */
export function findDate(text: string, fallbackYear: number | null = null): FoundDate | null {
  const candidates: FoundDate[] = [];
  const long = LONG.exec(text);
  if (long) {
    const month = MONTHS[(long[2] ?? '').toLowerCase()];
    const year = long[3] ? Number(long[3]) : fallbackYear;
    const date = month && year ? iso(year, month, Number(long[1])) : null;
    if (date) candidates.push({ date, index: long.index, end: long.index + long[0].length, weekday: WEEKDAY_AT.test(long[0]) });
  }
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    const date = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (date) candidates.push({ date, index: isoMatch.index, end: isoMatch.index + isoMatch[0].length, weekday: false });
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const date = iso(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (date) candidates.push({ date, index: numeric.index, end: numeric.index + numeric[0].length, weekday: false });
  }
  candidates.sort((a, b) => a.index - b.index);
  const first = candidates[0];
  if (!first) return null;
  // A weekday printed before an ISO date ("Måndag 2024-05-13") belongs to it.
  if (!first.weekday && new RegExp(`${WEEKDAY}\\s*,?\\s*(?:den\\s+)?$`, 'i').test(text.slice(0, first.index))) first.weekday = true;
  return first;
}

// "klockan 13:30", "kl. 14.00", "kl 9", "kl. 13.00-16.00", "Tid: 13.30".
const CLOCK = /(?:\b(?:klockan|kl)\b\.?\s*|\btid\s*:?\s*)(\d{1,2})(?:[.:](\d{2}))?(?!\d)/i;
// A bare "09.00" / "13:30" right after a date: "2024-05-13 09.00".
const BARE_CLOCK = /^\s*[,-]?\s*(\d{1,2})[.:](\d{2})(?!\d)/;

/** A clock time in the text ("kl. 14.00" → "14:00"), where it ends, or null. After a date, a bare "09.00" also counts. */
export function findTime(text: string, afterDate = false): { time: string; end: number } | null {
  const m = CLOCK.exec(text);
  const found = m ? { h: Number(m[1]), min: Number(m[2] ?? '0'), end: m.index + m[0].length } : null;
  const bare = !found && afterDate ? BARE_CLOCK.exec(text) : null;
  const hit = found ?? (bare ? { h: Number(bare[1]), min: Number(bare[2]), end: bare[0].length } : null);
  if (!hit || hit.h > 23 || hit.min > 59) return null;
  // "kl. 13.00-16.00": the meeting starts at the first time; the end time is skipped.
  const range = /^\s*-\s*\d{1,2}(?:[.:]\d{2})?(?!\d)/.exec(text.slice(hit.end));
  return { time: `${pad(hit.h)}:${pad(hit.min)}`, end: hit.end + (range ? range[0].length : 0) };
}

/** The first four-digit year from 1990 on in the text, for a date printed without one. */
export function findYear(text: string): number | null {
  const m = /(?<!\d)(19[9]\d|20\d\d)(?!\d)/.exec(text);
  return m ? Number(m[1]) : null;
}
