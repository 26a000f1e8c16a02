import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { AgendaError } from '../../agenda/errors';
import { importAgenda } from '../../agenda/import';
import { isSekreterare } from '../../domain';
import type { BotDeps } from '../deps';
import { importMeeting } from '../import-meeting';
import { msg, words } from '../messages';
import { actorOf, audit, conversationTypeOf, rememberConversation } from '../turn';

const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';
const MAX_BYTES = 30 * 1024 * 1024;

const fileOf = (context: TurnContext) => (context.activity.attachments ?? []).find((a) => a.contentType === FILE_INFO);
const isJsonPaste = (context: TurnContext): boolean => /^\s*\{[\s\S]*\}\s*$/.test(context.activity.text ?? '');

/** Downloads a file a person uploaded in the 1:1 chat (Teams gives a short-lived download URL). */
async function download(url: string): Promise<Uint8Array> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new AgendaError('AGENDA.PDF_UNREADABLE', `Filen gick inte att hämta från Teams (HTTP ${res.status}). Försök ladda upp den igen.`);
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_BYTES) throw new AgendaError('AGENDA.TOO_LARGE', words.fileTooLarge);
  const bytes = new Uint8Array(await res.arrayBuffer());
  if (bytes.byteLength > MAX_BYTES) throw new AgendaError('AGENDA.TOO_LARGE', words.fileTooLarge);
  return bytes;
}

/** Import in chat: the sekreterare uploads the kallelse (PDF or text) in the 1:1 chat, or pastes agenda JSON. */
export function register(app: Application<TurnState>, deps: BotDeps): void {
  const handle = async (context: TurnContext, load: () => Promise<Uint8Array>, fileName: string | undefined, contentType: string | undefined) => {
    const actor = await actorOf(context, deps);
    if (conversationTypeOf(context) === 'personal') await rememberConversation(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    if (!isSekreterare(actor)) {
      await audit(deps, actor, context, { action: 'meeting.import', outcome: 'refused', detail: 'inte sekreterare' });
      return void (await context.sendActivity(msg.onlySekreterare));
    }
    try {
      const agenda = await importAgenda({ bytes: await load(), fileName, contentType });
      const outcome = await importMeeting(deps, agenda, actor);
      const summary = msg.importSummary(outcome.added.length, outcome.changed.length, outcome.removed.length);
      const expected = outcome.expectedReports.length ? `\n\n${msg.expectedReports(outcome.expectedReports)}` : '';
      await context.sendActivity(msg.importDone(outcome.title, outcome.items.length, summary) + (outcome.postedTo ? '' : `\n\n${msg.noCommitteeConversation}`) + expected);
    } catch (e) {
      if (!(e instanceof AgendaError)) throw e;
      await audit(deps, actor, context, { action: 'meeting.import', outcome: 'refused', detail: e.message });
      await context.sendActivity(msg.importFailed(e.message));
    }
  };

  app.message(
    async (context) => context.activity.type === 'message' && fileOf(context) !== undefined,
    async (context) => {
      const file = fileOf(context);
      const url = (file?.content as { downloadUrl?: string } | undefined)?.downloadUrl;
      if (!file || !url) return void (await context.sendActivity(msg.importFailed(words.noDownloadLink)));
      await handle(context, () => download(url), file.name, undefined);
    },
  );
  app.message(
    async (context) => context.activity.type === 'message' && isJsonPaste(context),
    async (context) => handle(context, async () => new TextEncoder().encode(context.activity.text ?? ''), 'dagordning.json', 'application/json'),
  );
  app.message(/^\s*importera\b/i, async (context) => {
    const actor = await actorOf(context, deps);
    if (!actor) return void (await context.sendActivity(msg.notInRoster));
    await context.sendActivity(isSekreterare(actor) ? msg.importHowTo : msg.onlySekreterare);
  });
}
