import {
  anslagLatest,
  appealEnds,
  computeDeadlines,
  createWorkingDayCalendar,
  delegationRequestDeadline,
  justeringLatest,
  justeringSuggested,
} from '../../src/calendar';

const cal = createWorkingDayCalendar();
/** A municipality that closes on the klämdag after Kristi himmelsfärdsdag 2023. */
const withKlamdag = createWorkingDayCalendar({ extraNonWorkingDays: ['2023-05-19'] });

describe('the last day to ask for delegation and anmälan documents', () => {
  it.each([
    ['2022-12-08', '2022-12-06', 'the seed: Thursday → Tuesday'],
    ['2023-10-03', '2023-09-29', 'the seed: back over a weekend'],
    ['2023-06-08', '2023-06-05', 'back over nationaldagen'],
    ['2023-10-26', '2023-10-24', 'an ordinary week'],
    ['2024-04-03', '2024-03-28', 'back over annandag påsk and långfredagen'],
    ['2024-06-25', '2024-06-20', 'back over midsommar'],
    ['2025-01-07', '2025-01-02', 'back over trettondedag jul'],
    ['2025-01-02', '2024-12-27', 'back over nyår into the old year'],
    ['2023-12-27', '2023-12-21', 'back over jul'],
  ])('for a meeting on %s is %s (%s)', (meeting, deadline) => {
    expect(delegationRequestDeadline(cal, meeting)).toBe(deadline);
  });

  it.each([
    [0, '2022-12-08'],
    [1, '2022-12-07'],
    [3, '2022-12-05'],
    [5, '2022-12-01'],
  ])('counts %i arbetsdagar when the committee says so', (n, deadline) => {
    expect(delegationRequestDeadline(cal, '2022-12-08', n)).toBe(deadline);
  });

  it('skips the municipality\'s klämdag', () => {
    expect(delegationRequestDeadline(cal, '2023-05-23')).toBe('2023-05-19');
    expect(delegationRequestDeadline(withKlamdag, '2023-05-23')).toBe('2023-05-17');
  });

  it('refuses a negative or fractional N', () => {
    expect(() => delegationRequestDeadline(cal, '2022-12-08', -1)).toThrow(RangeError);
    expect(() => delegationRequestDeadline(cal, '2022-12-08', 1.5)).toThrow(RangeError);
  });
});

describe('justering', () => {
  it.each([
    ['2022-12-08', '2022-12-22', '2022-12-22', 'an arbetsdag: suggested as it is'],
    ['2023-10-03', '2023-10-17', '2023-10-17', 'the Gnesta seed'],
    ['2023-12-10', '2023-12-24', '2023-12-22', 'julafton on a Sunday'],
    ['2024-06-07', '2024-06-21', '2024-06-20', 'midsommarafton'],
    ['2024-12-12', '2024-12-26', '2024-12-23', 'annandag jul'],
    ['2025-12-17', '2025-12-31', '2025-12-30', 'nyårsafton'],
    ['2023-03-24', '2023-04-07', '2023-04-06', 'långfredagen'],
    ['2025-03-29', '2025-04-12', '2025-04-11', 'a Saturday'],
  ])('after a meeting on %s is at the latest %s, suggested %s (%s)', (meeting, latest, suggested) => {
    expect(justeringLatest(meeting)).toBe(latest);
    expect(justeringSuggested(cal, meeting)).toBe(suggested);
  });

  it('is suggested before the municipality\'s klämdag', () => {
    expect(justeringSuggested(cal, '2023-05-05')).toBe('2023-05-19');
    expect(justeringSuggested(withKlamdag, '2023-05-05')).toBe('2023-05-17');
  });
});

describe('the anslag', () => {
  it.each([
    ['2023-10-05', '2023-10-07', 'Gnesta: a Thursday justering, so a Saturday'],
    ['2022-12-12', '2022-12-14', 'an ordinary week'],
    ['2024-12-30', '2025-01-01', 'across the year boundary'],
    ['2024-02-28', '2024-03-01', 'across a leap day'],
  ])('after justering on %s is at the latest %s (%s)', (justering, latest) => {
    expect(anslagLatest(justering)).toBe(latest);
  });
});

describe('the appeal period', () => {
  it.each([
    ['2023-10-06', '2023-10-27', 'ends on an ordinary day (Gnesta)'],
    ['2025-03-07', '2025-03-28', 'ends on an ordinary Friday'],
    ['2023-10-07', '2023-10-30', 'ends on a Saturday, so Monday'],
    ['2024-12-03', '2024-12-27', 'ends on julafton, so after jul'],
    ['2023-12-02', '2023-12-27', 'ends on the Saturday before julafton, so after jul'],
    ['2024-05-31', '2024-06-24', 'ends on midsommarafton, so Monday'],
    ['2024-06-01', '2024-06-24', 'ends on midsommardagen, so Monday'],
    ['2024-12-10', '2025-01-02', 'ends on nyårsafton, so into the new year'],
  ])('from an anslag on %s ends %s (%s)', (anslag, end) => {
    expect(appealEnds(anslag)).toBe(end);
  });

  it('is not lengthened by a municipality\'s klämdag, which the law does not know', () => {
    expect(computeDeadlines(withKlamdag, { meeting: '2023-04-25', anslag: '2023-04-28' }).appealEnds).toBe('2023-05-19');
  });
});

describe('all of a meeting\'s deadlines at once', () => {
  it('match the Nyköping seed, before justering', () => {
    expect(computeDeadlines(cal, { meeting: '2022-12-08' })).toEqual({
      meeting: '2022-12-08',
      delegationRequestDeadline: '2022-12-06',
      justeringLatest: '2022-12-22',
      justeringSuggested: '2022-12-22',
      anslagLatest: null,
      appealEnds: null,
    });
  });

  it('match the Gnesta seed, with justering and anslag', () => {
    expect(computeDeadlines(cal, { meeting: '2023-10-03', justering: '2023-10-05', anslag: '2023-10-06' })).toEqual({
      meeting: '2023-10-03',
      delegationRequestDeadline: '2023-09-29',
      justeringLatest: '2023-10-17',
      justeringSuggested: '2023-10-17',
      anslagLatest: '2023-10-07',
      appealEnds: '2023-10-27',
    });
  });

  it('use the committee\'s N for the delegation rule', () => {
    expect(computeDeadlines(cal, { meeting: '2022-12-08', delegationDays: 3 }).delegationRequestDeadline).toBe('2022-12-05');
  });

  it.each([
    [{ meeting: '2023-13-01' }, 'Datumet 2023-13-01 finns inte'],
    [{ meeting: '2023-10-03', justering: '5/10' }, 'Ogiltigt datum "5/10": skriv ÅÅÅÅ-MM-DD'],
    [{ meeting: '2023-10-03', anslag: '2023-02-29' }, 'Datumet 2023-02-29 finns inte'],
  ])('refuse %j with a RangeError naming the bad date', (input, message) => {
    expect(() => computeDeadlines(cal, input)).toThrow(new RangeError(message));
  });
});
