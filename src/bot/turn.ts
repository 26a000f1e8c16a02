import { ActivityTypes, CardFactory, MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { Person } from '../domain';
import type { ConversationRecord } from '../store/records';
import type { BotDeps } from './deps';

/** The person behind this activity, looked up by Entra object id in the roster (undefined: a stranger). */
export async function actorOf(context: TurnContext, deps: BotDeps): Promise<Person | undefined> {
  return deps.roster.find(context.activity.from?.aadObjectId);
}

/** Teams' conversation type of this activity. */
export function conversationTypeOf(context: TurnContext): ConversationRecord['type'] {
  const t = context.activity.conversation?.conversationType;
  return t === 'channel' ? 'channel' : t === 'groupChat' ? 'groupChat' : 'personal';
}

/** Stores this conversation's reference so the bot can write here later. */
export async function rememberConversation(context: TurnContext, deps: BotDeps): Promise<{ becameCommittee: boolean }> {
  // Without the activity it came with: a proactive message starts a new one, and the stored record stays the same.
  const { activityId, ...reference } = TurnContext.getConversationReference(context.activity) as ConversationReference;
  const type = conversationTypeOf(context);
  return deps.conversations.save({
    id: context.activity.conversation.id,
    type,
    reference: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>,
    personId: type === 'personal' ? (context.activity.from?.aadObjectId ?? null) : null,
    installedAt: deps.now().toISOString(),
  });
}

/** Answers an Action.Execute invoke with a card (replacing the clicker's card) or a message only the clicker sees. */
export async function answerInvoke(context: TurnContext, answer: { card: object } | { message: string }): Promise<void> {
  const body =
    'card' in answer
      ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: answer.card }
      : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer.message };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
}

/** Replies with an Adaptive Card. */
export async function replyCard(context: TurnContext, card: object, text?: string): Promise<void> {
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  if (text) activity.text = text;
  await context.sendActivity(activity);
}

/** Appends an audit line for this turn's actor. */
export async function audit(
  deps: BotDeps,
  actor: Person | undefined,
  context: TurnContext,
  entry: { meetingId?: string | null; action: string; target?: string | null; outcome: 'ok' | 'refused' | 'error'; detail?: string | null },
): Promise<void> {
  await deps.audit.append({
    at: deps.now().toISOString(),
    meetingId: entry.meetingId ?? null,
    actorId: actor?.aadObjectId ?? context.activity.from?.aadObjectId ?? null,
    actorName: actor?.name ?? context.activity.from?.name ?? null,
    action: entry.action,
    target: entry.target ?? null,
    outcome: entry.outcome,
    detail: entry.detail ?? null,
  });
}

/** The text of a message without the bot's @mention and extra spaces. */
export function messageText(context: TurnContext): string {
  const raw = context.activity.text ?? '';
  return raw.replace(/<at>[^<]*<\/at>/g, ' ').replace(/\s+/g, ' ').trim();
}
