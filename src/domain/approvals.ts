import type { IsoDate } from './dates';
import { ok, refuse, type Result } from './result';
import { hasRole, type Person } from './roster';
import type { ApprovalSlot, Tjansteskrivelse } from './tjansteskrivelse';

/** Why an approval action was refused. */
export type ApprovalRefusal =
  | 'APPROVAL.NO_TJANSTESKRIVELSE'
  | 'APPROVAL.NOT_ALLOWED'
  | 'APPROVAL.ALREADY_GIVEN'
  | 'APPROVAL.NOT_YOUR_TURN'
  | 'APPROVAL.EMPTY_COMMENT';

/** A new tjänsteskrivelse with `slots` pending approval slots, slot i assigned to the i-th godkännare (or open). */
export function createTjansteskrivelse(slots: number, godkannare: readonly Person[]): Tjansteskrivelse {
  return {
    author: null,
    slots: Array.from({ length: slots }, (_, i): ApprovalSlot => ({ state: 'pending', assignee: godkannare[i]?.aadObjectId ?? null })),
  };
}

/** True when this person may act on this slot: its assignee, or any godkännare when it has none. */
export function mayActOn(slot: ApprovalSlot, person: Person): boolean {
  return slot.assignee !== null ? slot.assignee === person.aadObjectId : hasRole(person, 'godkannare');
}

function slotFor(ts: Tjansteskrivelse | null, actor: Person | undefined): Result<number, ApprovalRefusal> {
  if (!ts) return refuse('APPROVAL.NO_TJANSTESKRIVELSE');
  if (!actor || !hasRole(actor, 'godkannare', 'tjansteperson', 'sekreterare', 'ordforande')) return refuse('APPROVAL.NOT_ALLOWED');
  const open = ts.slots.map((s, i) => ({ s, i })).filter(({ s }) => s.state !== 'approved');
  if (open.length === 0) return refuse('APPROVAL.ALREADY_GIVEN');
  const mine = open.find(({ s }) => mayActOn(s, actor));
  if (mine) return ok(mine.i);
  const approvedByActor = ts.slots.some((s) => s.state === 'approved' && s.by.id === actor.aadObjectId);
  if (approvedByActor) return refuse('APPROVAL.ALREADY_GIVEN');
  return open.some(({ s }) => s.assignee !== null) && hasRole(actor, 'godkannare') ? refuse('APPROVAL.NOT_YOUR_TURN') : refuse('APPROVAL.NOT_ALLOWED');
}

/** "Godkänn slutversion": stamps the actor's open slot approved today. */
export function approve(ts: Tjansteskrivelse | null, actor: Person | undefined, today: IsoDate, at: string): Result<{ ts: Tjansteskrivelse; slot: number }, ApprovalRefusal> {
  const found = slotFor(ts, actor);
  if (!found.ok || !ts || !actor) return found as Result<never, ApprovalRefusal>;
  const slots = ts.slots.map((s, i): ApprovalSlot =>
    i === found.value ? { state: 'approved', assignee: s.assignee, by: { id: actor.aadObjectId, name: actor.name }, date: today, at } : s,
  );
  return ok({ ts: { ...ts, slots }, slot: found.value });
}

/** "Begär ändring": records the comment on the actor's open slot; the tjänsteperson is told. */
export function requestChanges(ts: Tjansteskrivelse | null, actor: Person | undefined, comment: string, at: string): Result<{ ts: Tjansteskrivelse; slot: number }, ApprovalRefusal> {
  const found = slotFor(ts, actor);
  if (!found.ok || !ts || !actor) return found as Result<never, ApprovalRefusal>;
  const text = comment.trim();
  if (!text) return refuse('APPROVAL.EMPTY_COMMENT');
  const slots = ts.slots.map((s, i): ApprovalSlot =>
    i === found.value ? { state: 'changes_requested', assignee: s.assignee, by: { id: actor.aadObjectId, name: actor.name }, comment: text.slice(0, 1000), at } : s,
  );
  return ok({ ts: { ...ts, slots }, slot: found.value });
}

/** The sekreterare assigns a slot to someone else; an approved slot stays approved. */
export function assignSlot(ts: Tjansteskrivelse | null, slot: number, assignee: Person): Result<Tjansteskrivelse, 'APPROVAL.NO_TJANSTESKRIVELSE' | 'APPROVAL.NO_SUCH_SLOT' | 'APPROVAL.ALREADY_GIVEN'> {
  if (!ts) return refuse('APPROVAL.NO_TJANSTESKRIVELSE');
  const current = ts.slots[slot];
  if (!current) return refuse('APPROVAL.NO_SUCH_SLOT');
  if (current.state === 'approved') return refuse('APPROVAL.ALREADY_GIVEN');
  const slots = ts.slots.map((s, i): ApprovalSlot => (i === slot ? { ...s, assignee: assignee.aadObjectId } : s));
  return ok({ ...ts, slots });
}

/** Counts for the overview: how many tjänsteskrivelser are fully approved of those that need it. */
export function approvalTally(all: ReadonlyArray<Tjansteskrivelse | null>): { approved: number; total: number } {
  const present = all.filter((t): t is Tjansteskrivelse => t !== null);
  return { approved: present.filter((t) => t.slots.every((s) => s.state === 'approved')).length, total: present.length };
}
