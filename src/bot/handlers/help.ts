import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../deps';
import { helpText, msg } from '../messages';
import { actorOf, conversationTypeOf, messageText, rememberConversation } from '../turn';

/** "hjälp" by role, and the catch-all for everything else (registered last: the first matching route wins). */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  app.message(/^\s*(hjälp|help|\?)\s*$/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (conversationTypeOf(context) === 'personal') await rememberConversation(context, deps);
    await context.sendActivity(actor ? helpText(actor.roles) : msg.notInRoster);
  });
}

/** The last route: unknown text gets a helpful answer; a 1:1 chat is remembered for later proactive messages. */
export function registerFallback(app: Application<TurnState>, deps: BotDeps): void {
  app.activity('message', async (context) => {
    const actor = await actorOf(context, deps);
    if (conversationTypeOf(context) === 'personal') await rememberConversation(context, deps);
    const text = messageText(context);
    await context.sendActivity(!actor ? msg.notInRoster : text ? msg.unknownCommand(text) : helpText(actor.roles));
  });
}
