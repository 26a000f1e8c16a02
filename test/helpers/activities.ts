/**
 * Incoming Teams activities shaped as Teams sends them to a bot (ids, timestamps with the Stockholm
 * offset, clientInfo entity, tenant/team/channel channelData, the bot @-mentioned in group chats and
 * channels), for tests over TestAdapter and over HTTP; and `postActivity` to POST one to /api/messages.
 */
import { randomUUID } from 'node:crypto';

/** The bot as Teams names it in `recipient`. */
export const BOT = { id: '28:namndbot', name: 'Nämndbot' } as const;

/** A person as Teams names them in `from`. */
export interface From {
  id: string;
  aadObjectId: string;
  name: string;
}

/** A conversation as Teams names it; `teamId` (channels only) defaults to the channel's own id, as for a team's General channel. */
export interface Conversation {
  id: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  tenantId: string;
  teamId?: string;
  teamName?: string;
}

/** An activity in the JSON shape Teams posts (timestamps are ISO strings, as on the wire). A type, not an interface, so it is assignable to Record<string, unknown>. */
export type TeamsActivity = {
  type: 'message' | 'invoke' | 'conversationUpdate';
  id: string;
  timestamp: string;
  localTimestamp: string;
  localTimezone: string;
  channelId: 'msteams';
  serviceUrl: string;
  from: { id: string; name?: string; aadObjectId?: string };
  recipient: { id: string; name: string };
  conversation: { id: string; conversationType: string; tenantId: string; isGroup?: boolean; name?: string };
  channelData: Record<string, unknown>;
  entities: Array<Record<string, unknown>>;
  locale: string;
  text?: string;
  textFormat?: 'plain';
  attachments?: Array<Record<string, unknown>>;
  name?: string;
  value?: unknown;
  replyToId?: string;
  membersAdded?: Array<{ id: string; aadObjectId?: string }>;
};

/** What every builder accepts besides its own fields. */
export interface Common {
  from: From;
  conversation: Conversation;
  serviceUrl: string;
  /** When it was sent (default now). */
  at?: Date;
  /** Override the generated activity id. */
  id?: string;
}

const TIME_ZONE = 'Europe/Stockholm';
const LOCALE = 'sv-SE';

let lastMessageId = 0;
/** Teams' message ids are the send time in epoch milliseconds; kept strictly increasing so they stay unique. */
const nextMessageId = (at: Date): string => {
  lastMessageId = Math.max(at.getTime(), lastMessageId + 1);
  return String(lastMessageId);
};

/** '+01:00' or '+02:00': Stockholm's offset from UTC at that instant. */
function stockholmOffset(at: Date): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? '+00:00' : name.slice(3);
}

function localTimestamp(at: Date): string {
  const offset = stockholmOffset(at);
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  const shifted = new Date(at.getTime() + sign * ((h ?? 0) * 60 + (m ?? 0)) * 60_000);
  return shifted.toISOString().replace('Z', offset);
}

/** The channel's own id: a thread in a channel is addressed as `<channel id>;messageid=<root>`. */
const channelIdOf = (conversationId: string): string => conversationId.split(';')[0] ?? conversationId;

function channelDataOf(c: Conversation): Record<string, unknown> {
  if (c.conversationType !== 'channel') return { tenant: { id: c.tenantId } };
  const channelId = channelIdOf(c.id);
  const teamId = c.teamId ?? channelId;
  return {
    teamsChannelId: channelId,
    teamsTeamId: teamId,
    channel: { id: channelId },
    team: { id: teamId, ...(c.teamName ? { name: c.teamName } : {}) },
    tenant: { id: c.tenantId },
  };
}

function base(type: TeamsActivity['type'], id: string, o: { from: TeamsActivity['from']; conversation: Conversation; serviceUrl: string; at: Date }): TeamsActivity {
  const c = o.conversation;
  return {
    type,
    id,
    timestamp: o.at.toISOString(),
    localTimestamp: localTimestamp(o.at),
    localTimezone: TIME_ZONE,
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    from: o.from,
    recipient: { ...BOT },
    // Teams omits isGroup in 1:1 chats.
    conversation: { ...(c.conversationType === 'personal' ? {} : { isGroup: true }), conversationType: c.conversationType, tenantId: c.tenantId, id: c.id },
    channelData: channelDataOf(c),
    entities: [{ type: 'clientInfo', locale: LOCALE, country: 'SE', platform: 'Web', timezone: TIME_ZONE }],
    locale: LOCALE,
  };
}

/**
 * A message a person writes. In group chats and channels Teams only delivers messages that @-mention
 * the bot, so there the text is prefixed with `<at>Nämndbot</at>` and a mention entity is added
 * (`mentionBot: false` to leave it out; teams-ai's removeRecipientMention strips it again).
 */
export function teamsMessage(o: Common & { text?: string; attachments?: Array<Record<string, unknown>>; mentionBot?: boolean; replyToId?: string }): TeamsActivity {
  const at = o.at ?? new Date();
  const mention = o.mentionBot ?? o.conversation.conversationType !== 'personal';
  const activity = base('message', o.id ?? nextMessageId(at), { ...o, at });
  const atTag = `<at>${BOT.name}</at>`;
  if (o.text !== undefined) activity.text = mention ? `${atTag} ${o.text}` : o.text;
  else if (mention) activity.text = atTag;
  if (activity.text !== undefined) activity.textFormat = 'plain';
  if (mention) activity.entities.unshift({ type: 'mention', text: atTag, mentioned: { id: BOT.id, name: BOT.name } });
  if (o.attachments) activity.attachments = o.attachments;
  if (o.replyToId) activity.replyToId = o.replyToId;
  return activity;
}

