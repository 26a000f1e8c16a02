import type { IsoDate } from '../domain/dates';

/*
 * Calendar dates as YYYY-MM-DD strings. Arithmetic runs on day numbers (whole days since
 * 1970-01-01, i.e. UTC midnights), so neither the machine's time zone nor its summer time can
 * shift a date by one.
 */

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 400 Gregorian years are exactly this many days; see toDayNumber. */
const DAYS_PER_400_YEARS = 146_097;
const FIRST_DAY = -719_528; // 0000-01-01
const LAST_DAY = 2_932_896; // 9999-12-31

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day number of a YYYY-MM-DD date; throws a RangeError with a message a user can act on. */
export function toDayNumber(date: IsoDate): number {
  const m = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (!m) throw new RangeError(`Ogiltigt datum ${JSON.stringify(date)}: skriv ÅÅÅÅ-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const monthLength = mo === 2 && isLeapYear(y) ? 29 : MONTH_LENGTHS[mo - 1];
  if (monthLength === undefined || d < 1 || d > monthLength) throw new RangeError(`Datumet ${date} finns inte`);
  // Date.UTC reads years 0–99 as 1900–1999; going 400 years up and back avoids that and changes nothing else.
  return Date.UTC(y + 400, mo - 1, d) / DAY_MS - DAYS_PER_400_YEARS;
}

/** The YYYY-MM-DD date of a day number; a RangeError outside years 0000–9999. */
export function fromDayNumber(day: number): IsoDate {
  if (day < FIRST_DAY || day > LAST_DAY) throw new RangeError('Datumet hamnar utanför åren 0000–9999');
  // Getters and padding: four times faster than toISOString(), which shows in the deadline loops.
  const t = new Date(day * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** 0 = Sunday … 6 = Saturday, of a day number (1970-01-01 was a Thursday). */
export const weekdayOfDay = (day: number): number => (((day + 4) % 7) + 7) % 7;

/** The year of a day number. */
export const yearOfDay = (day: number): number => new Date(day * DAY_MS).getUTCFullYear();

/** Throws a RangeError unless `date` is a real YYYY-MM-DD date. */
export function assertIsoDate(date: IsoDate): void {
  toDayNumber(date);
}

/** The date n calendar days after `date` (n < 0: before). */
export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Antalet dagar ska vara ett heltal, inte ${n}`);
  return fromDayNumber(toDayNumber(date) + n);
}

/** The weekday of `date`: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDay(toDayNumber(date));
}

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "8 december 2022"; with weekday "torsdag 8 december" (the year is then left out unless asked for). */
export function formatSwedishDate(date: IsoDate, options: { weekday?: boolean; year?: boolean } = {}): string {
  const weekday = WEEKDAYS[weekdayOfDay(toDayNumber(date))];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const withYear = options.year ?? !options.weekday;
  const core = `${d} ${MONTHS[mo - 1]}${withYear ? ` ${y}` : ''}`;
  return options.weekday ? `${weekday} ${core}` : core;
}
