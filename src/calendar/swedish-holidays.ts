import Holidays from 'date-holidays';
import { toDayNumber, yearOfDay } from './dates';

/*
 * The days that Swedish law takes out of the working week besides Saturday and Sunday: the
 * allmänna helgdagar of lag (1989:253) and midsommarafton, julafton and nyårsafton, which
 * lag (1930:173) 2 § treats the same way. The dates come from date-holidays; its data follows
 * the law as it stands since 2005 (nationaldagen in, annandag pingst out), which is all a
 * committee's deadlines need.
 */

/**
 * date-holidays calls the allmänna helgdagar "public" and the three aftnar "bank". Its "optional"
 * and "observance" days (trettondagsafton, skärtorsdagen, valborgsmässoafton, påskafton …) are
 * ordinary working days or fall on a weekend anyway, so they must not count.
 */
const NON_WORKING_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);

let source: Holidays | undefined;
const byYear = new Map<number, ReadonlyMap<number, string>>();

/** A year's non-working holidays, day number → Swedish name; read from date-holidays once per year. */
function holidaysOf(year: number): ReadonlyMap<number, string> {
  let days = byYear.get(year);
  if (!days) {
    source ??= new Holidays('SE');
    const found = new Map<number, string>();
    for (const h of source.getHolidays(year, 'sv')) {
      if (!NON_WORKING_TYPES.has(h.type)) continue;
      // `date` is "YYYY-MM-DD HH:mm:ss" in Swedish local time: the first ten characters are the Swedish date.
      const day = toDayNumber(h.date.slice(0, 10));
      // Two holidays can share a day (första maj and Kristi himmelsfärdsdag in 2008): keep the first name.
      if (!found.has(day)) found.set(day, h.name);
    }
    days = found;
    byYear.set(year, days);
  }
  return days;
}

/** The Swedish name of the non-working holiday on this day number ("juldagen", "midsommarafton"), if any. */
export function swedishHolidayOn(day: number): string | undefined {
  return holidaysOf(yearOfDay(day)).get(day);
}
