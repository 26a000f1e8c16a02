import { addDays, createWorkingDayCalendar, weekdayOf } from '../../src/calendar';

/*
 * The law, written out here independently of date-holidays: Easter by the Gregorian computus, the
 * movable and fixed allmänna helgdagar of lag (1989:253) and the three aftnar of lag (1930:173) 2 §.
 */

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day in [from, to] (MM-DD, same year) that falls on `weekday`; the law's windows are 7 days, so there is exactly one. */
function weekdayInWindow(year: number, from: string, to: string, weekday: number): string {
  for (let d = `${year}-${from}`; d <= `${year}-${to}`; d = addDays(d, 1)) if (weekdayOf(d) === weekday) return d;
  throw new Error(`no weekday ${weekday} between ${from} and ${to}`);
}

const FRIDAY = 5;
const SATURDAY = 6;

/** The law's non-working holidays of a year, date → name. */
function holidaysByLaw(year: number): Map<string, string> {
  const easter = easterSunday(year);
  return new Map([
    [`${year}-01-01`, 'nyårsdagen'],
    [`${year}-01-06`, 'trettondedag jul'],
    [addDays(easter, -2), 'långfredagen'],
    [easter, 'påskdagen'],
    [addDays(easter, 1), 'annandag påsk'],
    [`${year}-05-01`, 'första maj'],
    [addDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [addDays(easter, 49), 'pingstdagen'],
    [`${year}-06-06`, 'nationaldagen'],
    [weekdayInWindow(year, '06-19', '06-25', FRIDAY), 'midsommarafton'],
    [weekdayInWindow(year, '06-20', '06-26', SATURDAY), 'midsommardagen'],
    [weekdayInWindow(year, '10-31', '11-06', SATURDAY), 'alla helgons dag'],
    [`${year}-12-24`, 'julafton'],
    [`${year}-12-25`, 'juldagen'],
    [`${year}-12-26`, 'annandag jul'],
    [`${year}-12-31`, 'nyårsafton'],
  ]);
}

/** What the law says of a day: the holiday's name, the weekend day, or null for an arbetsdag. */
function reasonByLaw(date: string, holidays: Map<string, string>): string | null {
  return holidays.get(date) ?? ({ 0: 'söndag', 6: 'lördag' } as Record<number, string>)[weekdayOf(date)] ?? null;
}

/** Every day of the years, with the law's verdict. */
function* daysOf(firstYear: number, lastYear: number): Generator<{ date: string; law: string | null }> {
  for (let year = firstYear; year <= lastYear; year++) {
    const holidays = holidaysByLaw(year);
    for (let date = `${year}-01-01`; date <= `${year}-12-31`; date = addDays(date, 1)) yield { date, law: reasonByLaw(date, holidays) };
  }
}

describe('the independent table built from the law', () => {
  it.each([
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2030, '2030-04-21'],
    [2035, '2035-03-25'],
  ])('puts Easter %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('puts midsommar and alla helgons dag in their windows', () => {
    expect(holidaysByLaw(2024).get('2024-06-21')).toBe('midsommarafton');
    expect(holidaysByLaw(2024).get('2024-06-22')).toBe('midsommardagen');
    expect(holidaysByLaw(2025).get('2025-11-01')).toBe('alla helgons dag');
  });
});

