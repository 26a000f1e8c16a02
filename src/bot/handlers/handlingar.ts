import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { canRequestHandlingar, checkRequestDeadline, type Person } from '../../domain';
import { formatSwedishDate, stockholmDate } from '../../calendar';
import { renderChoiceCard, renderHandlingarAnswerCard, renderRequestsCard } from '../../cards';
import type { ArendeRecord, MeetingRecord } from '../../store/records';
import { ArendeActionData, ChoiceActionData } from '../card-action';
import { choiceView, handlingarAnswerView, requestDeadline, requestsView } from '../card-views';
import type { BotDeps } from '../deps';
import { msg, words } from '../messages';
import { sendToSekreterare } from '../personal';
import { actorOf, answerInvoke, audit, messageText, replyCard } from '../turn';

type Answer = { card: object; text?: string } | { text: string };

const whatOf = (r: ArendeRecord): string => words.requestWhat(r.arende.kind);

/**
 * The handlingar of one ärende for one person. Sekretess shows only the public line; delegation and
 * anmälan documents are a request to the sekreterare, in time only until the deadline.
 */
async function handlingarFor(deps: BotDeps, context: TurnContext, actor: Person, m: MeetingRecord, r: ArendeRecord): Promise<Answer> {
  const view = handlingarAnswerView(r);
  if (view.sekretess) {
    await audit(deps, actor, context, { meetingId: m.id, action: 'handlingar.show', target: r.key, outcome: 'ok', detail: 'sekretess' });
    return { card: renderHandlingarAnswerCard(view), text: msg.sekretessHandlingar };
  }
  if (r.arende.kind !== 'delegation' && r.arende.kind !== 'anmalan') {
    await audit(deps, actor, context, { meetingId: m.id, action: 'handlingar.show', target: r.key, outcome: 'ok' });
    return { card: renderHandlingarAnswerCard(view) };
  }
  const ctx = await deps.viewContext();
  const deadline = requestDeadline(m, ctx);
  const today = stockholmDate(deps.now());
  const check = checkRequestDeadline(today, deadline);
  const deadlineText = deadline ? formatSwedishDate(deadline, { weekday: true }) : '';
  if (!check.ok) {
    await audit(deps, actor, context, { meetingId: m.id, action: 'handlingar.request', target: r.key, outcome: 'refused', detail: `för sent (senast ${deadline})` });
    return { text: msg.requestTooLate(whatOf(r), deadlineText) };
  }
  const outcome = await deps.requests.register({ meetingId: m.id, arendeKey: r.key, personId: actor.aadObjectId, personName: actor.name, at: deps.now().toISOString(), status: 'open' });
  await audit(deps, actor, context, { meetingId: m.id, action: 'handlingar.request', target: r.key, outcome: 'ok', detail: outcome });
  if (outcome === 'already') return { text: msg.requestAlready(whatOf(r)) };
  deps.background.run('tell sekreterare', () => notifySekreterare(deps, m, actor, r));
  return { text: msg.requestRegistered(whatOf(r), deadlineText || '–') };
}

/** The sekreterare gets the updated list of open requests in their 1:1 chat. */
async function notifySekreterare(deps: BotDeps, m: MeetingRecord, actor: Person, r: ArendeRecord): Promise<void> {
  const items = await deps.meetings.listArenden(m.id);
  const card = renderRequestsCard(requestsView(m, await deps.requests.listOpen(m.id), items, await deps.viewContext()));
  await sendToSekreterare(deps, {
    type: 'message',
    text: msg.requestForSekreterare(actor.name, whatOf(r), r.arende.number),
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  });
}

/** "handlingar 5", "handlingar SN22/31" and the "Begär handlingar" button. */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  const reply = async (context: TurnContext, answer: Answer): Promise<void> => {
    if ('card' in answer) await replyCard(context, answer.card, answer.text);
    else await context.sendActivity(answer.text);
  };

  app.message(/^\s*handlingar\b/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!canRequestHandlingar(actor)) return void (await context.sendActivity(msg.noHandlingarAccess));
    const ref = messageText(context).replace(/^handlingar\s*(till\s+)?/i, '').trim();
    if (!ref) return void (await context.sendActivity(msg.handlingarUsage));
    const m = await deps.meetings.currentMeeting(stockholmDate(deps.now()));
    if (!m) return void (await context.sendActivity(msg.noMeeting));
    const found = await deps.meetings.findByReference(m.id, ref);
    if (found.length === 0) return void (await context.sendActivity(msg.noSuchArende(ref)));
    if (found.length > 1) return replyCard(context, renderChoiceCard(choiceView(ref, m, found)));
    await reply(context, await handlingarFor(deps, context, actor, m, found[0]!));
  });

  const onButton = async (context: TurnContext, data: unknown, parse: typeof ArendeActionData | typeof ChoiceActionData): Promise<void> => {
    const actor = await actorOf(context, deps);
    const parsed = parse.safeParse(data);
    if (!actor) return answerInvoke(context, { message: msg.notInRoster });
    if (!parsed.success) {
      await audit(deps, actor, context, { action: 'handlingar.request', outcome: 'refused', detail: 'ogiltiga kortdata' });
      return answerInvoke(context, { message: msg.refusals['CARD.INVALID'] as string });
    }
    if (!canRequestHandlingar(actor)) return answerInvoke(context, { message: msg.noHandlingarAccess });
    const m = await deps.meetings.getMeeting(parsed.data.meetingId);
    const v = await deps.meetings.getArende(parsed.data.meetingId, parsed.data.arendeKey);
    if (!m || !v || v.record.removed) {
      await audit(deps, actor, context, { meetingId: parsed.data.meetingId, action: 'handlingar.request', target: parsed.data.arendeKey, outcome: 'refused', detail: 'okänt ärende' });
      return answerInvoke(context, { message: msg.refusals['CARD.UNKNOWN'] as string });
    }
    const answer = await handlingarFor(deps, context, actor, m.record, v.record);
    if ('card' in answer) {
      await replyCard(context, answer.card, answer.text);
      return answerInvoke(context, { message: words.handlingarShownInChat(v.record.arende.number) });
    }
    await answerInvoke(context, { message: answer.text });
  };
  app.adaptiveCards.actionExecute('handlingar.request', async (context, _s, data) => {
    await onButton(context, data, ArendeActionData);
    return '';
  });
  app.adaptiveCards.actionExecute('handlingar.choose', async (context, _s, data) => {
    await onButton(context, data, ChoiceActionData);
    return '';
  });
}
