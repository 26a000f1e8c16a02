import { stockholmDate, stockholmInstant, stockholmTime, type WorkingDayCalendar } from '../calendar';
import type { Job, PlannedJob } from './job';

/** When reminders may go out: on arbetsdagar from `hour` until `lastHour` (Europe/Stockholm). */
export interface DeliveryHours {
  hour: string;
  lastHour: string;
}

/** The instant a reminder may go out at or after `now`: now, inside the hours of an arbetsdag, else the next arbetsdag's first hour. */
export function nextDeliveryInstant(now: Date, cal: WorkingDayCalendar, hours: DeliveryHours): Date {
  const today = stockholmDate(now);
  const time = stockholmTime(now);
  if (cal.isWorkingDay(today) && time >= hours.hour && time < hours.lastHour) return now;
  const day = cal.isWorkingDay(today) && time < hours.hour ? today : cal.addWorkingDays(today, 1);
  return stockholmInstant(day, hours.hour);
}

/** What to do with a job at `now`. */
export type Decision = { action: 'wait' } | { action: 'deliver' } | { action: 'defer'; until: Date } | { action: 'drop'; reason: string };

/** What the policy needs to know of the job's meeting. */
export interface JobContext {
  /** The meeting's date, or null when it no longer exists. */
  meetingDate: string | null;
  delegationDeadline: string | null;
  justeringDate: string | null;
}

/**
 * The scheduler's policy, pure: a job not yet due waits; a publication goes out when due; a due job whose purpose has passed is
 * dropped (a delegation reminder after the deadline would only mislead; a digest of approvals after
 * the meeting is noise); one due outside arbetsdag hours waits for the next; otherwise it goes out.
 */
export function decide(job: Job, now: Date, ctx: JobContext, cal: WorkingDayCalendar, hours: DeliveryHours): Decision {
  if (job.status === 'done' || job.status === 'dropped') return { action: 'wait' };
  const leaseHeld = job.status === 'claimed' && job.leaseUntil !== null && Date.parse(job.leaseUntil) > now.getTime();
  if (leaseHeld || Date.parse(job.dueAt) > now.getTime()) return { action: 'wait' };
  const today = stockholmDate(now);
  if (ctx.meetingDate === null) return { action: 'drop', reason: 'sammanträdet finns inte längre' };
  // A publication is the import's own work, not a reminder: it goes out at once, at any hour.
  if (job.kind === 'meeting.publish') return { action: 'deliver' };
  if (job.kind === 'delegation.reminder' && (ctx.delegationDeadline === null || today > ctx.delegationDeadline)) return { action: 'drop', reason: 'sista dagen att begära har passerat' };
  if (job.kind === 'approval.digest' && today >= ctx.meetingDate) return { action: 'drop', reason: 'sammanträdet har hållits' };
  if (job.kind === 'justering.reminder' && (ctx.justeringDate === null || today > ctx.justeringDate)) return { action: 'drop', reason: 'justeringen har passerat' };
  if (job.kind === 'followup.reminder' && today >= String(job.payload.meetingDate ?? '')) return { action: 'drop', reason: 'sammanträdet som rapporten gällde har kommit' };
  const at = nextDeliveryInstant(now, cal, hours);
  return at.getTime() > now.getTime() ? { action: 'defer', until: at } : { action: 'deliver' };
}

/**
 * Delegation lookup reminders: the arbetsdag before the deadline and the deadline's morning, at the
 * delivery hour; none that would already be past at `now`.
 */
export function planDelegationReminders(meetingId: string, deadline: string, now: Date, cal: WorkingDayCalendar, hours: DeliveryHours): PlannedJob[] {
  const days = [cal.addWorkingDays(deadline, -1), deadline];
  return days
    .map((day, i) => ({ day, dueAt: stockholmInstant(day, hours.hour), which: i === 0 ? 'dagen före' : 'sista dagen' }))
    .filter(({ day }) => day >= stockholmDate(now))
    .map(({ day, dueAt, which }) => ({ id: `delegation.reminder:${meetingId}:${day}`, kind: 'delegation.reminder' as const, meetingId, dueAt: dueAt.toISOString(), payload: { day, which } }));
}

/**
 * How many arbetsdagar before the sammanträde a report is due at its reminder goes out: two weeks to
 * write the report (with its tjänsteskrivelse and approval) and to put the ärende on the dagordning
 * before the kallelse goes out, about a week before the meeting.
 */
export const FOLLOW_UP_LEAD_WORKING_DAYS = 10;

/**
 * The reminder of a follow-up: FOLLOW_UP_LEAD_WORKING_DAYS arbetsdagar before the sammanträde at the
 * delivery hour, or the next delivery day when that is past; none when that day is the meeting's own.
 */
export function planFollowUpReminder(followUpId: string, meetingId: string, reportMeetingDate: string, now: Date, cal: WorkingDayCalendar, hours: DeliveryHours): PlannedJob | null {
  const lead = cal.addWorkingDays(reportMeetingDate, -FOLLOW_UP_LEAD_WORKING_DAYS);
  const today = stockholmDate(now);
  const first = cal.isWorkingDay(today) && stockholmTime(now) < hours.hour ? today : cal.addWorkingDays(today, 1);
  const day = lead > first ? lead : first;
  if (day >= reportMeetingDate) return null;
  return {
    id: `followup.reminder:${followUpId}`,
    kind: 'followup.reminder',
    meetingId,
    dueAt: stockholmInstant(day, hours.hour).toISOString(),
    payload: { followUp: followUpId, meetingDate: reportMeetingDate, day },
  };
}

/** The next daily approval digest: the next arbetsdag's delivery hour after `now`, if it comes before the meeting. */
export function planNextDigest(meetingId: string, meetingDate: string, now: Date, cal: WorkingDayCalendar, hours: DeliveryHours): PlannedJob | null {
  const today = stockholmDate(now);
  const day = cal.isWorkingDay(today) && stockholmTime(now) < hours.hour ? today : cal.addWorkingDays(today, 1);
  if (day >= meetingDate) return null;
  return { id: `approval.digest:${meetingId}:${day}`, kind: 'approval.digest', meetingId, dueAt: stockholmInstant(day, hours.hour).toISOString(), payload: { day } };
}
