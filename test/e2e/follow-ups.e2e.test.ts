/**
 * Follow-ups from decisions over HTTP: the Nyköping pack imported through the API, the
 * sekreterare's offer arriving in their 1:1 chat, a ledamot's click refused, the sekreterare's click
 * answered in the invoke response, and the reminder delivered once by the running scheduler.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adaptiveCardAction, botAdded, postActivity, type From } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn } from '../helpers/connector-stand-in';

const seed = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const API_KEY = 'follow-ups-api-key-0123456789';
const allan: From = { id: '29:allan', aadObjectId: 'aad-allan', name: 'Allan Abdi' };
const lena: From = { id: '29:lena', aadObjectId: 'aad-lena', name: 'Lena Staaf' };
const personal = (p: From) => ({ id: `a:1on1-${p.aadObjectId}`, conversationType: 'personal' as const, tenantId: 't' });
const roster = `committee: Socialnämnden
municipality: Nyköpings kommun
people:
  - { name: Allan Abdi, aadObjectId: aad-allan, roles: [sekreterare] }
  - { name: Lena Staaf, aadObjectId: aad-lena, roles: [ledamot] }
`;
const textOf = (a: unknown): string => JSON.stringify(a);

describe('follow-ups end to end', () => {
  let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
  let bot: BotProcess;
  const to = (p: From) => connector.sends.filter((s) => s.conversationId === personal(p).id);
  const post = (a: object) => postActivity(`${bot.url}/api/messages`, a);

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-follow-ups-'));
    fs.writeFileSync(path.join(dir, 'roster.yaml'), roster);
    connector = await startConnectorStandIn();
    // Wednesday 24 May 2023, 08:59:30 in Stockholm: ten arbetsdagar before the 8 June sammanträde, half a
    // minute before reminders go out. (The December pack is imported late so the reminder falls due at once.)
    bot = await startBotProcess({ DATA_DIR: dir, API_KEY, ROSTER_FILE: path.join(dir, 'roster.yaml'), NAMNDBOT_CLOCK_START: '2023-05-24T06:59:30Z', SCHEDULER_INTERVAL_SECONDS: '0.5' });
    for (const p of [allan, lena]) await post(botAdded({ conversation: personal(p), serviceUrl: connector.serviceUrl, botId: '28:namndbot', from: p }));
    const res = await fetch(`${bot.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'text/plain' }, body: seed });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('offers, refuses a ledamot, creates for the sekreterare and reminds once', async () => {
    const isOffer = (s: { activity: unknown }) => textOf(s.activity).includes('Återrapporter att bevaka');
    await connector.waitFor(() => to(allan).some(isOffer));
    const offer = to(allan).find(isOffer)?.activity;
    expect(textOf(offer)).toContain('Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023.');
    let data: unknown;
    JSON.stringify(offer, (_k, v: { verb?: string; data?: unknown }) => {
      if (v && v.verb === 'followup.create' && !data) data = v.data;
      return v;
    });

    const byLena = await post(adaptiveCardAction({ verb: 'followup.create', data, from: lena, conversation: personal(lena), serviceUrl: connector.serviceUrl }));
    expect(textOf(byLena.body)).toContain('Det kan bara nämndsekreteraren göra.');

    const byAllan = await post(adaptiveCardAction({ verb: 'followup.create', data, from: allan, conversation: personal(allan), serviceUrl: connector.serviceUrl }));
    expect(textOf(byAllan.body)).toContain('Påminnelsen är skapad. Du får den onsdag 24 maj 2023 kl. 09:00, inför sammanträdet torsdag 8 juni 2023.');

    const isReminder = (s: { activity: unknown }) => textOf(s.activity).includes('Påminnelse: SN21/45');
    await connector.waitFor(() => to(allan).some(isReminder), 60_000);
    // The scheduler ticks twice a second: give it time to (wrongly) send it again.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(to(allan).filter(isReminder)).toHaveLength(1);
    expect(to(lena).filter(isReminder)).toHaveLength(0);
    expect(textOf(to(allan).find(isReminder)?.activity)).toContain('Ta upp ärendet på dagordningen.');
  }, 90_000);
});
