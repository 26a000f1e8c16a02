import { addDays, createWorkingDayCalendar, weekdayOf } from '../../src/calendar';

/** Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher), written here independently of the library. */
function easter(year: number): string {
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

/** The first date in [from, to] of a month that falls on `weekday`. */
function firstWeekdayBetween(year: number, from: string, to: string, weekday: number): string {
  for (let d = `${year}-${from}`; d <= `${year}-${to}`; d = addDays(d, 1)) if (weekdayOf(d) === weekday) return d;
  throw new Error('none');
}

/** Every non-working weekday of a year by the law: lag 1989:253 (allmänna helgdagar) and lag 1930:173 2 § (aftnar). */
function legalDaysOff(year: number): Map<string, string> {
  const e = easter(year);
  const days: Array<[string, string]> = [
    [`${year}-01-01`, 'nyårsdagen'],
    [`${year}-01-06`, 'trettondedag jul'],
    [addDays(e, -2), 'långfredagen'],
    [e, 'påskdagen'],
    [addDays(e, 1), 'annandag påsk'],
    [`${year}-05-01`, 'första maj'],
    [addDays(e, 39), 'Kristi himmelsfärdsdag'],
    [addDays(e, 49), 'pingstdagen'],
    [`${year}-06-06`, 'nationaldagen'],
    [firstWeekdayBetween(year, '06-19', '06-25', 5), 'midsommarafton'],
    [firstWeekdayBetween(year, '06-20', '06-26', 6), 'midsommardagen'],
    [firstWeekdayBetween(year, '10-31', '12-31', 6), 'alla helgons dag'],
    [`${year}-12-24`, 'julafton'],
    [`${year}-12-25`, 'juldagen'],
    [`${year}-12-26`, 'annandag jul'],
    [`${year}-12-31`, 'nyårsafton'],
  ];
  return new Map(days);
}

describe('the independent table', () => {
  it.each([
    [2022, '2022-04-17'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2030, '2030-04-21'],
    [2035, '2035-03-25'],
  ])('computes Easter %i as %s', (year, date) => {
    expect(easter(year)).toBe(date);
  });
});

describe('arbetsdagar 2022–2035', () => {
  const cal = createWorkingDayCalendar();

  it('agree with the law for every single day', () => {
    const wrong: string[] = [];
    let days = 0;
    for (let year = 2022; year <= 2035; year++) {
      const off = legalDaysOff(year);
      for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
        const expected = weekdayOf(d) !== 0 && weekdayOf(d) !== 6 && !off.has(d);
        if (cal.isWorkingDay(d) !== expected) wrong.push(`${d}: library says ${cal.isWorkingDay(d) ? 'arbetsdag' : cal.nonWorkingReason(d)}, law says ${expected ? 'arbetsdag' : off.get(d)}`);
        days++;
      }
    }
    expect(days).toBe(5113);
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it.each([
    ['2024-01-05', null, 'trettondagsafton is a working day'],
    ['2024-03-28', null, 'skärtorsdagen is a working day'],
    ['2024-04-30', null, 'valborgsmässoafton is a working day'],
    ['2024-06-21', 'midsommarafton', ''],
    ['2024-12-24', 'julafton', ''],
    ['2025-12-31', 'nyårsafton', ''],
    ['2023-06-06', 'nationaldagen', ''],
    ['2024-11-02', 'lördag', 'alla helgons dag on a Saturday is a Saturday'],
  ])('names %s as %s', (date, reason, _why) => {
    expect(cal.nonWorkingReason(date)).toBe(reason);
  });

  it('honours a municipality\'s extra non-working days', () => {
    const local = createWorkingDayCalendar({ extraNonWorkingDays: ['2023-05-19'] });
    expect(local.nonWorkingReason('2023-05-19')).toBe('lokal ledig dag');
    expect(cal.isWorkingDay('2023-05-19')).toBe(true);
    // 19 May is the klämdag, 18 May Kristi himmelsfärdsdag.
    expect(local.addWorkingDays('2023-05-22', -2)).toBe('2023-05-16');
  });

  it('refuses a date that does not exist', () => {
    expect(() => cal.addWorkingDays('2023-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('8/12/2022', 1)).toThrow(/ÅÅÅÅ-MM-DD/);
  });
});

describe('counting arbetsdagar', () => {
  const cal = createWorkingDayCalendar();
  it.each([
    ['2022-12-08', -2, '2022-12-06'],
    ['2023-10-03', -2, '2023-09-29'],
    ['2023-06-08', -2, '2023-06-05'],
    ['2023-10-26', -2, '2023-10-24'],
    ['2024-04-03', -2, '2024-03-28'],
    ['2024-06-25', -2, '2024-06-20'],
    ['2025-01-02', -2, '2024-12-27'],
    ['2024-12-23', 1, '2024-12-27'],
    ['2022-12-08', 0, '2022-12-08'],
    ['2024-05-08', 1, '2024-05-10'],
  ])('%s %+i arbetsdagar is %s', (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it('finds the next and previous arbetsdag', () => {
    expect(cal.nextWorkingDay('2024-12-24')).toBe('2024-12-27');
    expect(cal.previousWorkingDay('2024-12-26')).toBe('2024-12-23');
    expect(cal.nextWorkingDay('2024-12-23')).toBe('2024-12-23');
  });
});
