import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import type { ArendeRecord } from '../../store/records';
import { approve, assignSlot, canSeeStatus, isSekreterare, requestChanges, type Person } from '../../domain';
import { renderArendeCard } from '../../cards';
import { stockholmDate } from '../../calendar';
import { ArendeActionData } from '../card-action';
import { ownArendeCardView, titleOf } from '../card-views';
import type { BotDeps } from '../deps';
import { msg } from '../messages';
import { sendPersonal } from '../personal';
import { approvalStatusLines } from '../status';
import { actorOf, answerInvoke, audit, messageText } from '../turn';

type Refusal = { code: string; detail?: Record<string, string> };

/** The clicker's own view of an ärende card, as it is now. */
async function currentCardFor(deps: BotDeps, meetingId: string, key: string, viewer: Person | null): Promise<object | null> {
  const [m, v, context] = await Promise.all([deps.meetings.getMeeting(meetingId), deps.meetings.getArende(meetingId, key), deps.viewContext()]);
  return m && v ? renderArendeCard(ownArendeCardView(m.record, v, context, viewer)) : null;
}

/**
 * Runs an approval rule on a card click: parses the card's data, refuses strangers, stale cards and what
 * the role does not allow, writes with compare-and-set, then refreshes every copy of the card after answering.
 * Who clicked, the ärende, its meeting and the roster are read together; the clicker's new card is made
 * from what was written.
 */
async function onCardAction(
  context: TurnContext,
  deps: BotDeps,
  raw: unknown,
  verb: 'approval.approve' | 'approval.request_changes',
): Promise<void> {
  const parsed = ArendeActionData.safeParse(raw);
  const data = parsed.success ? parsed.data : null;
  const [actor, before, meeting, view] = await Promise.all([
    actorOf(context, deps),
    data ? deps.meetings.getArende(data.meetingId, data.arendeKey) : undefined,
    data ? deps.meetings.getMeeting(data.meetingId) : undefined,
    deps.viewContext(),
  ]);
  if (!data) {
    await audit(deps, actor, context, { action: verb, outcome: 'refused', detail: 'ogiltiga kortdata' });
    return answerInvoke(context, { message: msg.refusals['CARD.INVALID'] as string });
  }
  if (!actor) {
    await audit(deps, actor, context, { meetingId: data.meetingId, action: verb, target: data.arendeKey, outcome: 'refused', detail: 'inte i förteckningen' });
    return answerInvoke(context, { message: msg.notInRoster });
  }
  const now = deps.now();
  let written: ArendeRecord | undefined;
  const { result, version } = await deps.meetings.updateArende<{ ok: true; number: string } | Refusal>(
    data.meetingId,
    data.arendeKey,
    (cur, version) => {
      if (!cur || cur.removed) return { keep: true, result: { code: 'CARD.UNKNOWN' } };
      if (version !== data.version) return { keep: true, result: { code: 'CARD.STALE' } };
      const outcome =
        verb === 'approval.approve'
          ? approve(cur.tjansteskrivelse, actor, stockholmDate(now), now.toISOString())
          : requestChanges(cur.tjansteskrivelse, actor, data.comment ?? '', now.toISOString());
      if (!outcome.ok) return { keep: true, result: { code: outcome.code } };
      written = { ...cur, tjansteskrivelse: outcome.value.ts };
      return { write: written, result: { ok: true, number: cur.arende.number } };
    },
    { read: before },
  );
  if ('code' in result) {
    await audit(deps, actor, context, { meetingId: data.meetingId, action: verb, target: data.arendeKey, outcome: 'refused', detail: result.code });
    const text = msg.refusals[result.code] ?? result.code;
    const card = result.code === 'CARD.STALE' ? await currentCardFor(deps, data.meetingId, data.arendeKey, actor) : null;
    return answerInvoke(context, card ? { card } : { message: text });
  }
  await audit(deps, actor, context, { meetingId: data.meetingId, action: verb, target: data.arendeKey, outcome: 'ok', detail: data.comment ?? null });
  const card = meeting && written && version !== null ? renderArendeCard(ownArendeCardView(meeting.record, { record: written, version }, view, actor)) : null;
  await answerInvoke(context, card ? { card } : { message: msg.approved(result.number, stockholmDate(now)) });
  deps.background.run('refresh after approval', async () => {
    await deps.publisher.refreshArende(data.meetingId, data.arendeKey);
    if (verb === 'approval.request_changes') await notifyAuthor(deps, data.meetingId, data.arendeKey, actor, data.comment ?? '');
  });
}

