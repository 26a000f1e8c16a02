import type { Application, TurnState } from '@microsoft/teams-ai';
import { isSekreterare } from '../../domain';
import { stockholmDate } from '../../calendar';
import type { BotDeps } from '../deps';
import { msg } from '../messages';
import { actorOf, audit, conversationTypeOf } from '../turn';

/** Teams' limit for a message is about 28 KB of text; longer logs are fetched over the API. */
const MAX_INLINE = 20_000;

/** "logg": the sekreterare gets the current meeting's audit log as CSV in the 1:1 chat. */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  app.message(/^\s*logg\s*$/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!isSekreterare(actor)) return void (await context.sendActivity(msg.onlySekreterare));
    if (conversationTypeOf(context) !== 'personal') return void (await context.sendActivity(msg.wrongConversation));
    const m = await deps.meetings.currentMeeting(stockholmDate(deps.now()));
    const meetingId = m?.id ?? null;
    await audit(deps, actor, context, { meetingId, action: 'audit.export', outcome: 'ok' });
    const entries = await deps.audit.list(meetingId);
    const csv = (await deps.audit.csv(meetingId)).replace(/^\uFEFF/, '');
    const body = csv.length > MAX_INLINE ? `${csv.slice(0, MAX_INLINE)}\n…` : csv;
    const more = csv.length > MAX_INLINE ? `\n\nLoggen är lång; hela finns på GET /api/meetings/${meetingId}/audit.` : '';
    await context.sendActivity(`${msg.auditReady(entries.length)}\n\n\`\`\`\n${body}\`\`\`${more}`);
  });
}
