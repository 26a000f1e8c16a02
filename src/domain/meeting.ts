import { z } from 'zod';
import { ClockTime, IsoDate } from './dates';

/** A justerare (minute-checker) proposed or chosen for the meeting, with their role: ordinarie or ersättare. */
export const Justerare = z.object({
  name: z.string().trim().min(1),
  party: z.string().trim().min(1).nullable().default(null),
  role: z.enum(['ordinarie', 'ersattare', 'ersättare']).transform((r) => (r === 'ordinarie' ? 'ordinarie' : 'ersättare') as 'ordinarie' | 'ersättare'),
});
export type Justerare = z.infer<typeof Justerare>;

/** Justering: when and where the minutes are checked and signed. */
export const Justering = z.object({
  date: IsoDate,
  time: ClockTime.nullable().default(null),
  place: z.string().trim().min(1).nullable().default(null),
});
export type Justering = z.infer<typeof Justering>;

/** The sammanträde (meeting) a kallelse announces. */
export const Meeting = z.object({
  committee: z.string().trim().min(1, 'nämndens namn saknas'),
  municipality: z.string().trim().min(1).nullable().default(null),
  date: IsoDate,
  time: ClockTime.nullable().default(null),
  place: z.string().trim().min(1).nullable().default(null),
  /** false for "Sammanträdet är inte öppet för allmänheten"; null when the kallelse does not say. */
  public: z.boolean().nullable().default(null),
  /** Gruppmöten as printed ("12.30-13.30", "Respektive partigrupp anordnar själva sina gruppmöten."). */
  gruppmoten: z.string().trim().min(1).nullable().default(null),
  ordforande: z.string().trim().min(1).nullable().default(null),
  sekreterare: z.string().trim().min(1).nullable().default(null),
  justerare: z.array(Justerare).default([]),
  justering: Justering.nullable().default(null),
});
export type Meeting = z.infer<typeof Meeting>;
