import { findPerson } from '../domain';
import type { MeetingRecord } from '../store/records';
import { titleOf } from './card-views';
import type { BotDeps } from './deps';
import { msg, words } from './messages';

/** "Socialnämnden 8 december 2022: 9 av 12 tjänsteskrivelser godkända." and what is missing, for the sekreterare. */
export async function approvalStatusLines(deps: BotDeps, m: MeetingRecord): Promise<string> {
  const items = await deps.meetings.listArenden(m.id);
  const withTs = items.filter((i) => i.record.tjansteskrivelse);
  const open = withTs.filter((i) => i.record.tjansteskrivelse?.slots.some((s) => s.state !== 'approved'));
  const roster = await deps.roster.get();
  const lines = open.map((i) => {
    const slot = i.record.tjansteskrivelse?.slots.find((s) => s.state !== 'approved');
    const who = slot?.assignee ? (findPerson(roster, slot.assignee)?.name ?? words.unknownPerson) : words.nobodyAssigned;
    const state = slot?.state === 'changes_requested' ? words.statusChanges(slot.comment) : words.statusWaiting(who);
    return `${i.record.arende.number} ${i.record.arende.title}: ${state}`;
  });
  return `${msg.status(titleOf(m), withTs.length - open.length, withTs.length)}\n\n${msg.statusMissing(lines)}`;
}
