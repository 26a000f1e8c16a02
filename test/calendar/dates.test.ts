import { addDays, assertIsoDate, formatSwedishDate, weekdayOf } from '../../src/calendar';

describe('calendar arithmetic', () => {
  it.each([
    ['2022-12-08', 14, '2022-12-22'],
    ['2022-12-22', -14, '2022-12-08'],
    ['2023-12-31', 1, '2024-01-01'],
    ['2024-01-01', -1, '2023-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-03-30', 1, '2024-03-31'],
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-10-27', 1, '2024-10-28'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2022-12-08', 0, '2022-12-08'],
  ])('%s %+i days is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2022-12-08', 4],
    ['2023-10-07', 6],
    ['2023-10-08', 0],
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2000-01-01', 6],
    ['0099-06-30', 2],
  ])('knows %s is weekday %i (0 = Sunday)', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });

  it('takes years 0000–0099 as they are, not as 1900–1999', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
});

describe('date validation', () => {
  it.each([
    ['2023-02-29', 'Datumet 2023-02-29 finns inte'],
    ['2100-02-29', 'Datumet 2100-02-29 finns inte'],
    ['2023-04-31', 'Datumet 2023-04-31 finns inte'],
    ['2023-00-10', 'Datumet 2023-00-10 finns inte'],
    ['2023-10-00', 'Datumet 2023-10-00 finns inte'],
    ['2023-10-3', 'Ogiltigt datum "2023-10-3": skriv ÅÅÅÅ-MM-DD'],
    ['2023-10-03T10:00', 'Ogiltigt datum "2023-10-03T10:00": skriv ÅÅÅÅ-MM-DD'],
    [' 2023-10-03', 'Ogiltigt datum " 2023-10-03": skriv ÅÅÅÅ-MM-DD'],
  ])('refuses %j with a RangeError a user can act on', (date, message) => {
    expect(() => assertIsoDate(date)).toThrow(new RangeError(message));
    expect(() => addDays(date, 1)).toThrow(RangeError);
    expect(() => weekdayOf(date)).toThrow(RangeError);
    expect(() => formatSwedishDate(date)).toThrow(RangeError);
  });

  it('accepts a leap day', () => {
    expect(() => assertIsoDate('2024-02-29')).not.toThrow();
  });

  it('refuses to step outside the years 0000–9999', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('0000-01-01', -1)).toThrow(RangeError);
  });

  it('refuses a fractional number of days', () => {
    expect(() => addDays('2024-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('Swedish dates in words', () => {
  it.each([
    ['2022-12-08', { weekday: true }, 'torsdag 8 december'],
    ['2022-12-08', {}, '8 december 2022'],
    ['2023-06-05', { weekday: true, year: true }, 'måndag 5 juni 2023'],
    ['2024-01-01', {}, '1 januari 2024'],
    ['2023-10-08', { weekday: true }, 'söndag 8 oktober'],
    ['2024-03-30', { weekday: true }, 'lördag 30 mars'],
    ['2024-08-14', { weekday: true }, 'onsdag 14 augusti'],
    ['2024-02-06', { year: false }, '6 februari'],
  ])('writes %s with %j as "%s"', (date, options, text) => {
    expect(formatSwedishDate(date, options)).toBe(text);
  });
});
