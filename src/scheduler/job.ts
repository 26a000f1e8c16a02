import { z } from 'zod';

/** The kinds of job: reminders, follow-ups, and the publication of a meeting's cards after an import. */
export const JobKind = z.enum(['delegation.reminder', 'approval.digest', 'justering.reminder', 'followup.reminder', 'meeting.publish']);
export type JobKind = z.infer<typeof JobKind>;

/**
 * A reminder or a publication as a stored job: what, about which meeting, when, and how it ended. Jobs
 * live in the store, not in timers or memory, so they survive restarts and are shared by every bot instance.
 */
export const Job = z.object({
  /** Deterministic for reminders (kind, meeting, due day): planning the same reminder twice stores it once. */
  id: z.string(),
  kind: JobKind,
  meetingId: z.string(),
  /** The instant it falls due (ISO, UTC). */
  dueAt: z.string().datetime(),
  status: z.enum(['pending', 'claimed', 'done', 'dropped']),
  /** The instance delivering it, and until when its claim holds (renewed while the delivery runs). */
  claimedBy: z.string().nullable().default(null),
  leaseUntil: z.string().datetime().nullable().default(null),
  attempts: z.number().int().default(0),
  /** Why it was dropped, or what was delivered. */
  outcome: z.string().nullable().default(null),
  /** Kind-specific data: the arbetsdag's label, the justering's date, the ärenden a publication touches … */
  payload: z.record(z.union([z.string(), z.array(z.string())])).default({}),
  /**
   * The steps (recipients) already delivered, each recorded with compare-and-set right after its send,
   * so a delivery taken over after a crash sends only what is missing.
   */
  done: z.array(z.string()).default([]),
});
export type Job = z.infer<typeof Job>;

/** A job to plan: what the planner decides; the store adds status and claim fields. */
export type PlannedJob = Pick<Job, 'id' | 'kind' | 'meetingId' | 'dueAt' | 'payload'>;
