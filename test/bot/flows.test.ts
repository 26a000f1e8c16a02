import fs from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { adaptiveCardAction, botAdded, teamsMessage } from '../helpers/activities';
import { createTestBot, people } from '../helpers/test-bot';
import { agendaToJson, type Person } from '../../src/domain';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';

const serviceUrl = 'https://smba.example.invalid/emea/';
const seed = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const group = { id: '19:committee@thread.v2', conversationType: 'groupChat' as const, tenantId: 'tenant-1' };
const personal = (p: Person) => ({ id: `a:personal-${p.aadObjectId}`, conversationType: 'personal' as const, tenantId: 'tenant-1' });
const from = (p: Person) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name });
const stranger = { id: '29:someone', aadObjectId: 'aad-stranger', name: 'Okänd Person' };

const text = (a: Partial<Activity>): string => [a.text ?? '', JSON.stringify(a.attachments ?? [])].join(' ');
const cardOf = (a: Partial<Activity>) => a.attachments?.[0]?.content as { body: unknown[]; actions?: Array<{ verb?: string; data?: Record<string, unknown> }> };

/** The Action.Execute data of a card's button with this verb (searching nested ShowCards too). */
function actionData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  JSON.stringify(card, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { verb?: string }).verb === verb) found = (v as { data: Record<string, unknown> }).data;
    return v;
  });
  if (!found) throw new Error(`no ${verb} on card`);
  return found;
}

