import { canRequestHandlingar, findPerson, mayActOn, publicView, type Person, type Roster } from '../domain';
import type { WorkingDayCalendar } from '../calendar';
import { delegationRequestDeadline, formatSwedishDate } from '../calendar';
import type { ArendeCardView, ChoiceCardView, HandlingarAnswerView, OverviewCardView, RequestsCardView } from '../cards/views';
import type { ArendeRecord, MeetingRecord, RequestRecord } from '../store/records';
import type { VersionedArende } from '../store/meeting-repository';
import { approvalStatusText, meetingTitle, words } from './messages';

/** What the views need besides the records: the roster, the calendar and the rule's N. */
export interface ViewContext {
  roster: Roster;
  calendar: WorkingDayCalendar;
  delegationRequestDays: number;
}

/** "Socialnämnden 8 december 2022". */
export const titleOf = (m: MeetingRecord): string => meetingTitle(m.meeting.committee, formatSwedishDate(m.meeting.date));

/** The last day to ask for delegation/anmälan documents, or null when the rule is off. */
export function requestDeadline(m: MeetingRecord, ctx: ViewContext): string | null {
  return ctx.delegationRequestDays > 0 ? delegationRequestDeadline(ctx.calendar, m.meeting.date, ctx.delegationRequestDays) : null;
}

const isRequestKind = (r: ArendeRecord): boolean => r.arende.kind === 'delegation' || r.arende.kind === 'anmalan';

/**
 * An ärende card. `viewer` null renders the shared copy posted in the conversation (all buttons the
 * ärende has; the server decides on each click); a person gets the buttons their role allows.
 */
export function arendeCardView(m: MeetingRecord, v: VersionedArende, ctx: ViewContext, viewer: Person | null, refreshUserIds: string[] | null): ArendeCardView {
  const a = publicView(v.record.arende as Parameters<typeof publicView>[0]);
  const ts = v.record.tjansteskrivelse;
  const open = ts ? ts.slots.some((s) => s.state !== 'approved') : false;
  const canAct = ts !== null && open && (viewer === null || ts.slots.some((s) => s.state !== 'approved' && mayActOn(s, viewer)));
  const deadline = isRequestKind(v.record) ? requestDeadline(m, ctx) : null;
  const handlingarButton = !a.sekretess && (a.handlingar.length > 0 || isRequestKind(v.record)) && (viewer === null || canRequestHandlingar(viewer));
  return {
    ref: { meetingId: m.id, arendeKey: v.record.key, version: v.version },
    meetingTitle: titleOf(m),
    number: a.number,
    title: a.title,
    dnr: a.dnr,
    section: a.section,
    presenter: a.presenter,
    decidedBy: words.decidedBy(a.decidedBy),
    sekretess: a.sekretess || a.kind === 'sekretess',
    handlingar: a.handlingar.map((h) => ({ title: h.ref ? `${h.ref} ${h.title}` : h.title, url: h.url })),
    approvals: (ts?.slots ?? []).map((s) => ({
      text: approvalStatusText(s, s.assignee ? (findPerson(ctx.roster, s.assignee)?.name ?? null) : null),
      tone: s.state === 'approved' ? 'good' : s.state === 'changes_requested' ? 'attention' : s.state === 'needs_review' ? 'warning' : 'default',
    })),
    requestDeadlineText: deadline ? words.requestBy(formatSwedishDate(deadline, { weekday: true })) : null,
    omedelbarJustering: a.omedelbarJustering,
    buttons: { approve: canAct, requestChanges: canAct, requestHandlingar: handlingarButton },
    refresh: refreshUserIds && refreshUserIds.length ? { userIds: refreshUserIds.slice(0, 60) } : null,
  };
}

/** A person's own view of an ärende card, refreshed for them alone (`personId` stands in when they have left the roster). */
export function ownArendeCardView(m: MeetingRecord, v: VersionedArende, ctx: ViewContext, viewer: Person | null, personId = viewer?.aadObjectId): ArendeCardView {
  return arendeCardView(m, v, ctx, viewer, personId === undefined ? null : [personId]);
}