/** "Begär ändring" reaches the tjänsteperson: the tjänsteskrivelse's author, else every tjänsteperson in the roster. */
async function notifyAuthor(deps: BotDeps, meetingId: string, key: string, actor: Person, comment: string): Promise<void> {
  const v = await deps.meetings.getArende(meetingId, key);
  if (!v) return;
  const roster = await deps.roster.get();
  const author = v.record.tjansteskrivelse?.author;
  const recipients = author ? roster.people.filter((p) => p.aadObjectId === author) : roster.people.filter((p) => p.roles.includes('tjansteperson'));
  const text = msg.changesRequestedNotice(actor.name, v.record.arende.number, v.record.arende.title, comment);
  for (const person of recipients) await sendPersonal(deps, person, { type: 'message', text });
}

/** Tjänsteskrivelse approvals on the cards, the per-user refresh, "status" and "tilldela". */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute('approval.approve', async (context, _state, data) => {
    await onCardAction(context, deps, data, 'approval.approve');
    return '';
  });
  app.adaptiveCards.actionExecute('approval.request_changes', async (context, _state, data) => {
    await onCardAction(context, deps, data, 'approval.request_changes');
    return '';
  });

  // Per-user refresh: Teams asks for this person's view of a card (group and 1:1 chats).
  app.adaptiveCards.actionExecute('card.refresh', async (context, _state, data) => {
    const parsed = ArendeActionData.safeParse(data);
    const actor = await actorOf(context, deps);
    const card = parsed.success ? await currentCardFor(deps, parsed.data.meetingId, parsed.data.arendeKey, actor ?? null) : null;
    await answerInvoke(context, card && actor ? { card } : { message: actor ? (msg.refusals['CARD.UNKNOWN'] as string) : msg.notInRoster });
    return '';
  });

  app.message(/^\s*status\s*$/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!canSeeStatus(actor)) return void (await context.sendActivity(msg.onlySekreterare));
    const m = await deps.meetings.currentMeeting(stockholmDate(deps.now()));
    if (!m) return void (await context.sendActivity(msg.noMeeting));
    await context.sendActivity(await approvalStatusLines(deps, m));
  });

  app.message(/^\s*tilldela\b/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!isSekreterare(actor)) return void (await context.sendActivity(msg.onlySekreterare));
    const match = /^tilldela\s+(\S+)\s+(.+)$/i.exec(messageText(context));
    if (!match) return void (await context.sendActivity(msg.assignUsage));
    const [, ref, name] = match as unknown as [string, string, string];
    const m = await deps.meetings.currentMeeting(stockholmDate(deps.now()));
    if (!m) return void (await context.sendActivity(msg.noMeeting));
    const roster = await deps.roster.get();
    const person = roster.people.find((p) => p.name.toLowerCase() === name.trim().toLowerCase());
    if (!person) return void (await context.sendActivity(msg.personNotFound(name.trim())));
    const found = (await deps.meetings.findByReference(m.id, ref)).filter((r) => r.tjansteskrivelse);
    if (found.length !== 1) return void (await context.sendActivity(found.length ? msg.assignUsage : msg.noSuchArende(ref)));
    const target = found[0]!;
    const { result } = await deps.meetings.updateArende(m.id, target.key, (cur) => {
      const slot = cur?.tjansteskrivelse?.slots.findIndex((s) => s.state !== 'approved') ?? -1;
      const outcome = assignSlot(cur?.tjansteskrivelse ?? null, slot, person);
      if (!cur || !outcome.ok) return { keep: true, result: outcome.ok ? 'APPROVAL.NO_TJANSTESKRIVELSE' : outcome.code };
      return { write: { ...cur, tjansteskrivelse: outcome.value }, result: 'ok' };
    });
    await audit(deps, actor, context, { meetingId: m.id, action: 'approval.assign', target: target.key, outcome: result === 'ok' ? 'ok' : 'refused', detail: person.name });
    if (result !== 'ok') return void (await context.sendActivity(msg.refusals[result] ?? result));
    await context.sendActivity(msg.assigned(person.name, target.arende.number));
    deps.background.run('assign', async () => {
      await deps.publisher.refreshArende(m.id, target.key);
      await deps.publisher.sendPersonalCard(m.id, target.key, person, msg.assignedNotice(target.arende.number, target.arende.title, titleOf(m)));
    });
  });
}
