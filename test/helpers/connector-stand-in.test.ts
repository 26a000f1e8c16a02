/**
 * Proves the Bot Connector stand-in and the activity builders against the REAL botbuilder CloudAdapter
 * in anonymous mode (empty MicrosoftAppId), over HTTP both ways, as the end-to-end tests will use them.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, TeamsInfo, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import express from 'express';
import { BOT, adaptiveCardAction, botAdded, cardRefresh, postActivity, teamsFileUpload, teamsMessage, type Conversation, type From } from './activities';
import { startConnectorStandIn, type ConnectorStandIn } from './connector-stand-in';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const lena: From = { id: '29:1lena-teams-id', aadObjectId: '6d5c4b3a-0000-4000-8000-000000000001', name: 'Lena Staaf' };
const personal: Conversation = { id: 'a:1Xk9lena-personal_chat', conversationType: 'personal', tenantId };
const group: Conversation = { id: '19:3f6a1b2c9d8e@thread.v2', conversationType: 'groupChat', tenantId };
const thread: Conversation = { id: '19:b1c2d3e4f5a6@thread.tacv2;messageid=1700000000000', conversationType: 'channel', tenantId, teamName: 'Socialnämnden' };
const invokeAnswer = { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What a failed connector call throws, as far as a retrying sender reads it. */
type ConnectorError = Error & { statusCode?: number; code?: string; response?: { status: number; headers: { get(name: string): string | undefined }; bodyAsText?: string } };

