import type { Application, TurnState } from '@microsoft/teams-ai';
import { stockholmDate } from '../../calendar';
import type { BotDeps } from '../deps';
import { msg } from '../messages';
import { schedulePublication } from '../publication';
import { rememberConversation } from '../turn';

/** The app added to a channel, group chat or 1:1 chat: remember the conversation and say what the bot does. */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const botAdded = (context.activity.membersAdded ?? []).some((m) => m.id === botId);
    if (!botAdded) return;
    const { becameCommittee } = await rememberConversation(context, deps);
    const roster = await deps.roster.get();
    await context.sendActivity(msg.greeting(roster.committee));
    if (becameCommittee) {
      await context.sendActivity(msg.becameCommittee);
      // A meeting imported before the committee had a conversation gets its cards here now.
      const m = await deps.meetings.currentMeeting(stockholmDate(deps.now()));
      const conversationId = context.activity.conversation.id;
      if (m) await schedulePublication(deps, { meetingId: m.id, conversationId });
    }
    deps.log.info('installed', { conversationId: context.activity.conversation.id, type: context.activity.conversation.conversationType, becameCommittee });
  });
}
