import { stockholmDate, stockholmInstant, stockholmTime } from '../../src/calendar';

describe('Swedish wall-clock time of an instant', () => {
  it.each([
    ['2024-06-30T22:30:00Z', '2024-07-01', '00:30', 'after midnight in summer, still June 30 in UTC'],
    ['2024-06-30T21:59:00Z', '2024-06-30', '23:59', 'just before midnight in summer'],
    ['2024-01-15T23:30:00Z', '2024-01-16', '00:30', 'after midnight in winter'],
    ['2024-01-15T22:59:00Z', '2024-01-15', '23:59', 'just before midnight in winter'],
    ['2024-12-31T23:00:00Z', '2025-01-01', '00:00', 'nyår at the stroke of midnight'],
    ['2024-03-31T00:59:00Z', '2024-03-31', '01:59', 'the last winter minute of the spring change'],
    ['2024-03-31T01:00:00Z', '2024-03-31', '03:00', 'the first summer minute of the spring change'],
    ['2024-10-27T00:30:00Z', '2024-10-27', '02:30', 'the first 02:30 of the autumn change'],
    ['2024-10-27T01:30:00Z', '2024-10-27', '02:30', 'the second 02:30 of the autumn change'],
    ['2024-10-27T02:00:00Z', '2024-10-27', '03:00', 'after the autumn change'],
  ])('reads %s as %s %s (%s)', (iso, date, time) => {
    expect(stockholmDate(new Date(iso))).toBe(date);
    expect(stockholmTime(new Date(iso))).toBe(time);
  });

  it('refuses an invalid instant', () => {
    expect(() => stockholmDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('the instant of a Swedish wall-clock time', () => {
  it.each([
    ['2024-01-15', '09:00', '2024-01-15T08:00:00.000Z', 'winter time'],
    ['2024-07-01', '09:00', '2024-07-01T07:00:00.000Z', 'summer time'],
    ['2024-07-01', '00:30', '2024-06-30T22:30:00.000Z', 'after midnight in summer: the day before in UTC'],
    ['2024-03-31', '01:59', '2024-03-31T00:59:00.000Z', 'just before the spring gap'],
    ['2024-03-31', '02:30', '2024-03-31T01:30:00.000Z', 'inside the spring gap: after it, at 03:30'],
    ['2024-03-31', '03:00', '2024-03-31T01:00:00.000Z', 'just after the spring gap'],
    ['2024-03-31', '09:00', '2024-03-31T07:00:00.000Z', 'the morning of the spring change'],
    ['2024-10-27', '02:30', '2024-10-27T00:30:00.000Z', 'twice in the autumn: the first'],
    ['2024-10-27', '03:00', '2024-10-27T02:00:00.000Z', 'just after the autumn change'],
    ['2024-10-27', '09:00', '2024-10-27T08:00:00.000Z', 'the morning of the autumn change'],
    ['2025-03-30', '02:00', '2025-03-30T01:00:00.000Z', 'the spring gap of 2025 starts at 02:00'],
  ])('%s %s is %s (%s)', (date, time, iso) => {
    expect(stockholmInstant(date, time).toISOString()).toBe(iso);
  });

  it.each([
    ['2024-01-01', '00:00'],
    ['2024-06-15', '23:59'],
    ['2024-10-27', '01:59'],
    ['2024-10-27', '03:30'],
  ])('reads back %s %s unchanged', (date, time) => {
    const instant = stockholmInstant(date, time);
    expect([stockholmDate(instant), stockholmTime(instant)]).toEqual([date, time]);
  });

  it.each([
    ['2024-02-30', '09:00', RangeError],
    ['2024-01-15', '24:00', RangeError],
    ['2024-01-15', '9:00', RangeError],
    ['2024-01-15', '09:60', RangeError],
  ])('refuses %s %s', (date, time, error) => {
    expect(() => stockholmInstant(date, time)).toThrow(error);
  });
});
