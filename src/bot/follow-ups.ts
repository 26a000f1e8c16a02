import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { formatSwedishDate } from '../calendar';
import { renderFollowUpsCard } from '../cards';
import { findFollowUps, offerFollowUp, type FollowUpRecord, type IsoDate } from '../domain';
import { FOLLOW_UP_LEAD_WORKING_DAYS } from '../scheduler/policy';
import { titleOf } from './card-views';
import type { BotDeps } from './deps';
import { msg } from './messages';
import { sendToSekreterare } from './personal';

/** "torsdag 8 juni 2023": how a follow-up names the sammanträde the report is due at. */
export const reportMeetingText = (date: IsoDate): string => formatSwedishDate(date, { weekday: true, year: true });

/** "Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023." */
export const followUpHeading = (f: Pick<FollowUpRecord, 'number' | 'dnr' | 'who' | 'meetingDate'>): string =>
  msg.followUpHeading(f.number, f.dnr, f.who, reportMeetingText(f.meetingDate));

/**
 * After an import: the reports the meeting's förslag till beslut order to later sammanträden are
 * offered to the sekreterare in one 1:1 card. Each is stored as offered first, so a re-import offers
 * only what is new (neither offered nor created before). Returns how many were offered.
 */
export async function offerFollowUps(deps: BotDeps, meetingId: string): Promise<number> {
  const m = await deps.meetings.getMeeting(meetingId);
  if (!m) return 0;
  const items = (await deps.meetings.listArenden(meetingId)).map((v) => v.record.arende);
  const at = deps.now().toISOString();
  const fresh: FollowUpRecord[] = [];
  for (const f of findFollowUps(items, m.record.meeting.date)) {
    const record = offerFollowUp(meetingId, f, at);
    if (await deps.followUps.offer(record)) fresh.push(record);
  }
  if (!fresh.length) return 0;
  await sendToSekreterare(deps, { ...offerCard(titleOf(m.record), fresh), text: msg.followUpOffer(fresh.length) });
  return fresh.length;
}

/**
 * The offer card, a "Skapa påminnelse" button per follow-up. Also what "uppföljningar" shows the sekreterare
 * for offers still open, so an offer that did not reach them (no 1:1 chat yet) is not lost.
 */
export function offerCard(meetingTitle: string, offered: FollowUpRecord[]): Partial<Activity> {
  const card = renderFollowUpsCard({
    meetingTitle,
    leadDays: FOLLOW_UP_LEAD_WORKING_DAYS,
    items: offered.map((f) => ({ heading: followUpHeading(f), quote: f.what, action: { meetingId: f.meetingId, arendeKey: f.arendeKey, point: f.point, id: f.id } })),
  });
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/** The created follow-ups whose report is due at a sammanträde on `date`, as lines for the import answer. */
export async function expectedReports(deps: BotDeps, date: IsoDate): Promise<string[]> {
  const due = (await deps.followUps.list()).filter((f) => f.status === 'created' && f.meetingDate === date);
  const lines: string[] = [];
  for (const f of due) {
    const source = await deps.meetings.getMeeting(f.meetingId);
    lines.push(msg.expectedReportLine(f.dnr, f.title, f.who, source ? titleOf(source.record) : f.meetingId));
  }
  return lines;
}