describe('arbetsdagar', () => {
  const cal = createWorkingDayCalendar();

  it('agree with the law on every day 2022–2035, names included', () => {
    const disagreements: string[] = [];
    let days = 0;
    for (const { date, law } of daysOf(2022, 2035)) {
      days++;
      const ours = cal.nonWorkingReason(date);
      if (ours !== law || cal.isWorkingDay(date) !== (law === null)) disagreements.push(`${date}: calendar ${ours ?? 'arbetsdag'}, law ${law ?? 'arbetsdag'}`);
    }
    expect(days).toBe(5113);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it('agree with the law on whether each day 2005–2100 is an arbetsdag (the law as it stands since 2005)', () => {
    const disagreements: string[] = [];
    for (const { date, law } of daysOf(2005, 2100)) if (cal.isWorkingDay(date) !== (law === null)) disagreements.push(`${date}: law ${law ?? 'arbetsdag'}`);
    expect(disagreements.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['2024-01-05', 'trettondagsafton'],
    ['2024-03-28', 'skärtorsdagen'],
    ['2024-04-30', 'valborgsmässoafton'],
    ['2024-05-20', 'annandag pingst (no longer a helgdag since 2005)'],
    ['2024-11-01', 'allhelgonaafton'],
    ['2023-05-19', 'the Friday after Kristi himmelsfärdsdag, unless the municipality says so'],
  ])('counts %s, %s, as an arbetsdag', (date) => {
    expect(cal.isWorkingDay(date)).toBe(true);
    expect(cal.nonWorkingReason(date)).toBeNull();
  });

  it.each([
    ['2024-06-21', 'midsommarafton'],
    ['2024-12-24', 'julafton'],
    ['2025-12-31', 'nyårsafton'],
    ['2023-06-06', 'nationaldagen'],
    ['2024-11-02', 'alla helgons dag'],
    ['2022-12-25', 'juldagen'],
    ['2024-03-30', 'lördag'],
    ['2024-03-31', 'påskdagen'],
    ['2024-04-07', 'söndag'],
  ])('names %s as %s', (date, reason) => {
    expect(cal.isWorkingDay(date)).toBe(false);
    expect(cal.nonWorkingReason(date)).toBe(reason);
  });
});

describe('a municipality\'s extra days off', () => {
  const cal = createWorkingDayCalendar();
  const local = createWorkingDayCalendar({ extraNonWorkingDays: ['2023-05-19', '2024-12-27'] });

  it('are not arbetsdagar there, and only there', () => {
    expect(local.nonWorkingReason('2023-05-19')).toBe('lokal ledig dag');
    expect(cal.nonWorkingReason('2023-05-19')).toBeNull();
  });

  it.each([
    ['2023-05-22', -2, '2023-05-16', '2023-05-17'],
    ['2023-05-17', 1, '2023-05-22', '2023-05-19'],
    ['2024-12-23', 1, '2024-12-30', '2024-12-27'],
  ])('are skipped when counting: %s %+i is %s there, %s by the law', (date, n, there, byLaw) => {
    expect(local.addWorkingDays(date, n)).toBe(there);
    expect(cal.addWorkingDays(date, n)).toBe(byLaw);
  });

  it('keep the holiday\'s name when one falls on a holiday', () => {
    expect(createWorkingDayCalendar({ extraNonWorkingDays: ['2024-12-24'] }).nonWorkingReason('2024-12-24')).toBe('julafton');
  });

  it('are refused when one is not a date', () => {
    expect(() => createWorkingDayCalendar({ extraNonWorkingDays: ['2023-02-29'] })).toThrow(new RangeError('Datumet 2023-02-29 finns inte'));
  });
});

describe('counting arbetsdagar', () => {
  const cal = createWorkingDayCalendar();

  it.each([
    ['2022-12-08', -2, '2022-12-06', 'an ordinary week'],
    ['2023-10-03', -2, '2023-09-29', 'back over a weekend'],
    ['2023-06-08', -2, '2023-06-05', 'back over nationaldagen'],
    ['2024-04-03', -2, '2024-03-28', 'back over Easter'],
    ['2024-06-25', -2, '2024-06-20', 'back over midsommar'],
    ['2025-01-02', -2, '2024-12-27', 'back over nyår into the old year'],
    ['2024-12-23', 1, '2024-12-27', 'forward over jul'],
    ['2024-12-27', 2, '2025-01-02', 'forward over nyår into the new year'],
    ['2024-05-08', 1, '2024-05-10', 'forward over Kristi himmelsfärdsdag'],
    ['2024-03-28', 1, '2024-04-02', 'forward over Easter'],
    ['2024-03-04', 5, '2024-03-11', 'a whole week'],
    ['2024-03-11', -5, '2024-03-04', 'a whole week back'],
    ['2024-03-09', 1, '2024-03-11', 'from a Saturday'],
    ['2024-03-09', -1, '2024-03-08', 'back from a Saturday'],
    ['2022-12-08', 0, '2022-12-08', 'zero days'],
    ['2024-12-24', 0, '2024-12-24', 'zero days from a non-working day'],
    ['2024-01-02', 250, '2024-12-30', 'a year of arbetsdagar'],
  ])('%s %+i arbetsdagar is %s (%s)', (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it.each([
    ['2024-12-24', '2024-12-27', '2024-12-23'],
    ['2024-12-23', '2024-12-23', '2024-12-23'],
    ['2024-06-21', '2024-06-24', '2024-06-20'],
    ['2025-01-01', '2025-01-02', '2024-12-30'],
  ])('finds the arbetsdag on or around %s: next %s, previous %s', (date, next, previous) => {
    expect(cal.nextWorkingDay(date)).toBe(next);
    expect(cal.previousWorkingDay(date)).toBe(previous);
  });

  it.each([
    ['2023-02-30', 'Datumet 2023-02-30 finns inte'],
    ['8/12/2022', 'Ogiltigt datum "8/12/2022": skriv ÅÅÅÅ-MM-DD'],
    ['2022-12-8', 'Ogiltigt datum "2022-12-8": skriv ÅÅÅÅ-MM-DD'],
    ['', 'Ogiltigt datum "": skriv ÅÅÅÅ-MM-DD'],
  ])('refuses %j with a RangeError', (date, message) => {
    expect(() => cal.isWorkingDay(date)).toThrow(new RangeError(message));
    expect(() => cal.nonWorkingReason(date)).toThrow(RangeError);
    expect(() => cal.addWorkingDays(date, 1)).toThrow(RangeError);
    expect(() => cal.nextWorkingDay(date)).toThrow(RangeError);
    expect(() => cal.previousWorkingDay(date)).toThrow(RangeError);
  });

  it('refuses a count that is not a whole number', () => {
    expect(() => cal.addWorkingDays('2024-03-04', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2024-03-04', Number.NaN)).toThrow(RangeError);
  });
});
