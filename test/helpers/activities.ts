/** Incoming Teams activities as Teams sends them to a bot, for tests over TestAdapter and over HTTP. */
import { randomUUID } from 'node:crypto';

/** A person as Teams names them in an activity. */
export interface From {
  id: string;
  aadObjectId: string;
  name: string;
}

/** A conversation as Teams names it. */
export interface Conversation {
  id: string;
  conversationType: 'personal' | 'groupChat' | 'channel';
  tenantId: string;
}

const BOT = { id: '28:namndbot', name: 'Nämndbot' };

function base(type: string, from: From, conversation: Conversation, serviceUrl: string) {
  return {
    type,
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: BOT,
    conversation: { ...conversation, isGroup: conversation.conversationType !== 'personal' },
    locale: 'sv-SE',
    channelData: {
      tenant: { id: conversation.tenantId },
      ...(conversation.conversationType === 'channel' ? { team: { id: '19:team@thread.skype' }, channel: { id: conversation.id } } : {}),
    },
  };
}

/** A message a person writes. */
export function teamsMessage(o: { text: string; from: From; conversation: Conversation; serviceUrl: string; attachments?: unknown[] }) {
  return { ...base('message', o.from, o.conversation, o.serviceUrl), text: o.text, textFormat: 'plain', ...(o.attachments ? { attachments: o.attachments } : {}) };
}

/** A file a person uploads in the 1:1 chat (Teams sends a download link). */
export function teamsFileUpload(o: { name: string; downloadUrl: string; from: From; conversation: Conversation; serviceUrl: string }) {
  const fileType = o.name.split('.').pop() ?? '';
  return teamsMessage({
    text: '',
    from: o.from,
    conversation: o.conversation,
    serviceUrl: o.serviceUrl,
    attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: o.name, contentUrl: o.downloadUrl, content: { downloadUrl: o.downloadUrl, uniqueId: randomUUID(), fileType } }],
  });
}

/** An Action.Execute click on a card (Universal Actions). */
export function adaptiveCardAction(o: { verb: string; data: unknown; from: From; conversation: Conversation; serviceUrl: string; trigger?: 'manual' | 'automatic' }) {
  return {
    ...base('invoke', o.from, o.conversation, o.serviceUrl),
    name: 'adaptiveCard/action',
    replyToId: 'card-activity-id',
    value: { action: { type: 'Action.Execute', verb: o.verb, data: o.data }, trigger: o.trigger ?? 'manual' },
  };
}

/** The app added to a conversation (conversationUpdate with the bot among membersAdded). */
export function botAdded(o: { conversation: Conversation; serviceUrl: string; botId: string; from?: From }) {
  const from = o.from ?? { id: '29:installer', aadObjectId: 'aad-installer', name: 'Installer' };
  return { ...base('conversationUpdate', from, o.conversation, o.serviceUrl), recipient: { ...BOT, id: o.botId }, membersAdded: [{ id: o.botId }] };
}

/** POSTs an activity to the bot's /api/messages as Teams does; returns the status and the JSON body (an invoke's answer). */
export async function postActivity(url: string, activity: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) });
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, body };
}
