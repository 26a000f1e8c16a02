import { z } from 'zod';

/** The kinds of reminder Nämndbot sends. */
export const JobKind = z.enum(['delegation.reminder', 'approval.digest', 'justering.reminder', 'followup.reminder']);
export type JobKind = z.infer<typeof JobKind>;

/**
 * A reminder as a stored job: what, about which meeting, when, and how it ended. Jobs live in the
 * store, not in timers, so they survive restarts and are shared by every bot instance.
 */
export const Job = z.object({
  /** Deterministic (kind, meeting, due day): planning the same reminder twice stores it once. */
  id: z.string(),
  kind: JobKind,
  meetingId: z.string(),
  /** The instant it falls due (ISO, UTC). */
  dueAt: z.string().datetime(),
  status: z.enum(['pending', 'claimed', 'done', 'dropped']),
  /** The instance delivering it, and until when its claim holds. */
  claimedBy: z.string().nullable().default(null),
  leaseUntil: z.string().datetime().nullable().default(null),
  attempts: z.number().int().default(0),
  /** Why it was dropped, or what was delivered. */
  outcome: z.string().nullable().default(null),
  /** Kind-specific data: the arbetsdag's label, the justering's date … */
  payload: z.record(z.string()).default({}),
});
export type Job = z.infer<typeof Job>;

/** A job to plan: what the planner decides; the store adds status and claim fields. */
export type PlannedJob = Pick<Job, 'id' | 'kind' | 'meetingId' | 'dueAt' | 'payload'>;