/**
 * A file a person uploads in the 1:1 chat (the app's manifest has supportsFiles): Teams sends a message
 * with a file.download.info attachment whose `downloadUrl` needs no authentication. Teams sends these
 * only in personal chats, so any other conversation type throws.
 */
export function teamsFileUpload(o: Common & { name: string; downloadUrl: string; text?: string; uniqueId?: string; fileType?: string }): TeamsActivity {
  if (o.conversation.conversationType !== 'personal') throw new Error(`Teams sends file.download.info only in personal chats, not in ${o.conversation.conversationType}`);
  const fileType = o.fileType ?? (o.name.includes('.') ? (o.name.split('.').pop() ?? '') : '');
  const attachment = {
    contentType: 'application/vnd.microsoft.teams.file.download.info',
    contentUrl: `https://contoso-my.sharepoint.com/personal/user/Documents/Microsoft%20Teams-chattfiler/${encodeURIComponent(o.name)}`,
    name: o.name,
    content: { downloadUrl: o.downloadUrl, uniqueId: o.uniqueId ?? randomUUID().toUpperCase(), fileType },
  };
  return teamsMessage({ ...o, attachments: [attachment] });
}

/** Fields of an Action.Execute invoke. */
export type CardActionOptions = Common & {
  verb: string;
  /** The action's `data` from the card (an object in Nämndbot's cards). */
  data?: unknown;
  /** Values of the card's inputs: Teams merges them into an object `data`. */
  inputs?: Record<string, unknown>;
  /** The id of the message carrying the card (what the connector answered when it was posted). */
  replyToId?: string;
  title?: string;
};

function dataWithInputs(data: unknown, inputs: Record<string, unknown> | undefined): unknown {
  if (!inputs) return data ?? {};
  if (data !== undefined && (typeof data !== 'object' || data === null || Array.isArray(data))) throw new Error('inputs merge only into an object data');
  return { ...(data as Record<string, unknown> | undefined), ...inputs };
}

function cardInvoke(o: CardActionOptions, trigger: 'manual' | 'automatic'): TeamsActivity {
  const at = o.at ?? new Date();
  const activity = base('invoke', o.id ?? `f:${randomUUID()}`, { ...o, at });
  activity.name = 'adaptiveCard/action';
  activity.channelData = { ...activity.channelData, source: { name: 'message' } };
  activity.replyToId = o.replyToId ?? '1:unknown-card';
  activity.value = {
    action: { type: 'Action.Execute', ...(o.title ? { title: o.title } : {}), verb: o.verb, data: dataWithInputs(o.data, o.inputs) },
    trigger,
  };
  return activity;
}

/** A person pressing an Action.Execute button (Universal Actions); the answer comes back in the HTTP response. */
export function adaptiveCardAction(o: CardActionOptions & { trigger?: 'manual' | 'automatic' }): TeamsActivity {
  return cardInvoke(o, o.trigger ?? 'manual');
}

/** Teams asking for a card's refresh (the card's `refresh.action`) when a listed user views it. */
export function cardRefresh(o: CardActionOptions): TeamsActivity {
  return cardInvoke(o, 'automatic');
}

/**
 * The app added to a conversation: conversationUpdate with the bot among membersAdded. In a team Teams
 * addresses the team's General channel and adds eventType 'teamMemberAdded' and the team to channelData.
 * `from` (who installed it) defaults to an installer account.
 */
export function botAdded(o: { conversation: Conversation; serviceUrl: string; botId?: string; from?: From; at?: Date; id?: string }): TeamsActivity {
  const at = o.at ?? new Date();
  const from = o.from ?? { id: '29:installer', aadObjectId: '00000000-0000-0000-0000-000000000001', name: 'Installer' };
  const botId = o.botId ?? BOT.id;
  const activity = base('conversationUpdate', o.id ?? `f:${randomUUID()}`, { from, conversation: o.conversation, serviceUrl: o.serviceUrl, at });
  activity.recipient = { id: botId, name: BOT.name };
  activity.membersAdded = [{ id: botId }];
  if (o.conversation.conversationType === 'channel') {
    const channelId = channelIdOf(o.conversation.id);
    activity.channelData = { ...activity.channelData, eventType: 'teamMemberAdded', settings: { selectedChannel: { id: channelId } } };
  }
  return activity;
}

/** What the bot answered to a POST of an activity. */
export interface PostResult {
  status: number;
  /** The JSON body (an invoke's answer), the raw text if not JSON, or null when empty. */
  body: unknown;
}

/**
 * POSTs an activity to the bot as Teams does. `botUrl` is the bot's base URL (then /api/messages is
 * added) or the full messaging endpoint.
 */
export async function postActivity(botUrl: string, activity: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
  const url = new URL(botUrl);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/api/messages';
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(60_000),
  });
  const text = await res.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: res.status, body };
}