describe('the Bot Connector stand-in, driven by the real CloudAdapter', () => {
  let connector: ConnectorStandIn;
  let server: Server;
  let botUrl: string;
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const received: Activity[] = [];
  const references = new Map<string, Partial<ConversationReference>>();

  /** A tiny bot: replies 'hej' (or the size of an uploaded file), remembers references, answers card actions. */
  const bot = async (context: TurnContext): Promise<void> => {
    const activity = context.activity;
    received.push(activity);
    references.set(activity.conversation.id, TurnContext.getConversationReference(activity));
    if (activity.type === ActivityTypes.Message) {
      const file = activity.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.teams.file.download.info');
      if (file) {
        const res = await fetch((file.content as { downloadUrl: string }).downloadUrl);
        await context.sendActivity(`fick ${(await res.arrayBuffer()).byteLength} byte`);
      } else {
        await context.sendActivity('hej');
      }
    } else if (activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: invokeAnswer } });
    }
  };

  /** Runs `fn` in a proactive turn on the stored reference, as the app's sender does. */
  const proactive = <T>(conversationId: string, fn: (context: TurnContext) => Promise<T>): Promise<T> => {
    const reference = references.get(conversationId);
    if (!reference) throw new Error(`no reference for ${conversationId}`);
    let out: T | undefined;
    return adapter.continueConversationAsync('', reference, async (context) => void (out = await fn(context))).then(() => out as T);
  };

  /** Posts a message so the bot stores the conversation's reference. */
  const greet = async (conversation: Conversation): Promise<void> => {
    expect((await postActivity(botUrl, teamsMessage({ text: 'hej', from: lena, conversation, serviceUrl: connector.serviceUrl }))).status).toBe(200);
  };

  beforeAll(async () => {
    connector = await startConnectorStandIn({
      members: { [group.id]: [{ id: lena.id, aadObjectId: lena.aadObjectId, name: lena.name, userPrincipalName: 'lena.staaf@kommun.se', tenantId, userRole: 'user' }] },
    });
    const web = express();
    web.post('/api/messages', express.json(), async (req, res) => {
      await adapter.process(req, res, bot);
    });
    server = await new Promise<Server>((resolve) => {
      const s = web.listen(0, '127.0.0.1', () => resolve(s));
    });
    botUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await connector.close();
  });

  beforeEach(() => {
    connector.faults.clear();
    connector.reset();
  });

  it('records the reply to a message at POST .../activities/{incoming id}, with the conversation id decoded', async () => {
    const message = teamsMessage({ text: 'hej', from: lena, conversation: personal, serviceUrl: connector.serviceUrl });
    const res = await postActivity(botUrl, message);
    expect(res.status).toBe(200);
    const reply = await connector.waitFor((c) => c.replies.find((r) => r.replyToId === message.id));
    expect(reply).toMatchObject({ kind: 'reply', method: 'POST', conversationId: personal.id, status: 201, authorization: null });
    expect(reply.activityId).toMatch(/^1:msg-\d+$/);
    expect(reply.path).toBe(`/v3/conversations/${encodeURIComponent(personal.id)}/activities/${message.id}`);
    expect(reply.activity).toMatchObject({ type: 'message', text: 'hej', replyToId: message.id, from: { id: BOT.id }, recipient: { id: lena.id } });
    expect(connector.sends).toEqual([reply]);
    expect(connector.all).toEqual([reply]);
  });

  it('records a proactive send (botbuilder posts it as a reply to a fresh uuid) and its update, in a channel thread', async () => {
    await greet(thread);
    expect(received.at(-1)).toMatchObject({ text: `<at>${BOT.name}</at> hej`, channelData: { team: { id: '19:b1c2d3e4f5a6@thread.tacv2', name: 'Socialnämnden' }, channel: { id: '19:b1c2d3e4f5a6@thread.tacv2' } } });
    connector.reset();
    const sentId = await proactive(thread.id, async (context) => {
      const sent = await context.sendActivity('Påminnelse: handlingar till torsdag');
      await context.updateActivity({ id: sent?.id, type: 'message', text: 'Påminnelse (ändrad)' });
      return sent?.id;
    });
    const [send, update] = connector.all;
    expect(send).toMatchObject({ kind: 'reply', conversationId: thread.id, activityId: sentId, status: 201 });
    expect(send?.replyToId).toMatch(UUID); // the continuation activity's random id, not a message anyone saw
    expect(send?.path).toContain(encodeURIComponent('19:b1c2d3e4f5a6@thread.tacv2;messageid=1700000000000'));
    expect(send?.activity).toMatchObject({ text: 'Påminnelse: handlingar till torsdag' });
    expect(update).toMatchObject({ kind: 'update', method: 'PUT', conversationId: thread.id, activityId: sentId, status: 200 });
    expect(update?.activity).toMatchObject({ id: sentId, text: 'Påminnelse (ändrad)' });
    expect(connector.sends).toEqual([send]);
    expect(connector.replies).toEqual([send]);
    expect(connector.updates).toEqual([update]);
  });

  it('records kind send when the outgoing activity has no replyToId (POST .../activities)', async () => {
    await greet(group);
    connector.reset();
    await proactive(group.id, async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        for (const a of activities) delete a.replyToId;
        return next();
      });
      await context.sendActivity('Ny tråd');
    });
    expect(connector.sends).toEqual([expect.objectContaining({ kind: 'send', conversationId: group.id, replyToId: null, path: `/v3/conversations/${encodeURIComponent(group.id)}/activities` })]);
    expect(connector.replies).toEqual([]);
  });

  it('answers an Action.Execute invoke in the HTTP response body of /api/messages, not through the connector', async () => {
    await greet(group);
    connector.reset();
    const res = await postActivity(botUrl, adaptiveCardAction({ verb: 'approval.approve', data: { arendeKey: 'Beslutsärenden§1' }, from: lena, conversation: group, serviceUrl: connector.serviceUrl, replyToId: '1:msg-1' }));
    expect(res).toEqual({ status: 200, body: invokeAnswer });
    expect(received.at(-1)).toMatchObject({ type: 'invoke', name: 'adaptiveCard/action', replyToId: '1:msg-1', value: { action: { type: 'Action.Execute', verb: 'approval.approve', data: { arendeKey: 'Beslutsärenden§1' } }, trigger: 'manual' } });
    const refresh = await postActivity(botUrl, cardRefresh({ verb: 'arende.refresh', data: { v: 2 }, from: lena, conversation: group, serviceUrl: connector.serviceUrl }));
    expect(refresh.body).toEqual(invokeAnswer);
    expect(received.at(-1)).toMatchObject({ value: { trigger: 'automatic', action: { verb: 'arende.refresh' } } });
    expect(connector.all).toEqual([]);
  });

  it('lets botbuilder absorb a single 429 with Retry-After (waiting that long) or a 503 by retrying itself', async () => {
    await greet(group);
    connector.reset();
    connector.faults.failNext(1, 429, { retryAfterSeconds: 1 });
    const started = Date.now();
    const id = await proactive(group.id, async (context) => (await context.sendActivity('efter en 429'))?.id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(connector.all.map((r) => [r.status, r.retryAfterSeconds])).toEqual([[429, 1], [201, null]]);
    expect(connector.sends.map((r) => r.activityId)).toEqual([id]);
    expect(connector.stats[429]).toBe(1);
    connector.reset();
    connector.faults.failNext(1, 503); // no Retry-After: botbuilder's exponential backoff (up to 1 s) retries it
    await proactive(group.id, (context) => context.sendActivity('efter en 503'));
    expect(connector.all.map((r) => r.status)).toEqual([503, 201]);
  });

  it('makes botbuilder throw a RestError with statusCode 429 once its own 3 retries are spent; Retry-After via response.headers.get', async () => {
    await greet(group);
    connector.reset();
    connector.faults.failNext(4, 429, { retryAfterSeconds: 1 });
    const error = (await proactive(group.id, (context) => context.sendActivity('kommer inte fram')).catch((e: unknown) => e)) as ConnectorError;
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RestError');
    expect(error.statusCode).toBe(429);
    expect(error.code).toBe('Throttled'); // the body's error.code
    expect(error.message).toBe('stand-in fault 429'); // the body's error.message
    expect(error.response?.status).toBe(429);
    expect(error.response?.headers.get('retry-after')).toBe('1');
    expect((error.response?.headers as unknown as Record<string, unknown>)['retry-after']).toBeUndefined();
    expect(Object.keys(error)).not.toContain('response'); // present but not enumerable: a log's JSON drops it
    expect(connector.all.map((r) => r.status)).toEqual([429, 429, 429, 429]);
    expect(connector.sends).toEqual([]);
    expect(connector.stats[429]).toBe(4);
  });

  it('makes botbuilder throw at once on a 429 without Retry-After (not retried) and on a 412', async () => {
    await greet(group);
    connector.reset();
    connector.faults.failNext(1, 429, { retryAfterSeconds: null });
    const throttled = (await proactive(group.id, (context) => context.sendActivity('x')).catch((e: unknown) => e)) as ConnectorError;
    expect(throttled.statusCode).toBe(429);
    expect(throttled.response?.headers.get('retry-after')).toBeUndefined();
    connector.faults.failNext(1, 412);
    const precondition = (await proactive(group.id, (context) => context.sendActivity('x')).catch((e: unknown) => e)) as ConnectorError;
    expect(precondition.statusCode).toBe(412);
    expect(connector.all.map((r) => r.status)).toEqual([429, 412]);
  });

  it('answers 429 to every third message call with rateLimit and the next n with failNext, keeping refusals out of sends', async () => {
    const post = (text: string) => fetch(`${connector.serviceUrl}v3/conversations/${encodeURIComponent(group.id)}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text }) });
    connector.faults.rateLimit({ every: 3, retryAfterSeconds: 2 });
    const statuses = [];
    for (let i = 1; i <= 6; i++) statuses.push((await post(`m${i}`)).status);
    expect(statuses).toEqual([201, 201, 429, 201, 201, 429]);
    expect(connector.all[2]?.retryAfterSeconds).toBe(2);
    connector.faults.clear();
    connector.faults.failNext(2, 503);
    const failed = [await post('a'), await post('b'), await post('c')];
    expect(failed.map((r) => r.status)).toEqual([503, 503, 201]);
    expect(failed[0]?.headers.get('retry-after')).toBeNull();
    expect(connector.sends.map((r) => r.activity?.text)).toEqual(['m1', 'm2', 'm4', 'm5', 'c']);
    expect(connector.stats).toEqual({ 201: 5, 429: 2, 503: 2 });
  });

  it('refuses message calls by a periodic pattern, the first matching rule winning', async () => {
    const post = (text: string) => fetch(`${connector.serviceUrl}v3/conversations/${encodeURIComponent(group.id)}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text }) });
    connector.faults.periodic([{ every: 3, status: 429, retryAfterSeconds: 1 }, { every: 7, status: 503 }]);
    const answers = [];
    for (let i = 1; i <= 21; i++) answers.push(await post(`p${i}`));
    connector.faults.clear();
    expect(answers.map((r, i) => [i + 1, r.status]).filter(([, s]) => s !== 201)).toEqual([[3, 429], [6, 429], [7, 503], [9, 429], [12, 429], [14, 503], [15, 429], [18, 429], [21, 429]]);
    expect(answers[2]?.headers.get('retry-after')).toBe('1');
    expect(answers[6]?.headers.get('retry-after')).toBeNull();
  });

  it('holds message calls with slowAccept and drops one whose client went away before the answer', async () => {
    const url = `${connector.serviceUrl}v3/conversations/${encodeURIComponent(group.id)}/activities`;
    const before = connector.sends.length;
    connector.faults.slowAccept(300);
    const started = Date.now();
    const kept = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message","text":"kept"}' });
    const gone = new AbortController();
    const abandoned = fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message","text":"gone"}', signal: gone.signal }).catch(() => null);
    await connector.waitFor((c) => c.held === 2);
    gone.abort();
    expect((await kept).status).toBe(201);
    await abandoned;
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    await connector.waitFor((c) => c.held === 0 && c.dropped === 1);
    connector.faults.clear();
    expect(connector.sends.slice(before).map((r) => r.activity?.text)).toEqual(['kept']);
  });

  it('refuses updates of activity ids it never issued and records unknown routes as 404', async () => {
    const update = await fetch(`${connector.serviceUrl}v3/conversations/${encodeURIComponent(group.id)}/activities/1:made-up`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' });
    expect(update.status).toBe(404);
    const other = await fetch(`${connector.serviceUrl}v3/teams/19%3Ateam/conversations`);
    expect(other.status).toBe(404);
    expect(connector.all.map((r) => [r.kind, r.status])).toEqual([['update', 404], ['other', 404]]);
    expect(connector.updates).toEqual([]);
  });

  it('answers member lookups with the members it was given', async () => {
    await greet(group);
    connector.reset();
    const { member, paged } = await proactive(group.id, async (context) => ({
      member: await TeamsInfo.getMember(context, lena.id),
      paged: await TeamsInfo.getPagedMembers(context),
    }));
    expect(member).toMatchObject({ id: lena.id, aadObjectId: lena.aadObjectId, userPrincipalName: 'lena.staaf@kommun.se' });
    expect(paged.members.map((m) => m.name)).toEqual([lena.name]);
    const missing = await proactive(group.id, (context) => TeamsInfo.getMember(context, '29:nobody')).catch((e: ConnectorError) => e.statusCode);
    expect(missing).toBe(404);
    expect(connector.all.map((r) => [r.kind, r.status])).toEqual([['members', 200], ['members', 200], ['members', 404]]);
  });

  it('creates a 1:1 conversation and records what the bot sends into it', async () => {
    const parameters = { isGroup: false, bot: { id: BOT.id }, members: [{ id: lena.id }], tenantId, channelData: { tenant: { id: tenantId } } } as Parameters<CloudAdapter['createConversationAsync']>[4];
    let conversationId = '';
    await adapter.createConversationAsync('', 'msteams', connector.serviceUrl, '', parameters, async (context) => {
      conversationId = context.activity.conversation.id;
      await context.sendActivity('Hej Lena, välkommen till Nämndbot');
    });
    expect(connector.createdConversations).toEqual([{ id: conversationId, activityId: null, request: expect.objectContaining({ members: [{ id: lena.id }] }) }]);
    expect(conversationId).toMatch(/^a:/);
    // The turn's activity takes the new conversation's id as its own id, so this send arrives as a reply to it.
    expect(connector.sends).toEqual([expect.objectContaining({ kind: 'reply', conversationId, replyToId: conversationId, activity: expect.objectContaining({ text: 'Hej Lena, välkommen till Nämndbot' }) })]);
    const again = (await adapter.createConversationAsync('', 'msteams', connector.serviceUrl, '', parameters, async (context) => void (conversationId = context.activity.conversation.id)), conversationId);
    expect(again).toBe(connector.createdConversations[0]?.id); // Teams keeps one 1:1 chat per user
  });

  it('serves a file for a Teams file upload that the bot downloads', async () => {
    const downloadUrl = connector.serveFile('kallelse SN 2026.pdf', Buffer.from('%PDF-'), 'application/pdf');
    const upload = teamsFileUpload({ name: 'kallelse SN 2026.pdf', downloadUrl, from: lena, conversation: personal, serviceUrl: connector.serviceUrl });
    expect(upload.attachments).toEqual([expect.objectContaining({ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'kallelse SN 2026.pdf', content: expect.objectContaining({ downloadUrl, fileType: 'pdf' }) })]);
    expect((await postActivity(botUrl, upload)).status).toBe(200);
    expect(connector.replies.map((r) => r.activity?.text)).toEqual(['fick 5 byte']);
    expect(connector.downloads).toEqual(['kallelse SN 2026.pdf']);
    expect(() => teamsFileUpload({ name: 'x.pdf', downloadUrl, from: lena, conversation: group, serviceUrl: connector.serviceUrl })).toThrow(/only in personal chats/);
  });

  it('takes the bot being added to a team as a conversationUpdate from which it can write proactively', async () => {
    const team: Conversation = { id: '19:general0team@thread.tacv2', conversationType: 'channel', tenantId };
    expect((await postActivity(botUrl, botAdded({ conversation: team, serviceUrl: connector.serviceUrl }))).status).toBe(200);
    expect(received.at(-1)).toMatchObject({ type: 'conversationUpdate', membersAdded: [{ id: BOT.id }], channelData: { eventType: 'teamMemberAdded', team: { id: team.id }, tenant: { id: tenantId } } });
    await proactive(team.id, (context) => context.sendActivity('Nämndbot är installerad'));
    expect(connector.sends.map((r) => [r.conversationId, r.activity?.text])).toEqual([[team.id, 'Nämndbot är installerad']]);
  });

  it('rejects waitFor on timeout with a dump of what was recorded', async () => {
    await greet(personal);
    await expect(connector.waitFor((c) => c.updates.length > 0, 100)).rejects.toThrow(/timed out after 100 ms[\s\S]*1 calls recorded \(1 sends, 0 updates\)[\s\S]*#1 reply POST 201 conv=a:1Xk9lena-personal_chat/);
  });
});

