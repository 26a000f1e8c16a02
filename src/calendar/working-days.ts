import Holidays from 'date-holidays';
import { addDays, assertDate, weekdayOf } from './dates';

/** Arbetsdagar as Swedish law counts them. */
export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** Why a day is not an arbetsdag ("lördag", "juldagen", "midsommarafton", "lokal ledig dag"), or null for an arbetsdag. */
  nonWorkingReason(date: string): string | null;
  /** The arbetsdag n arbetsdagar after (n < 0: before) `date`, counting strictly after/before it; 0 returns `date`. */
  addWorkingDays(date: string, n: number): string;
  /** The first arbetsdag on or after `date`. */
  nextWorkingDay(date: string): string;
  /** The last arbetsdag on or before `date`. */
  previousWorkingDay(date: string): string;
}

/**
 * date-holidays marks the allmänna helgdagar (lag 1989:253) "public" and midsommarafton, julafton and
 * nyårsafton "bank"; both count here (lag 1930:173, 2 §). Its "optional" and "observance" days
 * (trettondagsafton, skärtorsdagen, påskafton …) are working days, or weekends anyway.
 */
const NON_WORKING_TYPES = new Set(['public', 'bank']);
const holidays = new Holidays('SE');
const byYear = new Map<number, Map<string, string>>();

function holidaysOf(year: number): Map<string, string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    for (const h of holidays.getHolidays(year, 'sv')) if (NON_WORKING_TYPES.has(h.type)) days.set(h.date.slice(0, 10), h.name);
    byYear.set(year, days);
  }
  return days;
}

/** The calendar, with a municipality's extra non-working days (klämdagar). */
export function createWorkingDayCalendar(options: { extraNonWorkingDays?: readonly string[] } = {}): WorkingDayCalendar {
  const extra = new Set(options.extraNonWorkingDays ?? []);
  extra.forEach(assertDate);

  // Deadlines ask about the same few hundred days again and again: remember each day's answer.
  const known = new Map<string, string | null>();
  const nonWorkingReason = (date: string): string | null => {
    const cached = known.get(date);
    if (cached !== undefined) return cached;
    const reason = reasonOf(date);
    if (known.size > 20_000) known.clear();
    known.set(date, reason);
    return reason;
  };
  const reasonOf = (date: string): string | null => {
    const wd = weekdayOf(date);
    if (wd === 6) return 'lördag';
    if (wd === 0) return 'söndag';
    const name = holidaysOf(Number(date.slice(0, 4))).get(date);
    if (name) return name;
    return extra.has(date) ? 'lokal ledig dag' : null;
  };
  const isWorkingDay = (date: string): boolean => nonWorkingReason(date) === null;
  const step = (date: string, dir: 1 | -1): string => {
    let d = date;
    do d = addDays(d, dir);
    while (!isWorkingDay(d));
    return d;
  };
  return {
    isWorkingDay,
    nonWorkingReason,
    addWorkingDays(date, n) {
      assertDate(date);
      let d = date;
      for (let i = 0; i < Math.abs(n); i++) d = step(d, n > 0 ? 1 : -1);
      return d;
    },
    nextWorkingDay: (date) => (isWorkingDay(date) ? date : step(date, 1)),
    previousWorkingDay: (date) => (isWorkingDay(date) ? date : step(date, -1)),
  };
}
