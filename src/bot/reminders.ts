import { CardFactory, MessageFactory } from 'botbuilder';
import { formatSwedishDate, stockholmDate } from '../calendar';
import { renderNoticeCard } from '../cards';
import { hasRole } from '../domain';
import type { Job, JobKind } from '../scheduler/job';
import type { JobContext } from '../scheduler/policy';
import { planDelegationReminders, planNextDigest, type DeliveryHours } from '../scheduler/policy';
import type { Deliverer } from '../scheduler/runner';
import { requestDeadline, titleOf } from './card-views';
import type { BotDeps } from './deps';
import { msg, words } from './messages';
import { sendPersonal, sendToSekreterare } from './personal';
import { deliverPublication } from './publication';
import { approvalStatusLines } from './status';
import { reportMeetingText } from './follow-ups';

const isRequestKind = (kind: string): boolean => kind === 'delegation' || kind === 'anmalan';

/** Plans a meeting's reminders after an import: the delegation lookup reminders and the next approval digest. */
export async function planMeetingReminders(deps: BotDeps, meetingId: string, hours: DeliveryHours): Promise<number> {
  const m = await deps.meetings.getMeeting(meetingId);
  if (!m) return 0;
  const items = await deps.meetings.listArenden(meetingId);
  const now = deps.now();
  const planned = [];
  const deadline = requestDeadline(m.record, await deps.viewContext());
  if (deadline && items.some((i) => isRequestKind(i.record.arende.kind))) planned.push(...planDelegationReminders(meetingId, deadline, now, deps.calendar, hours));
  if (items.some((i) => i.record.tjansteskrivelse?.slots.some((s) => s.state !== 'approved'))) {
    const digest = planNextDigest(meetingId, m.record.meeting.date, now, deps.calendar, hours);
    if (digest) planned.push(digest);
  }
  let added = 0;
  for (const p of planned) if (await deps.jobs.schedule(p)) added++;
  return added;
}

/** What the scheduler's policy needs to know of a job's meeting. */
export async function jobContext(deps: BotDeps, job: Job): Promise<JobContext> {
  const m = await deps.meetings.getMeeting(job.meetingId);
  if (!m) return { meetingDate: null, delegationDeadline: null, justeringDate: null };
  return { meetingDate: m.record.meeting.date, delegationDeadline: requestDeadline(m.record, await deps.viewContext()), justeringDate: m.record.meeting.justering?.date ?? null };
}

