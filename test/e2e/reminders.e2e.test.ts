/**
 * Reminders as a municipality runs them: two bot processes on one SQLite file, a Bot Connector
 * stand-in counting what arrives, and a restart; every due reminder arrives exactly once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { botAdded, postActivity } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn } from '../helpers/connector-stand-in';
import { hasRedisServer, startRedis } from '../helpers/redis-server';

const seedText = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const API_KEY = 'reminders-api-key-0123456789';
const group = { id: '19:sn@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const lena = { id: '29:lena', aadObjectId: 'aad-lena', name: 'Lena Staaf' };
const roster = `committee: Socialnämnden
people:
  - { name: Allan Abdi, aadObjectId: aad-allan, roles: [sekreterare] }
  - { name: Caroline Svensson, aadObjectId: aad-caroline, roles: [godkannare] }
  - { name: Lena Staaf, aadObjectId: aad-lena, roles: [ledamot] }
`;

// Redis runs wherever redis-server is installed, and always in CI (.ci/run installs it).
const backends = ['SQLite file', ...(hasRedisServer() || process.env.CI === 'true' ? ['Redis'] : [])];

describe.each(backends)('two bot processes on one %s store', (backend) => {
  let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
  let bots: BotProcess[] = [];
  let dataDir: string;
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const env = () => ({
    ...(redis ? { STORE_URL: redis.url } : {}),
    DATA_DIR: dataDir,
    API_KEY,
    ROSTER_FILE: path.join(dataDir, 'roster.yaml'),
    // Monday 5 December 2022, 09:00 in Stockholm: the arbetsdag before the delegation deadline (tisdag 6 december).
    NAMNDBOT_CLOCK_START: '2022-12-05T08:00:00Z',
    SCHEDULER_INTERVAL_SECONDS: '0.2',
  });
  const reminders = (conversationId: string) => connector.sends.filter((s) => s.conversationId === conversationId && JSON.stringify(s.activity).includes('Vill du ta del av delegationsbeslut'));

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-two-'));
    fs.writeFileSync(path.join(dataDir, 'roster.yaml'), roster);
    if (backend === 'Redis') redis = await startRedis();
    connector = await startConnectorStandIn();
    bots = [await startBotProcess(env()), await startBotProcess(env())];
  });
  afterAll(async () => {
    await Promise.all(bots.map((b) => b.stop()));
    await connector?.close();
    await redis?.stop();
  });

  it('delivers the due delegation reminder once, whichever process takes it', async () => {
    await postActivity(`${bots[0]!.url}/api/messages`, botAdded({ conversation: group, serviceUrl: connector.serviceUrl, botId: '28:namndbot' }));
    await postActivity(`${bots[1]!.url}/api/messages`, botAdded({ conversation: { id: 'a:lena', conversationType: 'personal', tenantId: 't' }, serviceUrl: connector.serviceUrl, botId: '28:namndbot', from: lena }));
    const res = await fetch(`${bots[1]!.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'text/plain' }, body: seedText });
    expect(res.status).toBe(201);
    await connector.waitFor(() => reminders(group.id).length >= 1 && reminders('a:lena').length >= 1, 20_000);
    // Both processes keep ticking five times a second: give them time to (wrongly) send it again.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(reminders(group.id)).toHaveLength(1);
    expect(reminders('a:lena')).toHaveLength(1);
    expect(JSON.stringify(reminders(group.id)[0]?.activity)).toContain('inför sammanträdet torsdag 8 december? Meddela sekreteraren senast tisdag 6 december.');
  }, 40_000);

  it('does not send it again after both processes restart', async () => {
    await Promise.all(bots.map((b) => b.stop()));
    bots = [await startBotProcess(env())];
    await new Promise((r) => setTimeout(r, 2_000));
    expect(reminders(group.id)).toHaveLength(1);
    expect(reminders('a:lena')).toHaveLength(1);
  }, 40_000);
});
