/**
 * End to end over HTTP, as Teams does it: the real server (dist/index.js, the `npm start` path) gets
 * activities POSTed to /api/messages with a serviceUrl pointing at a local Bot Connector stand-in,
 * which records every send and update the bot makes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adaptiveCardAction, botAdded, postActivity, teamsMessage, teamsFileUpload } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn } from '../helpers/connector-stand-in';

const seedText = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const API_KEY = 'e2e-api-key-0123456789';
const tenantId = 'tenant-e2e';
const who = {
  allan: { id: '29:allan', aadObjectId: 'aad-allan', name: 'Allan Abdi' },
  caroline: { id: '29:caroline', aadObjectId: 'aad-caroline', name: 'Caroline Svensson' },
  martin: { id: '29:martin', aadObjectId: 'aad-martin', name: 'Martin Karlsson' },
  lena: { id: '29:lena', aadObjectId: 'aad-lena', name: 'Lena Staaf' },
  stranger: { id: '29:x', aadObjectId: 'aad-stranger', name: 'Okänd' },
};
const group = { id: '19:socialnamnden@thread.v2', conversationType: 'groupChat' as const, tenantId };
const personal = (p: { aadObjectId: string }) => ({ id: `a:1on1-${p.aadObjectId}`, conversationType: 'personal' as const, tenantId });
const rosterYaml = `committee: Socialnämnden
municipality: Nyköpings kommun
people:
  - { name: Allan Abdi, aadObjectId: aad-allan, roles: [sekreterare] }
  - { name: Caroline Svensson, aadObjectId: aad-caroline, roles: [tjansteperson, godkannare] }
  - { name: Martin Karlsson, aadObjectId: aad-martin, roles: [tjansteperson] }
  - { name: Lena Staaf, aadObjectId: aad-lena, roles: [ledamot] }
`;

/** A future meeting with a delegation ärende, a sekretess ärende with a linked handling, and a beslutsärende. */
function futureAgenda(date: string) {
  return {
    meeting: { committee: 'Socialnämnden', municipality: 'Nyköpings kommun', date, time: '13:30', place: 'Stadshuset Sal B' },
    items: [
      { section: 'Sekretessärenden', number: '1', dnr: 'SN26/90', title: 'Särskilt förordnad vårdnadshavare', sekretess: true, handlingar: [{ title: 'Utredning om barnet A', url: 'https://dokument.example.se/hemlig/utredning-a.pdf' }] },
      { section: 'Beslutsärenden', number: '1', dnr: 'SN26/12', title: 'Budget 2027', handlingar: [{ title: 'Tjänsteskrivelse', url: 'https://dokument.example.se/sn26-12/ts.pdf' }] },
      { section: 'Beslutsärenden', number: '2', dnr: 'SN26/4', title: 'Delegationsärenden', handlingar: ['Förteckning över anmälda delegationsbeslut'] },
    ],
  };
}

const isoDay = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const textOf = (a: unknown): string => JSON.stringify(a);

/** The Action.Execute data of a button with this verb on a recorded card. */
function actionData(activity: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  JSON.stringify(activity, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { verb?: string }).verb === verb && (v as { data?: unknown }).data) found = (v as { data: Record<string, unknown> }).data;
    return v;
  });
  if (!found) throw new Error(`no ${verb} on ${textOf(activity).slice(0, 300)}`);
  return found;
}

