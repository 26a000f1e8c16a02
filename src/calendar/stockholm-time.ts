import type { ClockTime, IsoDate } from '../domain/dates';
import { assertIsoDate } from './dates';

/*
 * Swedish wall-clock time (Europe/Stockholm, summer time included) of instants that are passed in.
 * Intl carries the time-zone rules, so no library is needed and the machine's zone never matters.
 */

const HOUR_MS = 3_600_000;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const STOCKHOLM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { date: IsoDate; time: ClockTime } {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new RangeError(`Ogiltig tidpunkt: ${String(instant)}`);
  const p: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of STOCKHOLM.formatToParts(instant)) p[type] = value;
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The calendar date in Sweden at this instant. */
export function stockholmDate(instant: Date): IsoDate {
  return wallClock(instant).date;
}

/** The time of day in Sweden at this instant, HH:MM. */
export function stockholmTime(instant: Date): ClockTime {
  return wallClock(instant).time;
}

/**
 * The instant of a Swedish wall-clock time. A time the spring change skips (02:00–02:59) is read
 * with winter time, landing just after the gap (02:30 → 03:30); an autumn time that occurs twice
 * takes the first (summer time) occurrence.
 */
export function stockholmInstant(date: IsoDate, time: ClockTime): Date {
  assertIsoDate(date);
  if (typeof time !== 'string' || !CLOCK_TIME.test(time)) throw new RangeError(`Ogiltig tid ${JSON.stringify(time)}: skriv TT:MM`);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(y, mo - 1, d, h, mi);
  // Sweden is UTC+2 in summer and UTC+1 in winter: try summer time first so an ambiguous time gets the earlier instant.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asIfUtc - offsetHours * HOUR_MS);
    const w = wallClock(candidate);
    if (w.date === date && w.time === time) return candidate;
  }
  return new Date(asIfUtc - HOUR_MS);
}