/** The deliverers of every kind of job; each send is a step a job taken over after a crash does not repeat. */
export function createDeliverers(deps: BotDeps, hours: DeliveryHours): Record<JobKind, Deliverer> {
  return {
    /** "Vill du ta del av delegationsbeslut …?" to the committee's conversation and each ledamot and ersättare, with a button per list. */
    async 'delegation.reminder'(job, run) {
      const m = await deps.meetings.getMeeting(job.meetingId);
      const deadline = m ? requestDeadline(m.record, await deps.viewContext()) : null;
      if (!m || !deadline) return 'inget att påminna om';
      const items = (await deps.meetings.listArenden(job.meetingId)).filter((i) => isRequestKind(i.record.arende.kind));
      const text = msg.delegationReminder(formatSwedishDate(m.record.meeting.date, { weekday: true }), formatSwedishDate(deadline, { weekday: true }));
      const card = renderNoticeCard({
        title: msg.delegationReminderTitle,
        lines: [text],
        actions: items.map((i) => ({ title: words.requestButton(i.record.arende.kind, i.record.arende.number), verb: 'handlingar.request', meetingId: job.meetingId, arendeKey: i.record.key, version: i.version })),
      });
      const activity = { ...MessageFactory.attachment(CardFactory.adaptiveCard(card)), text };
      const committee = await deps.conversations.committeeConversationId();
      const c = committee ? await deps.conversations.get(committee) : undefined;
      if (c) await run.once('committee', () => deps.sender.send(c.reference, activity));
      const roster = await deps.roster.get();
      let personal = 0;
      for (const p of roster.people.filter((x) => hasRole(x, 'ledamot', 'ersattare'))) if (await sendPersonal(deps, p, activity, { run, step: `person:${p.aadObjectId}` })) personal++;
      return `påminnelse ${String(job.payload.which ?? '')} till ${c ? 'nämndens konversation och ' : ''}${personal} ledamöter och ersättare`;
    },

    /** One 1:1 summary per godkännare with pending tjänsteskrivelser, and the sekreterare's morning summary; then the next day's digest is planned. */
    async 'approval.digest'(job, run) {
      const m = await deps.meetings.getMeeting(job.meetingId);
      if (!m) return 'sammanträdet finns inte';
      const items = await deps.meetings.listArenden(job.meetingId);
      const roster = await deps.roster.get();
      const godkannare = roster.people.filter((p) => hasRole(p, 'godkannare'));
      let sent = 0;
      for (const person of godkannare) {
        const mine = items.filter((i) => i.record.tjansteskrivelse?.slots.some((s) => s.state !== 'approved' && (s.assignee === person.aadObjectId || s.assignee === null)));
        if (!mine.length) continue;
        const lines = mine.map((i) => `- ${i.record.arende.number} ${i.record.arende.title}`);
        if (await sendPersonal(deps, person, { type: 'message', text: msg.approvalDigest(formatSwedishDate(m.record.meeting.date), lines) }, { run, step: `godkannare:${person.aadObjectId}` })) sent++;
      }
      const summary = await approvalStatusLines(deps, m.record);
      await sendToSekreterare(deps, { type: 'message', text: summary }, { run, prefix: 'sekreterare' });
      const next = planNextDigest(job.meetingId, m.record.meeting.date, new Date(Math.max(deps.now().getTime(), Date.parse(job.dueAt)) + 60_000), deps.calendar, hours);
      if (next && items.some((i) => i.record.tjansteskrivelse?.slots.some((s) => s.state !== 'approved'))) await deps.jobs.schedule(next);
      return `sammanfattning till ${sent} godkännare (${stockholmDate(deps.now())})`;
    },

    'meeting.publish': (job, run) => deliverPublication(deps, job, run),

    /** The arbetsdag before the justering: each asked or confirmed justerare is reminded in their 1:1 chat. */
    async 'justering.reminder'(job, run) {
      const m = await deps.meetings.getMeeting(job.meetingId);
      const plan = await deps.justering.get(job.meetingId);
      if (!m || !plan || plan.justerat) return 'ingen justering att påminna om';
      const roster = await deps.roster.get();
      const when = `${formatSwedishDate(plan.date, { weekday: true })}${plan.time ? ` kl. ${plan.time}` : ''}`;
      let sent = 0;
      for (const j of plan.justerare.filter((x) => (x.status === 'asked' || x.status === 'confirmed') && x.personId)) {
        const person = roster.people.find((p) => p.aadObjectId === j.personId);
        if (person && (await sendPersonal(deps, person, { type: 'message', text: msg.justeringReminder(titleOf(m.record), when, plan.place) }, { run, step: `person:${person.aadObjectId}` }))) sent++;
      }
      return `påminnelse om justeringen till ${sent} justerare`;
    },

    /** The follow-up's reminder to the sekreterare: the report a decision ordered is due at a coming sammanträde. */
    async 'followup.reminder'(job) {
      const f = await deps.followUps.get(String(job.payload.followUp ?? ''));
      if (!f || f.status !== 'created') return 'ingen uppföljning att påminna om';
      const source = await deps.meetings.getMeeting(f.meetingId);
      const decided = source ? `ärende ${f.number}, ${titleOf(source.record)}` : `ärende ${f.number}`;
      await sendToSekreterare(deps, { type: 'message', text: msg.followUpReminder(f.dnr, f.title, f.who, reportMeetingText(f.meetingDate), decided, f.what) });
      return `påminnelse om återrapport ${f.dnr ?? f.id} till sekreteraren`;
    },
  };
}
