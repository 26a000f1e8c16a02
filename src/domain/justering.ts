import { z } from 'zod';
import { ClockTime, IsoDate } from './dates';
import { ok, refuse, type Result } from './result';

/** One justerare (or ersättare) asked to check and sign the minutes, and their answer. */
export const JusterareSlot = z.object({
  name: z.string(),
  party: z.string().nullable().default(null),
  /** The person in the roster, when the name is known there. */
  personId: z.string().nullable().default(null),
  role: z.enum(['ordinarie', 'ersättare']),
  /** waiting: not asked yet (an ersättare until someone declines); asked; confirmed; declined. */
  status: z.enum(['waiting', 'asked', 'confirmed', 'declined']),
});
export type JusterareSlot = z.infer<typeof JusterareSlot>;

/** The justering of a meeting's minutes: who, when, where, and whether the minutes are justerade. */
export const JusteringPlan = z.object({
  date: IsoDate,
  time: ClockTime.nullable().default(null),
  place: z.string().nullable().default(null),
  justerare: z.array(JusterareSlot),
  /** When the sekreterare confirmed who justerar (null: still the kallelse's proposal, nobody asked yet). */
  confirmedAt: z.string().nullable().default(null),
  /** Set when the sekreterare marks "Protokollet justerat", with the day of the anslag. */
  justerat: z.object({ anslag: IsoDate, at: z.string() }).nullable().default(null),
});
export type JusteringPlan = z.infer<typeof JusteringPlan>;

/** Why a justering action was refused. */
export type JusteringRefusal = 'JUSTERING.NOT_ASKED' | 'JUSTERING.ALREADY_ANSWERED' | 'JUSTERING.ALREADY_JUSTERAT' | 'JUSTERING.BEFORE_MEETING';

/** The kallelse's proposal: nobody is asked until the sekreterare confirms it. */
export function proposeJustering(input: { date: string; time: string | null; place: string | null; justerare: Array<Omit<JusterareSlot, 'status'>> }): JusteringPlan {
  return { date: input.date, time: input.time, place: input.place, confirmedAt: null, justerat: null, justerare: input.justerare.map((j) => ({ ...j, status: 'waiting' })) };
}

/** The sekreterare confirms (or changes) who justerar and when: the ordinarie justerare are asked, the ersättare wait until someone declines. */
export function confirmPlan(input: { date: string; time: string | null; place: string | null; justerare: Array<Omit<JusterareSlot, 'status'>> }, at: string): JusteringPlan {
  return {
    date: input.date,
    time: input.time,
    place: input.place,
    confirmedAt: at,
    justerat: null,
    justerare: input.justerare.map((j) => ({ ...j, status: j.role === 'ordinarie' ? 'asked' : 'waiting' })),
  };
}

/** "Bekräfta": the asked justerare confirms. */
export function confirmJustering(plan: JusteringPlan, personId: string): Result<JusteringPlan, JusteringRefusal> {
  const i = plan.justerare.findIndex((j) => j.personId === personId && j.status !== 'waiting');
  if (i < 0) return refuse('JUSTERING.NOT_ASKED');
  if (plan.justerat) return refuse('JUSTERING.ALREADY_JUSTERAT');
  if ((plan.justerare[i] as JusterareSlot).status === 'confirmed') return refuse('JUSTERING.ALREADY_ANSWERED');
  return ok({ ...plan, justerare: plan.justerare.map((j, k) => (k === i ? { ...j, status: 'confirmed' as const } : j)) });
}

/** "Jag kan inte": the justerare declines and the first waiting ersättare is asked instead (returned as `next`). */
export function declineJustering(plan: JusteringPlan, personId: string): Result<{ plan: JusteringPlan; next: JusterareSlot | null }, JusteringRefusal> {
  const i = plan.justerare.findIndex((j) => j.personId === personId && j.status !== 'waiting');
  if (i < 0) return refuse('JUSTERING.NOT_ASKED');
  if (plan.justerat) return refuse('JUSTERING.ALREADY_JUSTERAT');
  if ((plan.justerare[i] as JusterareSlot).status === 'declined') return refuse('JUSTERING.ALREADY_ANSWERED');
  const nextIndex = plan.justerare.findIndex((j) => j.role === 'ersättare' && j.status === 'waiting');
  const justerare = plan.justerare.map((j, k) => (k === i ? { ...j, status: 'declined' as const } : k === nextIndex ? { ...j, status: 'asked' as const } : j));
  return ok({ plan: { ...plan, justerare }, next: nextIndex >= 0 ? (justerare[nextIndex] as JusterareSlot) : null });
}

/** "Protokollet justerat": the minutes are signed; the anslag day starts the appeal period. */
export function markJusterat(plan: JusteringPlan, meetingDate: string, anslag: string, at: string): Result<JusteringPlan, JusteringRefusal> {
  if (plan.justerat) return refuse('JUSTERING.ALREADY_JUSTERAT');
  if (anslag < meetingDate) return refuse('JUSTERING.BEFORE_MEETING');
  return ok({ ...plan, justerat: { anslag, at } });
}
