/**
 * Sends survive a crash: a bot process killed with SIGKILL half-way through publishing an imported agenda,
 * or half-way through a reminder's fan-out, is restarted on the same store; afterwards every card and every
 * reminder has arrived exactly once, cards in agenda order. The Bot Connector stand-in accepts slowly, and
 * the kill comes while it holds a send: that send never happened, so the restart must make it.
 *
 * (The one send this design may repeat, one Teams accepted but whose id the bot had not yet stored when it
 * died, is shown in test/scheduler/runner.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { From } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn, type ConnectorStandIn } from '../helpers/connector-stand-in';
import { describeWithRedis, startRedis } from '../helpers/redis-server';
import { agendaOf, cardsIn, installApp, isReminder, ledamotRoster, personalChat } from '../helpers/sends';

const API_KEY = 'crash-api-key-0123456789';
const group = { id: '19:crash@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const ledamoter: From[] = Array.from({ length: 30 }, (_, i) => ({ id: `29:l${i}`, aadObjectId: `aad-l${i}`, name: `Ledamot ${i + 1}` }));

/** Runs the import test on one store: `store` gives STORE_URL (undefined: the default SQLite file in DATA_DIR). */
function killMidImport(label: string, store: () => Promise<{ url?: string; stop(): Promise<void> }>) {
  let connector: ConnectorStandIn;
  let bot: BotProcess | undefined;
  let backend: { url?: string; stop(): Promise<void> };
  let env: Record<string, string>;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-crash-'));
    fs.writeFileSync(path.join(dataDir, 'roster.yaml'), ledamotRoster([]));
    backend = await store();
    connector = await startConnectorStandIn();
    env = { DATA_DIR: dataDir, API_KEY, ROSTER_FILE: path.join(dataDir, 'roster.yaml'), SCHEDULER_INTERVAL_SECONDS: '0.2', JOB_LEASE_SECONDS: '2', ...(backend.url ? { STORE_URL: backend.url } : {}) };
    bot = await startBotProcess(env);
    await installApp(bot.url, connector.serviceUrl, group, []);
  });
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
    await backend?.stop();
  });

  it(`posts every card of a 40-ärende agenda exactly once, in order, across a SIGKILL mid-import (${label})`, async () => {
    const agenda = agendaOf(40, new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    connector.faults.slowAccept(120);
    const res = await fetch(`${bot!.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(agenda) });
    expect(res.status).toBe(201);
    // Kill while the connector holds the next card: the cards before it are all recorded as posted.
    await connector.waitFor((c) => cardsIn(c, group.id).length >= 14 && c.held > 0, 30_000);
    await bot!.kill();
    const killedAfter = cardsIn(connector, group.id).filter((k) => k !== 'overview').length;
    bot = await startBotProcess(env);
    await connector.waitFor((c) => cardsIn(c, group.id).length >= 41, 60_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const cards = cardsIn(connector, group.id);
    const numbers = cards.filter((k) => k !== 'overview');
    const doubled = numbers.length - new Set(numbers).size;
    console.log(`kill mid-import (${label}): 40 cards, killed after ${killedAfter} (${connector.dropped} held send dropped), after restart ${new Set(numbers).size} posted, ${doubled} doubled, overview ${cards.filter((k) => k === 'overview').length}`);
    expect(cards).toEqual(['overview', ...Array.from({ length: 40 }, (_, i) => i + 1)]);
    expect(killedAfter).toBeGreaterThan(0);
    expect(killedAfter).toBeLessThan(40);
  }, 120_000);
}

describe('a bot process killed mid-import on the SQLite file', () => {
  killMidImport('SQLite', async () => ({ stop: async () => undefined }));
});

describeWithRedis('a bot process killed mid-import on Redis', () => {
  killMidImport('Redis', startRedis);
});

describe('a bot process killed mid-reminder on the SQLite file', () => {
  let connector: ConnectorStandIn;
  let bot: BotProcess | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-crash-rem-'));
    fs.writeFileSync(path.join(dataDir, 'roster.yaml'), ledamotRoster(ledamoter));
    connector = await startConnectorStandIn();
    // Monday 5 December 2022, 09:00 in Stockholm: the delegation reminder for the meeting on the 8th is due.
    env = { DATA_DIR: dataDir, API_KEY, ROSTER_FILE: path.join(dataDir, 'roster.yaml'), SCHEDULER_INTERVAL_SECONDS: '0.2', JOB_LEASE_SECONDS: '2', NAMNDBOT_CLOCK_START: '2022-12-05T08:00:00Z' };
    bot = await startBotProcess(env);
    await installApp(bot.url, connector.serviceUrl, group, ledamoter);
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await connector?.close();
  });

  it('reminds the committee and each of 30 ledamöter exactly once across a SIGKILL mid-fan-out', async () => {
    connector.faults.slowAccept(120);
    const res = await fetch(`${bot!.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(agendaOf(2, '2022-12-08', { delegation: true })) });
    expect(res.status).toBe(201);
    const reminded = () => connector.sends.filter(isReminder).map((s) => s.conversationId);
    await connector.waitFor((c) => c.sends.filter(isReminder).length >= 12 && c.held > 0, 30_000);
    await bot!.kill();
    const killedAfter = reminded().length;
    bot = await startBotProcess(env);
    await connector.waitFor(() => new Set(reminded()).size >= 31, 60_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const all = reminded();
    const doubled = all.length - new Set(all).size;
    console.log(`kill mid-reminder: 31 recipients (committee + 30 ledamöter), killed after ${killedAfter} (${connector.dropped} held send dropped), after restart ${new Set(all).size} reminded, ${doubled} doubled`);
    expect([...all].sort()).toEqual([group.id, ...ledamoter.map((p) => personalChat(p).id)].sort());
    expect(killedAfter).toBeGreaterThan(0);
    expect(killedAfter).toBeLessThan(31);
    // The committee's cards went out too, once each.
    expect(cardsIn(connector, group.id)).toEqual(['overview', 1, 2, 3]);
  }, 120_000);
});