describe('Nämndbot over HTTP with a Bot Connector stand-in', () => {
  let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
  let bot: BotProcess;
  let dataDir: string;
  const invokeBodies: unknown[] = [];
  const env = () => ({ DATA_DIR: dataDir, API_KEY, ROSTER_FILE: path.join(dataDir, 'roster.yaml') });
  const post = async (activity: Record<string, unknown>) => {
    const r = await postActivity(`${bot.url}/api/messages`, activity);
    if (r.body) invokeBodies.push(r.body);
    return r;
  };
  const serviceUrl = () => connector.serviceUrl;
  const importMeeting = (body: string | Buffer, contentType: string) =>
    fetch(`${bot.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': contentType }, body });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-e2e-'));
    fs.writeFileSync(path.join(dataDir, 'roster.yaml'), rosterYaml);
    connector = await startConnectorStandIn();
    bot = await startBotProcess(env());
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('answers /healthz', async () => {
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('greets when installed in the group chat and in each 1:1 chat', async () => {
    await post(botAdded({ conversation: group, serviceUrl: serviceUrl(), botId: '28:namndbot' }));
    for (const p of [who.allan, who.caroline, who.martin, who.lena]) await post(botAdded({ conversation: personal(p), serviceUrl: serviceUrl(), botId: '28:namndbot', from: p }));
    await connector.waitFor((c) => c.all.filter((r) => r.activity && textOf(r.activity).includes('Jag är Nämndbot')).length >= 5, 10_000);
  });

  it('refuses the meetings API without the key, and a broken kallelse with a reason, storing nothing', async () => {
    const noKey = await fetch(`${bot.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: seedText });
    expect(noKey.status).toBe(401);
    const broken = await importMeeting('Det här är ett recept på kanelbullar.', 'text/plain');
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: string }).error).toMatch(/\S/);
    const bad = await importMeeting('{"meeting": {"committee": "SN", "date": "2023-13-40"}, "items": []}', 'application/json');
    expect(bad.status).toBe(400);
    expect(connector.sends.filter((s) => s.conversationId === group.id && textOf(s.activity).includes('AdaptiveCard'))).toHaveLength(0);
  });

  it('imports the kallelse over the API and posts the overview and every ärende card in agenda order', async () => {
    const res = await importMeeting(seedText, 'text/plain; charset=utf-8');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { meetingId: string; items: unknown[] };
    expect(body.meetingId).toBe('nykopings-kommun-socialnamnden-2022-12-08');
    expect(body.items).toHaveLength(20);
    await connector.waitFor((c) => c.sends.filter((s) => s.conversationId === group.id && textOf(s.activity).includes('AdaptiveCard')).length >= 21, 30_000);
    const cards = connector.sends.filter((s) => s.conversationId === group.id && textOf(s.activity).includes('AdaptiveCard'));
    expect(textOf(cards[0]?.activity)).toContain('0 av 12 tjänsteskrivelser godkända');
    const order = ['Särskilt förordnad vårdnadshavare', 'Nedläggning av faderskapsutredning', 'MIRA', 'Bostad först', 'ekonomiskt bistånd', 'tillsyner', 'samsjuklighet', 'närvaroprojektet'];
    order.forEach((t, i) => expect(textOf(cards[i + 1]?.activity)).toContain(t));
    await connector.waitFor((c) => c.sends.filter((s) => s.conversationId === personal(who.caroline).id).length >= 13, 30_000);
  });

  it('stamps an approval by the assignee and updates every copy for everyone', async () => {
    const card = connector.sends.find((s) => s.conversationId === group.id && textOf(s.activity).includes('Ärende 1: Uppföljning av arbetet'))!;
    const data = actionData(card.activity, 'approval.approve');
    const before = connector.updates.length;
    const res = await post(adaptiveCardAction({ verb: 'approval.approve', data, from: who.caroline, conversation: group, serviceUrl: serviceUrl() }));
    expect(res.status).toBe(200);
    expect(textOf(res.body)).toMatch(/Slutversion av Tjänsteskrivelsen godkändes \d{4}-\d{2}-\d{2} \(Caroline Svensson\)/);
    await connector.waitFor((c) => c.updates.slice(before).some((u) => textOf(u.activity).includes('1 av 12 tjänsteskrivelser godkända')), 10_000);
    const updated = connector.updates.slice(before).filter((u) => textOf(u.activity).includes('Ärende 1: Uppföljning av arbetet'));
    expect(updated.map((u) => u.conversationId).sort()).toEqual([group.id, personal(who.caroline).id].sort());
    expect(updated.every((u) => /godkändes \d{4}-\d{2}-\d{2}/.test(textOf(u.activity)))).toBe(true);
  });

  it('refuses approval by a ledamot and by a stranger, changing nothing', async () => {
    const card = connector.sends.find((s) => s.conversationId === group.id && textOf(s.activity).includes('Ärende 11: Fördelning av riksnorm'))!;
    const data = actionData(card.activity, 'approval.approve');
    const byLedamot = await post(adaptiveCardAction({ verb: 'approval.approve', data, from: who.lena, conversation: group, serviceUrl: serviceUrl() }));
    expect(textOf(byLedamot.body)).toContain('Du kan inte godkänna');
    const byStranger = await post(adaptiveCardAction({ verb: 'approval.approve', data, from: who.stranger, conversation: group, serviceUrl: serviceUrl() }));
    expect(textOf(byStranger.body)).toContain('Du finns inte i nämndens förteckning');
    // The same card still works for the assignee: its version did not move.
    const byAssignee = await post(adaptiveCardAction({ verb: 'approval.request_changes', data: { ...data, comment: 'Ange källan för riksnormen' }, from: who.caroline, conversation: group, serviceUrl: serviceUrl() }));
    expect(textOf(byAssignee.body)).toContain('Ändring begärd: Ange källan för riksnormen');
    await connector.waitFor((c) => c.sends.some((s) => s.conversationId === personal(who.martin).id && textOf(s.activity).includes('begär ändring')), 10_000);
  });

  it('updates the meeting when the kallelse is imported again, keeping the approval given', async () => {
    const changed = seedText.replace('Fördelning av riksnorm för försörjningsstöd 2023', 'Fördelning av riksnorm för försörjningsstöd år 2023');
    const before = connector.updates.length;
    const res = await importMeeting(changed, 'text/plain');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ created: false, changed: ['Beslutsärenden§11'], added: [], removed: [] });
    await connector.waitFor((c) => c.updates.slice(before).some((u) => textOf(u.activity).includes('Ärende 11: Fördelning av riksnorm för försörjningsstöd år 2023')), 10_000);
    const card = connector.sends.find((s) => s.conversationId === group.id && textOf(s.activity).includes('Ärende 1: Uppföljning av arbetet'))!;
    const again = await post(adaptiveCardAction({ verb: 'approval.approve', data: actionData(card.activity, 'approval.approve'), from: who.caroline, conversation: group, serviceUrl: serviceUrl() }));
    expect(textOf(again.body)).toMatch(/godkändes \d{4}-\d{2}-\d{2} \(Caroline Svensson\)/);
  });

  it('refuses a malformed activity with 400 and a reason', async () => {
    const res = await postActivity(`${bot.url}/api/messages`, { type: 'message', text: 'hej' });
    expect(res.status).toBe(400);
    expect(textOf(res.body)).toContain('Ogiltig Bot Framework-aktivitet');
    const garbage = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": ' });
    expect(garbage.status).toBe(400);
  });

  it('answers handlingar for a normal and a sekretess ärende', async () => {
    const ask = (text: string) => post(teamsMessage({ text, from: who.lena, conversation: group, serviceUrl: serviceUrl() }));
    const before = connector.all.length;
    await ask('handlingar SN22/31');
    await connector.waitFor((c) => c.all.slice(before).some((r) => textOf(r.activity).includes('Revisionsrapport')), 10_000);
    const mid = connector.all.length;
    await ask('handlingar SN22/11');
    await connector.waitFor((c) => c.all.slice(mid).some((r) => textOf(r.activity).includes('Handlingar dukas på gruppmötet')), 10_000);
    expect(textOf(connector.all.slice(mid))).not.toContain('SN22/11:30');
  });

  it('takes a delegation request before the deadline and refuses it after', async () => {
    const open = await importMeeting(JSON.stringify(futureAgenda(isoDay(30))), 'application/json');
    expect(open.status).toBe(201);
    const closed = await importMeeting(JSON.stringify(futureAgenda(isoDay(1))), 'application/json');
    expect(closed.status).toBe(201);
    const openId = ((await open.json()) as { meetingId: string }).meetingId;
    const closedId = ((await closed.json()) as { meetingId: string }).meetingId;
    const press = (meetingId: string) =>
      post(adaptiveCardAction({ verb: 'handlingar.request', data: { meetingId, arendeKey: 'Beslutsärenden§2', version: 1 }, from: who.lena, conversation: group, serviceUrl: serviceUrl() }));
    expect(textOf((await press(openId)).body)).toContain('är registrerad');
    await connector.waitFor((c) => c.sends.some((s) => s.conversationId === personal(who.allan).id && textOf(s.activity).includes('Lena Staaf begär')), 10_000);
    expect(textOf((await press(closedId)).body)).toContain('För sent');
  });

  it('imports a kallelse uploaded as a file in the sekreterare\'s 1:1 chat', async () => {
    const url = connector.serveFile('kallelse.json', Buffer.from(JSON.stringify(futureAgenda(isoDay(60)))), 'application/json');
    const before = connector.all.length;
    await post(teamsFileUpload({ name: 'kallelse.json', downloadUrl: url, from: who.allan, conversation: personal(who.allan), serviceUrl: serviceUrl() }));
    await connector.waitFor((c) => c.all.slice(before).some((r) => textOf(r.activity).includes('är importerad: 3 ärenden')), 10_000);
  });

  it('retries a send that the connector answers with 429 and Retry-After', async () => {
    // Cards are paced under Teams' limits (60 per 30 s per conversation): wait for the Budget 2027 card to be posted.
    await connector.waitFor((c) => c.sends.some((s) => s.conversationId === group.id && textOf(s.activity).includes('Ärende 1: Budget 2027')), 45_000);
    const card = connector.sends.find((s) => s.conversationId === group.id && textOf(s.activity).includes('Ärende 1: Budget 2027'))!;
    // botbuilder's own client retries a 429 three times; the fourth refusal reaches Nämndbot's sender, which must retry it.
    const before = connector.all.length;
    connector.faults.failNext(4, 429);
    await post(adaptiveCardAction({ verb: 'approval.approve', data: actionData(card.activity, 'approval.approve'), from: who.caroline, conversation: group, serviceUrl: serviceUrl() }));
    await connector.waitFor((c) => c.updates.some((u) => textOf(u.activity).includes('Ärende 1: Budget 2027') && textOf(u.activity).includes('godkändes')), 15_000);
    expect(connector.all.slice(before).filter((r) => r.status === 429)).toHaveLength(4);
  }, 90_000);

  it('keeps everything across a restart', async () => {
    expect(await bot.stop()).toBe(0);
    bot = await startBotProcess(env());
    const card = connector.sends.find((s) => s.conversationId === group.id && textOf(s.activity).includes('Ärende 1: Uppföljning av arbetet'))!;
    const again = await post(adaptiveCardAction({ verb: 'approval.approve', data: actionData(card.activity, 'approval.approve'), from: who.caroline, conversation: group, serviceUrl: serviceUrl() }));
    expect(textOf(again.body)).toMatch(/godkändes \d{4}-\d{2}-\d{2} \(Caroline Svensson\)/);
    const before = connector.all.length;
    await post(teamsMessage({ text: 'handlingar SN26/12', from: who.lena, conversation: group, serviceUrl: serviceUrl() }));
    await connector.waitFor((c) => c.all.slice(before).some((r) => textOf(r.activity).includes('Budget 2027')), 10_000);
  });

  it('exports the audit log as CSV over the API, with refusals in it', async () => {
    const noKey = await fetch(`${bot.url}/api/meetings/nykopings-kommun-socialnamnden-2022-12-08/audit`);
    expect(noKey.status).toBe(401);
    const res = await fetch(`${bot.url}/api/meetings/nykopings-kommun-socialnamnden-2022-12-08/audit`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const csv = await res.text();
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('tid,möte,vem_id,vem,åtgärd,gäller,utfall,detalj');
    expect(csv).toMatch(/Caroline Svensson,approval\.approve,Beslutsärenden§1,ok/);
    expect(csv).toMatch(/Lena Staaf,approval\.approve,Beslutsärenden§11,refused,APPROVAL\.NOT_ALLOWED/);
    expect(csv).toMatch(/Okänd,approval\.approve,Beslutsärenden§11,refused/);
    expect((await fetch(`${bot.url}/api/meetings/finns-inte/audit`, { headers: { authorization: `Bearer ${API_KEY}` } })).status).toBe(404);
  });

  it('never sent a handling name or link of a sekretessärende', () => {
    const everything = textOf(connector.all) + textOf(invokeBodies);
    for (const secret of ['SN22/11:30', 'SN22/10:33', 'Utredning om barnet A', 'hemlig/utredning-a.pdf']) expect(everything).not.toContain(secret);
    expect(everything).toContain('Handlingar dukas på gruppmötet');
  });
});
