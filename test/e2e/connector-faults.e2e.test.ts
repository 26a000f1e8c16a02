/**
 * A Bot Connector that refuses a third of the calls with 429 + Retry-After and some with 503: every card and
 * every reminder still arrives, once, cards in agenda order. botbuilder's own client retries a refused call
 * up to three times before the bot's sender sees it, so what counts is what the stand-in accepted.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { postActivity, teamsMessage, type From } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import { agendaOf, cardsIn, installApp, isReminder, ledamotRoster, personalChat } from '../helpers/sends';

const API_KEY = 'faults-api-key-0123456789';
const group = { id: '19:faults@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const ledamoter: From[] = Array.from({ length: 10 }, (_, i) => ({ id: `29:f${i}`, aadObjectId: `aad-f${i}`, name: `Ledamot ${i + 1}` }));

describe('a Bot Connector answering 429 and 503', () => {
  let connector: ConnectorStandIn;
  let bot: BotProcess;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-faults-'));
    fs.writeFileSync(path.join(dataDir, 'roster.yaml'), ledamotRoster(ledamoter));
    connector = await startConnectorStandIn();
    // Monday 5 December 2022, 09:00 in Stockholm: the delegation reminder for the meeting on the 8th is due.
    bot = await startBotProcess({ DATA_DIR: dataDir, API_KEY, ROSTER_FILE: path.join(dataDir, 'roster.yaml'), SCHEDULER_INTERVAL_SECONDS: '0.2', NAMNDBOT_CLOCK_START: '2022-12-05T08:00:00Z' });
    await installApp(bot.url, connector.serviceUrl, group, ledamoter);
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('delivers every card and reminder once, in order, when every 3rd call gets 429 (Retry-After: 1) and every 7th 503', async () => {
    connector.reset();
    connector.faults.periodic([{ every: 3, status: 429, retryAfterSeconds: 1 }, { every: 7, status: 503 }]);
    const res = await fetch(`${bot.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(agendaOf(20, '2022-12-08', { delegation: true })) });
    expect(res.status).toBe(201);
    await connector.waitFor((c) => cardsIn(c, group.id).length >= 22 && c.sends.filter(isReminder).length >= 11, 90_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const reminded = connector.sends.filter(isReminder).map((s) => s.conversationId);
    const cards = cardsIn(connector, group.id);
    console.log(
      `connector faults: ${connector.all.length} calls, ${connector.stats[429] ?? 0} answered 429 and ${connector.stats[503] ?? 0} answered 503; ` +
        `${cards.length} cards (of 22) and ${reminded.length} reminders (of 11) arrived, ${cards.length - new Set(cards).size + reminded.length - new Set(reminded).size} doubled`,
    );
    expect(connector.stats[429]).toBeGreaterThan(10);
    expect(connector.stats[503]).toBeGreaterThan(3);
    expect(cards).toEqual(['overview', ...Array.from({ length: 21 }, (_, i) => i + 1)]);
    expect([...reminded].sort()).toEqual([group.id, ...ledamoter.map((p) => personalChat(p).id)].sort());
  }, 120_000);

  it('posts an agenda under Teams\' limits (7 / 1 s, 8 / 2 s, 60 / 30 s) without a single 429, replies in the same chat counted', async () => {
    connector.reset();
    connector.faults.clear();
    connector.faults.teamsLimits();
    // Three replies in the group chat just before the cards: Teams counts them against the same windows.
    for (let i = 0; i < 3; i++) {
      expect((await postActivity(bot.url, teamsMessage({ text: 'hjälp', from: ledamoter[i]!, conversation: group, serviceUrl: connector.serviceUrl, mentionBot: true }))).status).toBe(200);
    }
    const res = await fetch(`${bot.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(agendaOf(21, '2022-12-15')) });
    expect(res.status).toBe(201);
    await connector.waitFor((c) => cardsIn(c, group.id).length >= 22, 90_000);
    const times = connector.all.filter((c) => c.conversationId === group.id && c.status < 300).map((c) => c.at);
    console.log(`Teams' limits: ${times.length} calls in the group chat over ${((times[times.length - 1]! - times[0]!) / 1000).toFixed(1)} s, ${connector.stats[429] ?? 0} answered 429`);
    expect(connector.stats[429] ?? 0).toBe(0);
    expect(cardsIn(connector, group.id)).toEqual(['overview', ...Array.from({ length: 21 }, (_, i) => i + 1)]);
  }, 120_000);
});
