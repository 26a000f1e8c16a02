import { hasRole, type Agenda, type Person } from '../domain';
import { stockholmDate } from '../calendar';
import type { ImportSummary } from '../store/meeting-repository';
import type { BotDeps } from './deps';
import { msg } from './messages';
import { titleOf } from './card-views';
import { schedulePublication } from './publication';
import { expectedReports, offerFollowUps } from './follow-ups';
import { planMeetingReminders } from './reminders';

/** The outcome of importing a meeting, for the API's answer and the chat reply. */
export interface ImportOutcome extends ImportSummary {
  title: string;
  items: Array<{ key: string; section: string | null; number: string; dnr: string | null; title: string }>;
  /** null when no committee conversation is set: the cards wait for one. */
  postedTo: string | null;
  /** Reports earlier decisions ordered to this sammanträde (follow-ups with a reminder), one line each. */
  expectedReports: string[];
}

/**
 * Stores an imported agenda and plans the durable publication of its cards to the committee's conversation
 * (with each newly assigned approver's 1:1 card), which runs after answering. Every import path (API, file
 * upload, JSON) ends here.
 */
export async function importMeeting(deps: BotDeps, agenda: Agenda, actor: Person | null): Promise<ImportOutcome> {
  const roster = await deps.roster.get();
  const godkannare = roster.people.filter((p) => hasRole(p, 'godkannare'));
  const now = deps.now();
  const summary = await deps.meetings.importAgenda(agenda, { slots: deps.config.approvalSlots, godkannare, now: now.toISOString() });
  const meeting = await deps.meetings.getMeeting(summary.meetingId);
  const items = await deps.meetings.listArenden(summary.meetingId);
  const conversationId = await deps.conversations.committeeConversationId();
  await deps.audit.append({
    at: now.toISOString(),
    meetingId: summary.meetingId,
    actorId: actor?.aadObjectId ?? null,
    actorName: actor?.name ?? 'API',
    action: 'meeting.import',
    target: summary.meetingId,
    outcome: 'ok',
    detail: msg.importSummary(summary.added.length, summary.changed.length, summary.removed.length),
  });
  const title = meeting ? titleOf(meeting.record) : summary.meetingId;
  await planMeetingReminders(deps, summary.meetingId, deps.hours);
  const expected = meeting ? await expectedReports(deps, meeting.record.meeting.date) : [];
  deps.background.run('offer follow-ups', async () => {
    await offerFollowUps(deps, summary.meetingId);
  });
  if (conversationId) {
    await schedulePublication(deps, { meetingId: summary.meetingId, conversationId, added: summary.added, changed: summary.changed, removed: summary.removed });
  } else {
    deps.log.warn('meeting imported but no committee conversation is set', { meetingId: summary.meetingId });
  }
  deps.log.info('meeting imported', { meetingId: summary.meetingId, today: stockholmDate(now), added: summary.added.length, changed: summary.changed.length, removed: summary.removed.length });
  return {
    ...summary,
    title,
    items: items.map((i) => ({ key: i.record.key, section: i.record.arende.section, number: i.record.arende.number, dnr: i.record.arende.dnr, title: i.record.arende.title })),
    postedTo: conversationId,
    expectedReports: expected,
  };
}
