import type { Application, TurnState } from '@microsoft/teams-ai';
import { isSekreterare, Person, Role } from '../../domain';
import { stockholmDate } from '../../calendar';
import type { BotDeps } from '../deps';
import { msg, words } from '../messages';
import { schedulePublication } from '../publication';
import { actorOf, audit, conversationTypeOf, messageText, rememberConversation } from '../turn';

/** The sekreterare changes the roster ("person lägg till Namn, id, roll, roll") and picks the committee's conversation. */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  app.message(/^\s*person\b/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!isSekreterare(actor)) return void (await context.sendActivity(msg.onlySekreterare));
    const m = /^person\s+(?:lägg till|ändra)\s+(.+)$/i.exec(messageText(context));
    const parts = m ? (m[1] as string).split(',').map((s) => s.trim()).filter(Boolean) : [];
    if (parts.length < 3) return void (await context.sendActivity(msg.rosterUsage));
    const [name, id, ...roleWords] = parts as [string, string, ...string[]];
    const roles = roleWords.flatMap((w) => w.split(/\s+/)).map((w) => w.toLowerCase().replace('ö', 'o').replace('ä', 'a').replace('å', 'a'));
    const bad = roles.find((r) => !Role.safeParse(r).success);
    if (bad) return void (await context.sendActivity(msg.rosterBadRole(bad)));
    const person = Person.parse({ name, aadObjectId: id, roles });
    const outcome = await deps.roster.upsert(person);
    await audit(deps, actor, context, { action: 'roster.upsert', target: person.aadObjectId, outcome: 'ok', detail: `${person.name}: ${person.roles.join(' ')}` });
    await context.sendActivity(msg.rosterUpdated(person.name, outcome === 'added'));
  });

  app.message(/^\s*nämndens konversation\s*$/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!isSekreterare(actor)) return void (await context.sendActivity(msg.onlySekreterare));
    if (conversationTypeOf(context) === 'personal') return void (await context.sendActivity(words.chooseGroupConversation));
    await rememberConversation(context, deps);
    await deps.conversations.setCommittee(context.activity.conversation.id);
    await audit(deps, actor, context, { action: 'settings.committee_conversation', target: context.activity.conversation.id, outcome: 'ok' });
    await context.sendActivity(msg.committeeSet);
    const m = await deps.meetings.currentMeeting(stockholmDate(deps.now()));
    const conversationId = context.activity.conversation.id;
    if (m) await schedulePublication(deps, { meetingId: m.id, conversationId });
  });
}
