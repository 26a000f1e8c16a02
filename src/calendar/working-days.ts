import type { IsoDate } from '../domain/dates';
import { fromDayNumber, toDayNumber, weekdayOfDay } from './dates';
import { swedishHolidayOn } from './swedish-holidays';

/** Arbetsdagar: Monday–Friday that is neither a Swedish holiday (lag 1989:253, lag 1930:173 2 §) nor a local day off. */
export interface WorkingDayCalendar {
  /** True for an arbetsdag. */
  isWorkingDay(date: IsoDate): boolean;
  /** Why a day is not an arbetsdag ("juldagen", "midsommarafton", "lördag", "söndag", "lokal ledig dag"), or null for an arbetsdag. */
  nonWorkingReason(date: IsoDate): string | null;
  /** The day n arbetsdagar after `date` (n < 0: before), counting only days strictly after (before) it; n = 0 returns `date`. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The first arbetsdag on or after `date`. */
  nextWorkingDay(date: IsoDate): IsoDate;
  /** The last arbetsdag on or before `date`. */
  previousWorkingDay(date: IsoDate): IsoDate;
}

/** How a municipality's calendar differs from the law's. */
export interface WorkingDayCalendarOptions {
  /** The municipality's own days off (klämdagar such as the Friday after Kristi himmelsfärdsdag). */
  extraNonWorkingDays?: readonly IsoDate[];
}

const WEEKEND_NAMES: Readonly<Record<number, string>> = { 0: 'söndag', 6: 'lördag' };
const LOCAL_DAY_OFF = 'lokal ledig dag';

/** A working-day calendar: the law's arbetsdagar, less the municipality's extra days off. */
export function createWorkingDayCalendar(options: WorkingDayCalendarOptions = {}): WorkingDayCalendar {
  const extra = new Set((options.extraNonWorkingDays ?? []).map(toDayNumber));

  // Cheapest test first: most days are decided by the weekday alone.
  const isWorking = (day: number): boolean => {
    const weekday = weekdayOfDay(day);
    return weekday !== 0 && weekday !== 6 && !extra.has(day) && swedishHolidayOn(day) === undefined;
  };
  // The holiday's name says more than "lördag" when juldagen or alla helgons dag falls on a weekend.
  const reason = (day: number): string | null =>
    swedishHolidayOn(day) ?? WEEKEND_NAMES[weekdayOfDay(day)] ?? (extra.has(day) ? LOCAL_DAY_OFF : null);
  // Terminates: at most a few non-working days in a row (weekends, holidays and a finite list of extra days).
  const seek = (day: number, direction: 1 | -1): number => {
    let d = day;
    while (!isWorking(d)) d += direction;
    return d;
  };

  return {
    isWorkingDay: (date) => isWorking(toDayNumber(date)),
    nonWorkingReason: (date) => reason(toDayNumber(date)),
    addWorkingDays(date, n) {
      if (!Number.isSafeInteger(n)) throw new RangeError(`Antalet arbetsdagar ska vara ett heltal, inte ${n}`);
      const direction = n < 0 ? -1 : 1;
      let day = toDayNumber(date);
      for (let i = 0; i < Math.abs(n); i++) day = seek(day + direction, direction);
      return fromDayNumber(day);
    },
    nextWorkingDay: (date) => fromDayNumber(seek(toDayNumber(date), 1)),
    previousWorkingDay: (date) => fromDayNumber(seek(toDayNumber(date), -1)),
  };
}
