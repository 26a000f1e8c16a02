/** Plain calendar arithmetic on YYYY-MM-DD dates, done in UTC so the machine's time zone never matters. */
const DAY_MS = 86_400_000;

function toUtc(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new RangeError(`Ogiltigt datum "${date}": skriv ÅÅÅÅ-MM-DD`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) throw new RangeError(`Datumet ${date} finns inte`);
  return t;
}

const fromUtc = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The date n calendar days after (n < 0: before) `date`. */
export function addDays(date: string, n: number): string {
  return fromUtc(toUtc(date) + n * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** Throws a RangeError with a Swedish message unless `date` is a real YYYY-MM-DD date. */
export function assertDate(date: string): void {
  toUtc(date);
}

const WEEKDAYS = ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];
const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "8 december 2022"; with weekday "torsdag 8 december"; with both "torsdag 8 december 2022". */
export function formatSwedishDate(date: string, opts: { weekday?: boolean; year?: boolean } = {}): string {
  const d = new Date(toUtc(date));
  const year = opts.year ?? !opts.weekday;
  const core = `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${year ? ` ${d.getUTCFullYear()}` : ''}`;
  return opts.weekday ? `${WEEKDAYS[d.getUTCDay()]} ${core}` : core;
}
