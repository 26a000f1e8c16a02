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
