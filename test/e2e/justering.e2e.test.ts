/**
 * The justering flow over HTTP, as in Gnesta 3 October 2023 (Lena Staaf (V) proposed, Anne-Lise Ljung
 * (SD) ersättare, justering Thursday 5 October 16:00): assign → ping → decline → ersättare pinged →
 * confirm → reminder → justerat → appeal end shown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adaptiveCardAction, botAdded, postActivity, teamsMessage, type From } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn } from '../helpers/connector-stand-in';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/gnesta-socialnamnden-2023-10-03.txt'), 'utf8');
const API_KEY = 'justering-api-key-0123456789';
const jenny: From = { id: '29:jenny', aadObjectId: 'aad-jenny', name: 'Jenny Johansson' };
const lena: From = { id: '29:lena', aadObjectId: 'aad-lena', name: 'Lena Staaf' };
const anneLise: From = { id: '29:al', aadObjectId: 'aad-annelise', name: 'Anne-Lise Ljung' };
const personal = (p: From) => ({ id: `a:1on1-${p.aadObjectId}`, conversationType: 'personal' as const, tenantId: 't' });
const roster = `committee: Socialnämnden
municipality: Gnesta kommun
people:
  - { name: Jenny Johansson, aadObjectId: aad-jenny, roles: [sekreterare] }
  - { name: Lena Staaf, aadObjectId: aad-lena, roles: [ledamot] }
  - { name: Anne-Lise Ljung, aadObjectId: aad-annelise, roles: [ersattare] }
`;
const textOf = (a: unknown): string => JSON.stringify(a);

describe('justering end to end', () => {
  let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
  let bot: BotProcess;
  const to = (p: From) => connector.sends.filter((s) => s.conversationId === personal(p).id);
  const post = (a: object) => postActivity(`${bot.url}/api/messages`, a);

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-justering-'));
    fs.writeFileSync(path.join(dir, 'roster.yaml'), roster);
    connector = await startConnectorStandIn();
    // Wednesday 4 October 2023, 08:59:30 in Stockholm: the day after the meeting, half a minute before reminders go out.
    bot = await startBotProcess({ DATA_DIR: dir, API_KEY, ROSTER_FILE: path.join(dir, 'roster.yaml'), NAMNDBOT_CLOCK_START: '2023-10-04T06:59:30Z', SCHEDULER_INTERVAL_SECONDS: '0.5', PUBLIC_URL: 'https://namndbot.gnesta.example' });
    for (const p of [jenny, lena, anneLise]) await post(botAdded({ conversation: personal(p), serviceUrl: connector.serviceUrl, botId: '28:namndbot', from: p }));
    const res = await fetch(`${bot.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'text/plain' }, body: seed });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('runs from the kallelse\'s proposal to the last day to appeal', async () => {
    // The sekreterare opens the justering: the kallelse's proposal and the legal frame.
    await post(teamsMessage({ text: 'justering', from: jenny, conversation: personal(jenny), serviceUrl: connector.serviceUrl }));
    await connector.waitFor(() => to(jenny).some((s) => textOf(s.activity).includes('Justering av protokollet')));
    const card = textOf(to(jenny).find((s) => textOf(s.activity).includes('Justering av protokollet'))?.activity);
    expect(card).toContain('torsdag 5 oktober 2023 kl. 16:00');
    expect(card).toContain('Justering senast tisdag 17 oktober 2023');
    expect(card).toContain('"value":"Lena Staaf (V)"');
    expect(card).toContain('"value":"Anne-Lise Ljung (SD)"');

    // Assign: Lena is asked in her 1:1 chat; Anne-Lise waits.
    const assign = await post(adaptiveCardAction({ verb: 'justering.assign', data: { meetingId: 'gnesta-kommun-socialnamnden-2023-10-03', justerare: 'Lena Staaf (V)', ersattare: 'Anne-Lise Ljung (SD)', date: '2023-10-05', time: '16:00', place: 'Kommunledningskontoret Västra Storgatan 15, Gnesta' }, from: jenny, conversation: personal(jenny), serviceUrl: connector.serviceUrl }));
    expect(textOf(assign.body)).toContain('Lena Staaf (V), ordinarie: tillfrågad');
    await connector.waitFor(() => to(lena).some((s) => textOf(s.activity).includes('Du är justerare för Socialnämnden 3 oktober 2023')));
    const lenaCard = textOf(to(lena).at(-1)?.activity);
    expect(lenaCard).toContain('Jag kan inte');
    expect(lenaCard).toMatch(/justering\.ics\?t=/);
    expect(to(anneLise).filter((s) => textOf(s.activity).includes('Du är justerare'))).toHaveLength(0);

    // Lena declines: Anne-Lise is asked, Jenny is told.
    const decline = await post(adaptiveCardAction({ verb: 'justering.decline', data: { meetingId: 'gnesta-kommun-socialnamnden-2023-10-03' }, from: lena, conversation: personal(lena), serviceUrl: connector.serviceUrl }));
    expect(textOf(decline.body)).toContain('Anne-Lise Ljung (SD) tillfrågas i stället');
    await connector.waitFor(() => to(anneLise).some((s) => textOf(s.activity).includes('Du är justerare')));
    await connector.waitFor(() => to(jenny).some((s) => textOf(s.activity).includes('Lena Staaf kan inte; Anne-Lise Ljung (SD) tillfrågas i stället')));

    // Anne-Lise confirms; Jenny sees it.
    const confirm = await post(adaptiveCardAction({ verb: 'justering.confirm', data: { meetingId: 'gnesta-kommun-socialnamnden-2023-10-03' }, from: anneLise, conversation: personal(anneLise), serviceUrl: connector.serviceUrl }));
    expect(textOf(confirm.body)).toContain('Du är bekräftad som justerare');
    await connector.waitFor(() => to(jenny).some((s) => textOf(s.activity).includes('Anne-Lise Ljung har bekräftat')));
    const again = await post(adaptiveCardAction({ verb: 'justering.confirm', data: { meetingId: 'gnesta-kommun-socialnamnden-2023-10-03' }, from: anneLise, conversation: personal(anneLise), serviceUrl: connector.serviceUrl }));
    expect(textOf(again.body)).toContain('Du har redan svarat');

    // The arbetsdag before the justering, at 09:00: the reminder reaches Anne-Lise once, not Lena.
    await connector.waitFor(() => to(anneLise).some((s) => textOf(s.activity).includes('Påminnelse: justering av protokollet')), 45_000);
    expect(to(lena).filter((s) => textOf(s.activity).includes('Påminnelse'))).toHaveLength(0);

    // The calendar invitation behind the card's link.
    const link = /https:\/\/namndbot\.gnesta\.example(\/api\/meetings\/[^"]+justering\.ics\?t=[\w-]+)/.exec(textOf(to(anneLise).at(-2)?.activity) + textOf(to(anneLise)))?.[1];
    const ics = await fetch(`${bot.url}${link}`);
    expect(ics.status).toBe(200);
    const body = await ics.text();
    expect(body).toContain('BEGIN:VEVENT');
    expect(body).toContain('DTSTART:20231005T140000Z');
    expect((await fetch(`${bot.url}/api/meetings/gnesta-kommun-socialnamnden-2023-10-03/justering.ics?t=gissat`)).status).toBe(404);

    // Justerat, anslag Friday 6 October: the last day to appeal is Friday 27 October.
    const justerat = await post(adaptiveCardAction({ verb: 'justering.justerat', data: { meetingId: 'gnesta-kommun-socialnamnden-2023-10-03', anslag: '2023-10-06' }, from: jenny, conversation: personal(jenny), serviceUrl: connector.serviceUrl }));
    expect(textOf(justerat.body)).toContain('Protokollet är justerat och anslaget fredag 6 oktober 2023. Sista dag att överklaga: fredag 27 oktober 2023');
    const byLena = await post(adaptiveCardAction({ verb: 'justering.justerat', data: { meetingId: 'gnesta-kommun-socialnamnden-2023-10-03', anslag: '2023-10-06' }, from: lena, conversation: personal(lena), serviceUrl: connector.serviceUrl }));
    expect(textOf(byLena.body)).toContain('Det kan bara nämndsekreteraren göra');
  }, 90_000);
});
