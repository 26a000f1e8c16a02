import { z } from 'zod';

/** A calendar date in the committee's own calendar, YYYY-MM-DD (no time zone: a Swedish date). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'ska vara ett datum ÅÅÅÅ-MM-DD')
  .refine((s) => isRealDate(s), 'finns inte i kalendern');
export type IsoDate = z.infer<typeof IsoDate>;

/** A wall-clock time in Sweden, HH:MM (24 h). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'ska vara en tid TT:MM');
export type ClockTime = z.infer<typeof ClockTime>;

/** True when YYYY-MM-DD names a day that exists (no 2023-02-30). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Swedish month names and their usual abbreviations, as kallelser and beslut write them ("8 juni 2023", "8 dec. 2022"). */
export const SWEDISH_MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