async function setUp() {
  const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
  await bot.turn(botAdded({ conversation: group, serviceUrl, botId: '28:namndbot' }));
  for (const p of Object.values(people)) await bot.turn(botAdded({ conversation: personal(p), serviceUrl, botId: '28:namndbot', from: from(p) }));
  const upload = await bot.turn(teamsMessage({ text: JSON.stringify(agendaToJson(parseKallelseText(seed))), from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
  await bot.settle();
  return { bot, upload };
}

describe('the bot in a committee group chat (TestAdapter)', () => {
  it('greets when added and makes the first group chat the committee\'s', async () => {
    const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
    const { replies } = await bot.turn(botAdded({ conversation: group, serviceUrl, botId: '28:namndbot' }));
    expect(replies.map((r) => r.text).join('\n')).toMatch(/Jag är Nämndbot för Socialnämnden/);
    expect(await bot.deps.conversations.committeeConversationId()).toBe(group.id);
  });

  it('posts the overview and one card per ärende in agenda order when the sekreterare imports', async () => {
    const { bot, upload } = await setUp();
    expect(upload.replies[0]?.text).toMatch(/är importerad: 20 ärenden/);
    const posts = bot.outbound.filter((o) => o.kind === 'send' && o.conversationId === group.id);
    expect(posts).toHaveLength(21);
    expect(text(posts[0]!.activity)).toContain('0 av 12 tjänsteskrivelser godkända');
    expect(text(posts[1]!.activity)).toContain('Särskilt förordnad vårdnadshavare');
    expect(text(posts[20]!.activity)).toContain('Anmälningsärenden');
  });

  it('sends the godkännare a 1:1 card for each tjänsteskrivelse assigned', async () => {
    const { bot } = await setUp();
    const toCaroline = bot.outbound.filter((o) => o.kind === 'send' && o.conversationId === personal(people.caroline).id);
    expect(toCaroline).toHaveLength(12);
    expect(toCaroline[0]?.activity.text).toMatch(/Du är utsedd att godkänna/);
  });

  it('refuses an import from a ledamot and stores nothing', async () => {
    const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
    const { replies } = await bot.turn(teamsMessage({ text: '{"meeting":{}}', from: from(people.lena), conversation: personal(people.lena), serviceUrl }));
    expect(replies[0]?.text).toBe('Det kan bara nämndsekreteraren göra.');
    expect(await bot.deps.meetings.listMeetings()).toEqual([]);
  });

  it('stamps the approval and updates every copy of the card and the overview', async () => {
    const { bot } = await setUp();
    const card = bot.outbound.find((o) => o.kind === 'send' && o.conversationId === group.id && text(o.activity).includes('Ärende 1: Uppföljning av arbetet'))!;
    const data = actionData(cardOf(card.activity), 'approval.approve');
    bot.outbound.splice(0);
    const { invoke } = await bot.turn(adaptiveCardAction({ verb: 'approval.approve', data, from: from(people.caroline), conversation: group, serviceUrl }));
    expect(JSON.stringify(invoke?.body.value)).toContain('Slutversion av Tjänsteskrivelsen godkändes 2022-11-25 (Caroline Svensson)');
    await bot.settle();
    const updates = bot.outbound.filter((o) => o.kind === 'update');
    expect(updates.filter((u) => text(u.activity).includes('godkändes 2022-11-25')).map((u) => u.conversationId).sort()).toEqual([group.id, personal(people.caroline).id].sort());
    expect(updates.some((u) => text(u.activity).includes('1 av 12 tjänsteskrivelser godkända'))).toBe(true);
  });

  it('after a burst of approvals the overview copy ends showing them all', async () => {
    const { bot } = await setUp();
    const cards = bot.outbound.filter((o) => o.kind === 'send' && o.conversationId === group.id && /Ärende \d+:/.test(text(o.activity)));
    const approvable = cards.map((c) => { try { return actionData(cardOf(c.activity), 'approval.approve'); } catch { return null; } }).filter((d) => d !== null);
    expect(approvable).toHaveLength(12);
    bot.outbound.splice(0);
    // Caroline is every slot's godkännare (the only one in the roster); her twelve clicks arrive together.
    await Promise.all(approvable.map((data) => bot.turn(adaptiveCardAction({ verb: 'approval.approve', data, from: from(people.caroline), conversation: group, serviceUrl }))));
    await bot.settle();
    const overviews = bot.outbound.filter((o) => o.kind === 'update' && o.conversationId === group.id && text(o.activity).includes('tjänsteskrivelser godkända'));
    expect(overviews.length).toBeGreaterThanOrEqual(1);
    expect(text(overviews[overviews.length - 1]!.activity)).toContain('12 av 12 tjänsteskrivelser godkända');
  });

  it.each([
    ['a ledamot', people.lena, 'Du kan inte godkänna'],
    ['a stranger', stranger, 'Du finns inte i nämndens förteckning'],
  ])('refuses approval by %s and changes nothing', async (_who, actor, answer) => {
    const { bot } = await setUp();
    const card = bot.outbound.find((o) => o.kind === 'send' && o.conversationId === group.id && text(o.activity).includes('Ärende 1: Uppföljning av arbetet'))!;
    const data = actionData(cardOf(card.activity), 'approval.approve');
    const { invoke } = await bot.turn(adaptiveCardAction({ verb: 'approval.approve', data, from: 'roles' in actor ? from(actor) : actor, conversation: group, serviceUrl }));
    expect(String(invoke?.body.value)).toContain(answer);
    const stored = await bot.deps.meetings.getArende(String(data.meetingId), String(data.arendeKey));
    expect(stored?.record.tjansteskrivelse?.slots[0]?.state).toBe('pending');
    expect(stored?.version).toBe(data.version);
  });

  it('refuses a click on an out-of-date card and shows the current one', async () => {
    const { bot } = await setUp();
    const card = bot.outbound.find((o) => o.kind === 'send' && o.conversationId === group.id && text(o.activity).includes('Ärende 1: Uppföljning av arbetet'))!;
    const data = actionData(cardOf(card.activity), 'approval.approve');
    await bot.turn(adaptiveCardAction({ verb: 'approval.approve', data, from: from(people.caroline), conversation: group, serviceUrl }));
    const again = await bot.turn(adaptiveCardAction({ verb: 'approval.approve', data, from: from(people.caroline), conversation: group, serviceUrl }));
    expect(again.invoke?.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(again.invoke?.body.value)).toContain('godkändes 2022-11-25');
    const audit = await bot.deps.audit.list(String(data.meetingId));
    expect(audit.filter((e) => e.action === 'approval.approve').map((e) => `${e.outcome}:${e.detail ?? ''}`)).toEqual(['ok:', 'refused:CARD.STALE']);
  });

  it('records a change request and tells the tjänsteperson', async () => {
    const { bot } = await setUp();
    const card = bot.outbound.find((o) => o.kind === 'send' && o.conversationId === group.id && text(o.activity).includes('Ärende 11: Fördelning av riksnorm'))!;
    const data = { ...actionData(cardOf(card.activity), 'approval.request_changes'), comment: 'Lägg till 2022 års siffror' };
    bot.outbound.splice(0);
    const { invoke } = await bot.turn(adaptiveCardAction({ verb: 'approval.request_changes', data, from: from(people.caroline), conversation: group, serviceUrl }));
    expect(JSON.stringify(invoke?.body.value)).toContain('Ändring begärd: Lägg till 2022 års siffror');
    await bot.settle();
    const notices = bot.outbound.filter((o) => o.kind === 'send' && o.activity.text?.includes('begär ändring'));
    expect(notices.map((n) => n.conversationId).sort()).toEqual([personal(people.caroline).id, personal(people.martin).id].sort());
  });

  it('refuses a forged card action for an ärende that does not exist', async () => {
    const { bot } = await setUp();
    const { invoke } = await bot.turn(adaptiveCardAction({ verb: 'approval.approve', data: { meetingId: 'annan-nämnd-2022-12-08', arendeKey: 'Beslutsärenden§99', version: 1 }, from: from(people.caroline), conversation: group, serviceUrl }));
    expect(String(invoke?.body.value)).toContain('hör inte till något ärende');
    const bad = await bot.turn(adaptiveCardAction({ verb: 'approval.approve', data: { meetingId: 42 }, from: from(people.caroline), conversation: group, serviceUrl }));
    expect(String(bad.invoke?.body.value)).toContain('ofullständiga uppgifter');
  });
});

describe('handlingar in chat (TestAdapter)', () => {
  const ask = async (bot: Awaited<ReturnType<typeof createTestBot>>, q: string, who: Person | typeof stranger = people.lena) =>
    (await bot.turn(teamsMessage({ text: q, from: 'roles' in who ? from(who) : who, conversation: group, serviceUrl }))).replies;

  it('answers with the ärende\'s handlingar', async () => {
    const { bot } = await setUp();
    const replies = await ask(bot, 'handlingar SN22/31');
    const shown = text(replies[0]!);
    for (const h of ['Tjänsteskrivelse', 'Förslag till yttrande', 'Revisionsrapport']) expect(shown).toContain(h);
  });

  it('asks which ärende is meant when a number is in three sections', async () => {
    const { bot } = await setUp();
    const shown = text((await ask(bot, 'handlingar 1'))[0]!);
    expect(shown).toContain('Vilket ärende menar du?');
    expect(shown).toContain('Särskilt förordnad vårdnadshavare');
    expect(shown).toContain('Kvinno- och tjejjouren');
  });

  it('shows of a sekretessärende only "Handlingar dukas på gruppmötet"', async () => {
    const { bot } = await setUp();
    const shown = text((await ask(bot, 'handlingar SN22/11'))[0]!);
    expect(shown).toContain('Handlingar dukas på gruppmötet');
    expect(shown).not.toContain('SN22/11:30');
  });

  it('registers a delegation request before the deadline and refuses it after', async () => {
    const { bot } = await setUp();
    expect(text((await ask(bot, 'handlingar SN22/4'))[0]!)).toContain('är registrerad');
    expect(text((await ask(bot, 'handlingar SN22/4'))[0]!)).toContain('redan begärt');
    bot.setNow('2022-12-07T08:00:00Z');
    expect(text((await ask(bot, 'handlingar SN22/1', people.marjo))[0]!)).toContain('senast tisdag 6 december');
    const requests = await bot.deps.requests.listOpen('nykopings-kommun-socialnamnden-2022-12-08');
    expect(requests.map((r) => r.personName)).toEqual(['Lena Staaf']);
  });

  it('gives a stranger nothing', async () => {
    const { bot } = await setUp();
    const shown = text((await ask(bot, 'handlingar SN22/31', stranger))[0]!);
    expect(shown).toContain('Du finns inte i nämndens förteckning');
    expect(shown).not.toContain('Revisionsrapport');
  });
});

describe('help and the unexpected (TestAdapter)', () => {
  it('lists by role what a person can do', async () => {
    const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
    const forLena = text((await bot.turn(teamsMessage({ text: 'hjälp', from: from(people.lena), conversation: group, serviceUrl }))).replies[0]!);
    const forAllan = text((await bot.turn(teamsMessage({ text: 'hjälp', from: from(people.allan), conversation: group, serviceUrl }))).replies[0]!);
    expect(forLena).toContain('handlingar 5');
    expect(forLena).not.toContain('tilldela');
    expect(forAllan).toContain('tilldela');
  });

  it('answers unknown text helpfully', async () => {
    const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
    const shown = text((await bot.turn(teamsMessage({ text: 'vad blir det till lunch?', from: from(people.lena), conversation: group, serviceUrl }))).replies[0]!);
    expect(shown).toContain('Jag förstod inte');
  });
});