describe('Teams\' per-conversation limits in the stand-in', () => {
  let connector: ConnectorStandIn;
  let now = 1_000_000;
  const post = (conversationId: string) => fetch(`${connector.serviceUrl}v3/conversations/${encodeURIComponent(conversationId)}/activities`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message","text":"x"}' });

  beforeAll(async () => {
    connector = await startConnectorStandIn({ clock: () => now, pathPrefix: 'emea/' });
    connector.faults.teamsLimits();
  });
  afterAll(() => connector.close());

  it('serves under a path prefix like Teams\' regional serviceUrl', () => {
    expect(connector.serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/emea\/$/);
  });

  it('allows 7 messages a second, 8 in two seconds and 60 in thirty, per conversation, answering 429 with Retry-After beyond', async () => {
    const statuses = async (n: number, id = group.id) => {
      const out: Array<[number, string | null]> = [];
      for (let i = 0; i < n; i++) {
        const res = await post(id);
        out.push([res.status, res.headers.get('retry-after')]);
      }
      return out;
    };
    expect(await statuses(8)).toEqual([...Array(7).fill([201, null]), [429, '1']]);
    expect((await statuses(1, personal.id))[0]?.[0]).toBe(201); // another conversation has its own budget
    now += 1_000;
    expect(await statuses(2)).toEqual([[201, null], [429, '1']]); // 8 in the last 2 s
    // 4 a second stays under 7 / 1 s and 8 / 2 s; after 15 s the 30 s window holds 60.
    for (let second = 0; second < 15; second++) {
      now += 1_000;
      expect((await statuses(4, thread.id)).map(([status]) => status)).toEqual([201, 201, 201, 201]);
    }
    now += 1_000;
    expect(await statuses(1, thread.id)).toEqual([[429, '15']]); // the first 4 leave the window 15 s from now
    expect(connector.sends.filter((r) => r.conversationId === thread.id)).toHaveLength(60);
  });
});
