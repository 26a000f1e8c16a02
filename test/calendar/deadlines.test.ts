import { appealEnds, computeDeadlines, createWorkingDayCalendar, formatSwedishDate, stockholmDate, stockholmInstant, stockholmTime } from '../../src/calendar';

const cal = createWorkingDayCalendar();

describe('a meeting\'s deadlines', () => {
  it('match the seeds', () => {
    expect(computeDeadlines(cal, { meeting: '2022-12-08' })).toEqual({
      meeting: '2022-12-08', delegationRequestDeadline: '2022-12-06', justeringLatest: '2022-12-22', justeringSuggested: '2022-12-22', anslagLatest: null, appealEnds: null,
    });
    expect(computeDeadlines(cal, { meeting: '2023-10-03', justering: '2023-10-05', anslag: '2023-10-06' })).toMatchObject({
      delegationRequestDeadline: '2023-09-29', justeringLatest: '2023-10-17', anslagLatest: '2023-10-07', appealEnds: '2023-10-27',
    });
  });

  it('suggests the last arbetsdag when the 14th day is not one', () => {
    expect(computeDeadlines(cal, { meeting: '2023-12-10' })).toMatchObject({ justeringLatest: '2023-12-24', justeringSuggested: '2023-12-22' });
    expect(computeDeadlines(cal, { meeting: '2024-06-07' })).toMatchObject({ justeringLatest: '2024-06-21', justeringSuggested: '2024-06-20' });
  });

  it.each([
    ['an ordinary day', '2023-10-06', '2023-10-27'],
    ['a Saturday', '2023-10-07', '2023-10-30'],
    ['julafton', '2024-12-03', '2024-12-27'],
    ['midsommarafton', '2024-05-31', '2024-06-24'],
    ['nyårsafton into the new year', '2024-12-10', '2025-01-02'],
  ])('moves an appeal period ending on %s to the next arbetsdag', (_what, anslag, end) => {
    expect(appealEnds(cal, anslag)).toBe(end);
  });

  it('sets N of the delegation rule', () => {
    expect(computeDeadlines(cal, { meeting: '2022-12-08', delegationDays: 3 }).delegationRequestDeadline).toBe('2022-12-05');
  });
});

describe('Swedish time', () => {
  it.each([
    ['2024-06-30T22:30:00Z', '2024-07-01', '00:30'],
    ['2024-01-15T23:30:00Z', '2024-01-16', '00:30'],
    ['2024-03-31T00:59:00Z', '2024-03-31', '01:59'],
    ['2024-03-31T01:00:00Z', '2024-03-31', '03:00'],
    ['2024-10-27T00:30:00Z', '2024-10-27', '02:30'],
    ['2024-10-27T01:30:00Z', '2024-10-27', '02:30'],
  ])('%s is %s %s in Stockholm', (iso, date, time) => {
    expect(stockholmDate(new Date(iso))).toBe(date);
    expect(stockholmTime(new Date(iso))).toBe(time);
  });

  it.each([
    ['2024-01-15', '09:00', '2024-01-15T08:00:00.000Z'],
    ['2024-07-01', '09:00', '2024-07-01T07:00:00.000Z'],
    ['2024-03-31', '09:00', '2024-03-31T07:00:00.000Z'],
    ['2024-10-27', '09:00', '2024-10-27T08:00:00.000Z'],
    ['2024-03-31', '02:30', '2024-03-31T01:30:00.000Z'],
    ['2024-10-27', '02:30', '2024-10-27T00:30:00.000Z'],
  ])('%s %s in Stockholm is %s', (date, time, iso) => {
    expect(stockholmInstant(date, time).toISOString()).toBe(iso);
  });

  it('writes dates the Swedish way', () => {
    expect(formatSwedishDate('2022-12-08', { weekday: true })).toBe('torsdag 8 december');
    expect(formatSwedishDate('2022-12-08')).toBe('8 december 2022');
    expect(formatSwedishDate('2023-06-05', { weekday: true, year: true })).toBe('måndag 5 juni 2023');
  });
});
