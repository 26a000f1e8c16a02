import { addDays, createWorkingDayCalendar, formatSwedishDate, stockholmDate, stockholmInstant, weekdayOf } from '../../src/calendar';

/*
 * The calendar must give the same answers in every time zone the machine might run in. Jest
 * cannot switch zones inside a run (a test's process.env is a copy), so these cases are chosen
 * to break local-time arithmetic in the zones that hurt most, and the suite is also run with
 * TZ=America/Los_Angeles (behind UTC) and TZ=Pacific/Kiritimati (UTC+14).
 */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`whatever the machine's time zone (now ${zone})`, () => {
  it.each([
    ['1994-12-30', 1, '1994-12-31', 'a day Pacific/Kiritimati skipped'],
    ['2011-12-29', 1, '2011-12-30', 'a day Pacific/Apia skipped'],
    ['2024-03-10', 1, '2024-03-11', 'the US spring change'],
    ['2024-11-03', 1, '2024-11-04', 'the US autumn change'],
    ['2024-03-31', -1, '2024-03-30', 'the European spring change'],
    ['2024-10-27', 1, '2024-10-28', 'the European autumn change'],
    ['2024-01-01', -1, '2023-12-31', 'the year boundary'],
  ])('steps from %s by %i day to %s (%s)', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2024-01-01', 1],
    ['2024-03-10', 0],
    ['2024-03-31', 0],
    ['1994-12-31', 6],
  ])('knows %s is weekday %i', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('finds the holidays on their Swedish dates', () => {
    const cal = createWorkingDayCalendar();
    const off = ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-01', '2024-05-09', '2024-06-06', '2024-06-21', '2024-12-24', '2024-12-25', '2024-12-26', '2024-12-31'];
    expect(off.filter((d) => cal.isWorkingDay(d))).toEqual([]);
    const dayBefore = ['2024-03-28', '2024-04-30', '2024-05-08', '2024-06-05', '2024-06-20', '2024-12-23', '2024-12-30'];
    expect(dayBefore.filter((d) => !cal.isWorkingDay(d))).toEqual([]);
  });

  it('reads Swedish dates and times from instants', () => {
    expect(stockholmDate(new Date('2024-06-30T22:30:00Z'))).toBe('2024-07-01');
    expect(stockholmInstant('2024-07-01', '00:30').toISOString()).toBe('2024-06-30T22:30:00.000Z');
    expect(formatSwedishDate('2024-01-01', { weekday: true })).toBe('måndag 1 januari');
  });
});
