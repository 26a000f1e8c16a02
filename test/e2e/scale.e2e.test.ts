/**
 * Two bot instances on one Redis behind a round-robin proxy, as on App Service with two instances behind
 * its load balancer: concurrent clicks spread over both must record exactly one approval per slot and lose
 * none, and every card copy must end current.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adaptiveCardAction, botAdded, postActivity, teamsMessage, type From } from '../helpers/activities';
import { startBotProcess, type BotProcess } from '../helpers/bot-process';
import { startConnectorStandIn } from '../helpers/connector-stand-in';
import { describeWithRedis, startRedis } from '../helpers/redis-server';
import { startRoundRobinProxy, type RoundRobinProxy } from '../../scripts/round-robin-proxy';

const API_KEY = 'scale-api-key-0123456789';
const group = { id: '19:scale@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const godkannare: From[] = Array.from({ length: 20 }, (_, i) => ({ id: `29:g${i}`, aadObjectId: `aad-g${i}`, name: `Godkännare ${i + 1}` }));
const ledamot: From = { id: '29:l', aadObjectId: 'aad-l', name: 'Lena Ledamot' };
const roster = `committee: Socialnämnden
people:
  - { name: Sekreteraren, aadObjectId: aad-sek, roles: [sekreterare] }
  - { name: Lena Ledamot, aadObjectId: aad-l, roles: [ledamot] }
${godkannare.map((g) => `  - { name: ${g.name}, aadObjectId: ${g.aadObjectId}, roles: [godkannare] }`).join('\n')}
`;
/** Twenty beslutsärenden; ärende i's approver is godkännare i (assigned with "tilldela" would be the same). */
const agenda = {
  meeting: { committee: 'Socialnämnden', municipality: 'Exempels kommun', date: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) },
  items: godkannare.map((_, i) => ({ section: 'Beslutsärenden', number: String(i + 1), dnr: `SN26/${i + 1}`, title: `Ärende nummer ${i + 1}`, handlingar: ['Tjänsteskrivelse'] })),
};
const textOf = (a: unknown): string => JSON.stringify(a);

describeWithRedis('two instances on one Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let connector: Awaited<ReturnType<typeof startConnectorStandIn>>;
  let bots: BotProcess[] = [];
  let proxy: RoundRobinProxy;
  let meetingId = '';
  const cardData = (n: number): Record<string, unknown> => {
    // The newest copy of the card: a reassignment updates it and moves its version on.
    const card = [...connector.sends, ...connector.updates].filter((s) => s.conversationId === group.id && textOf(s.activity).includes(`Ärende ${n}: Ärende nummer ${n}"`)).sort((x, y) => x.at - y.at).at(-1);
    let data: Record<string, unknown> | undefined;
    JSON.stringify(card?.activity, (_k, v: { verb?: string; data?: Record<string, unknown> }) => {
      if (v && v.verb === 'approval.approve') data = v.data;
      return v;
    });
    if (!data) throw new Error(`no card for ärende ${n}`);
    return data;
  };

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'namndbot-scale-'));
    fs.writeFileSync(path.join(dir, 'roster.yaml'), roster);
    redis = await startRedis();
    connector = await startConnectorStandIn();
    const env = { STORE_URL: redis.url, DATA_DIR: dir, API_KEY, ROSTER_FILE: path.join(dir, 'roster.yaml'), LOG_LEVEL: 'warn' };
    bots = [await startBotProcess({ ...env, LOG_LEVEL: 'info' }), await startBotProcess({ ...env, LOG_LEVEL: 'info' })];
    proxy = await startRoundRobinProxy(bots.map((b) => b.url));
    await postActivity(`${bots[0]!.url}/api/messages`, botAdded({ conversation: group, serviceUrl: connector.serviceUrl, botId: '28:namndbot' }));
    const res = await fetch(`${bots[1]!.url}/api/meetings`, { method: 'POST', headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(agenda) });
    meetingId = ((await res.json()) as { meetingId: string }).meetingId;
    await connector.waitFor((c) => c.sends.filter((s) => s.conversationId === group.id).length >= 21, 60_000);
  }, 90_000);
  afterAll(async () => {
    await proxy?.close();
    await Promise.all(bots.map((b) => b.stop()));
    await connector?.close();
    await redis?.stop();
  });

  it('records exactly one approval from 100 concurrent clicks on one ärende', async () => {
    const data = cardData(1);
    const before = [...proxy.counts];
    const clicks = Array.from({ length: 100 }, (_, i) => {
      const from = i % 4 === 0 ? godkannare[0]! : i % 4 === 1 ? ledamot : godkannare[1 + (i % 19)]!;
      return postActivity(`${proxy.url}/api/messages`, adaptiveCardAction({ verb: 'approval.approve', data, from, conversation: group, serviceUrl: connector.serviceUrl }));
    });
    const answers = (await Promise.all(clicks)).map((r) => textOf(r.body));
    const spread = proxy.counts.map((n, i) => n - (before[i] ?? 0));
    const stamped = answers.filter((a) => a.includes('Slutversion av Tjänsteskrivelsen godkändes'));
    const refusals = answers.filter((a) => /Du kan inte godkänna|väntar på en annan godkännare|redan godkänd/.test(a));
    console.log(`100 clicks through the round-robin proxy (${spread.join(' + ')} per instance): ${stamped.length} answered with the stamped card, ${refusals.length} refused with a reason`);
    // Every click gets an answer: the current card (stamped) or a refusal saying why; nothing else.
    expect(stamped.length + refusals.length).toBe(100);
    // The ledamot never gets an approve button back.
    answers.filter((_a, i) => i % 4 === 1).forEach((a) => expect(a).not.toContain('"verb":"approval.approve"'));
    const audit = await (await fetch(`${bots[0]!.url}/api/meetings/${meetingId}/audit`, { headers: { authorization: `Bearer ${API_KEY}` } })).text();
    expect(audit.split('\r\n').filter((l) => l.includes('approval.approve,Beslutsärenden§1,ok'))).toHaveLength(1);
    await connector.waitFor((c) => c.updates.some((u) => u.conversationId === group.id && textOf(u.activity).includes('Ärende 1: Ärende nummer 1"') && textOf(u.activity).includes('godkändes')), 30_000);
  }, 60_000);

  it('loses none of 20 approvals made at once by 20 godkännare on both instances', async () => {
    const sekreterare = { id: '29:sek', aadObjectId: 'aad-sek', name: 'Sekreteraren' };
    for (let i = 1; i < 20; i++) {
      await postActivity(`${proxy.url}/api/messages`, teamsMessage({ text: `tilldela ${i + 1} Godkännare ${i + 1}`, from: sekreterare, conversation: group, serviceUrl: connector.serviceUrl }));
    }
    await connector.waitFor((c) => c.updates.filter((u) => textOf(u.activity).includes('Väntar på godkännande (Godkännare 20)')).length >= 1, 60_000);
    await new Promise((r) => setTimeout(r, 1_000));
    // Ärende 1 was approved above; ärenden 2–20 are approved now, all at once, by their own godkännare.
    const results = await Promise.all(
      godkannare.slice(1).map((g, i) => postActivity(`${proxy.url}/api/messages`, adaptiveCardAction({ verb: 'approval.approve', data: cardData(i + 2), from: g, conversation: group, serviceUrl: connector.serviceUrl }))),
    );
    expect(results.filter((r) => textOf(r.body).includes('godkändes'))).toHaveLength(19);
    await connector.waitFor((c) => c.updates.some((u) => textOf(u.activity).includes('20 av 20 tjänsteskrivelser godkända')), 60_000);
  }, 90_000);
});