/** The short status of an ärende for lists. */
export function shortStatus(r: ArendeRecord): string {
  if (r.arende.kind === 'sekretess') return words.status.sekretess;
  const ts = r.tjansteskrivelse;
  if (!ts) return r.arende.kind === 'information' ? words.status.information : r.arende.kind === 'beslut' ? words.status.beslut : words.status.anmals;
  const done = ts.slots.filter((s) => s.state === 'approved').length;
  if (done === ts.slots.length) return words.status.approved;
  if (ts.slots.some((s) => s.state === 'changes_requested')) return words.status.changes;
  return ts.slots.length > 1 ? words.waitingOf(done, ts.slots.length) : words.status.waiting;
}

/** The meeting overview card. */
export function overviewView(m: MeetingRecord, items: VersionedArende[], ctx: ViewContext): OverviewCardView {
  const withTs = items.filter((i) => i.record.tjansteskrivelse !== null);
  const approved = withTs.filter((i) => i.record.tjansteskrivelse?.slots.every((s) => s.state === 'approved'));
  const deadline = items.some((i) => isRequestKind(i.record)) ? requestDeadline(m, ctx) : null;
  const mt = m.meeting;
  return {
    meetingId: m.id,
    meetingTitle: titleOf(m),
    when: [formatSwedishDate(mt.date, { weekday: true, year: true }) + (mt.time ? ` kl. ${mt.time}` : ''), mt.place].filter(Boolean).join(', '),
    approvalSummary: words.approvedSummary(approved.length, withTs.length),
    missing: withTs.filter((i) => !approved.includes(i)).map((i) => ({ number: i.record.arende.number, title: i.record.arende.title, status: shortStatus(i.record) })),
    items: items.map((i) => ({ number: i.record.arende.number, title: i.record.arende.title, section: i.record.arende.section, status: shortStatus(i.record) })),
    requestDeadlineText: deadline ? words.requestListsBy(formatSwedishDate(deadline, { weekday: true })) : null,
  };
}

/** The answer to "handlingar 5"; a sekretessärende shows only what the public kallelse shows. */
export function handlingarAnswerView(r: ArendeRecord): HandlingarAnswerView {
  const a = publicView(r.arende as Parameters<typeof publicView>[0]);
  const sekretess = a.sekretess || a.kind === 'sekretess';
  return {
    number: a.number,
    title: a.title,
    dnr: a.dnr,
    sekretess,
    handlingar: sekretess ? [] : a.handlingar.map((h) => ({ title: h.ref ? `${h.ref} ${h.title}` : h.title, url: h.url })),
    note: sekretess || a.handlingar.length ? null : words.noHandlingar,
  };
}

/** A choice between ärenden that a reference matches. */
export function choiceView(query: string, m: MeetingRecord, options: ArendeRecord[]): ChoiceCardView {
  return {
    query,
    options: options.map((o) => ({
      meetingId: m.id,
      arendeKey: o.key,
      label: `${o.arende.section ? `${o.arende.section} ` : ''}${o.arende.number}: ${o.arende.title}`.slice(0, 120),
    })),
  };
}

/** The sekreterare's list of open document requests. */
export function requestsView(m: MeetingRecord, requests: RequestRecord[], items: VersionedArende[], ctx: ViewContext): RequestsCardView {
  const deadline = requestDeadline(m, ctx);
  return {
    meetingTitle: titleOf(m),
    deadlineText: deadline ? words.lastDayToRequest(formatSwedishDate(deadline, { weekday: true })) : words.noDeadline,
    requests: requests.map((r) => {
      const item = items.find((i) => i.record.key === r.arendeKey)?.record.arende;
      return { who: r.personName, what: item ? `${item.number} ${item.title}` : r.arendeKey, when: r.at.slice(0, 16).replace('T', ' ') };
    }),
  };
}
