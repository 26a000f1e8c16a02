import fs from 'node:fs';
import path from 'node:path';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { agendaToJson, type Person } from '../../src/domain';
import { adaptiveCardAction, botAdded, teamsMessage } from '../helpers/activities';
import { createTestBot, createTestScheduler, people } from '../helpers/test-bot';

const serviceUrl = 'https://smba.example.invalid/emea/';
const seed = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const group = { id: '19:committee@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const personal = (p: Person) => ({ id: `a:personal-${p.aadObjectId}`, conversationType: 'personal' as const, tenantId: 't' });
const from = (p: Person) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name });
const text = (a: unknown): string => JSON.stringify(a);

async function setUp(now: string) {
  const bot = await createTestBot({ now });
  await bot.turn(botAdded({ conversation: group, serviceUrl, botId: '28:namndbot' }));
  for (const p of Object.values(people)) await bot.turn(botAdded({ conversation: personal(p), serviceUrl, botId: '28:namndbot', from: from(p) }));
  await bot.turn(teamsMessage({ text: JSON.stringify(agendaToJson(parseKallelseText(seed))), from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
  await bot.settle();
  const scheduler = createTestScheduler(bot);
  bot.outbound.splice(0);
  return { bot, scheduler };
}

describe('delegation lookup reminders', () => {
  it('are planned on import for the arbetsdag before the deadline and the deadline\'s morning', async () => {
    const { bot } = await setUp('2022-11-25T08:00:00Z');
    const jobs = (await bot.deps.jobs.list()).filter((j) => j.kind === 'delegation.reminder');
    expect(jobs.map((j) => j.dueAt)).toEqual(['2022-12-05T08:00:00.000Z', '2022-12-06T08:00:00.000Z']);
  });

  it('reach the committee and each ledamot once, with a button that registers the request', async () => {
    const { bot, scheduler } = await setUp('2022-11-25T08:00:00Z');
    bot.setNow('2022-12-05T08:00:30Z');
    await scheduler.tick();
    await scheduler.tick();
    const sends = bot.outbound.filter((o) => o.kind === 'send' && text(o.activity).includes('Vill du ta del av delegationsbeslut'));
    expect(sends[0]?.activity.text).toBe('Vill du ta del av delegationsbeslut eller anmälningsärenden inför sammanträdet torsdag 8 december? Meddela sekreteraren senast tisdag 6 december.');
    expect(sends.map((s) => s.conversationId).sort()).toEqual([group.id, personal(people.lena).id, personal(people.marjo).id].sort());
    let data: unknown;
    JSON.stringify(sends[1]?.activity, (_k, v: { verb?: string; data?: unknown }) => {
      if (v && v.verb === 'handlingar.request' && !data) data = v.data;
      return v;
    });
    const { invoke } = await bot.turn(adaptiveCardAction({ verb: 'handlingar.request', data, from: from(people.lena), conversation: personal(people.lena), serviceUrl }));
    expect(String(invoke?.body.value)).toContain('är registrerad');
  });

  it('wait for the morning when they fall due in the evening, and are not sent at all after the deadline', async () => {
    const { bot, scheduler } = await setUp('2022-11-25T08:00:00Z');
    // Due at 09:00 on Monday 5 December; the bot only gets to it at 20:00 (it was down): it waits for Tuesday 09:00.
    bot.setNow('2022-12-05T19:00:00Z');
    await scheduler.tick();
    expect(bot.outbound).toEqual([]);
    expect((await bot.deps.jobs.get('delegation.reminder:nykopings-kommun-socialnamnden-2022-12-08:2022-12-05'))).toMatchObject({ status: 'pending', dueAt: '2022-12-06T08:00:00.000Z' });
    bot.setNow('2022-12-07T08:00:00Z');
    await scheduler.tick();
    expect(bot.outbound.filter((o) => text(o.activity).includes('Vill du ta del'))).toEqual([]);
    expect((await bot.deps.jobs.list()).filter((j) => j.kind === 'delegation.reminder').map((j) => j.status)).toEqual(['dropped', 'dropped']);
  });
});

describe('approval reminders', () => {
  it('give each godkännare one summary a day and the sekreterare the morning status, until approved', async () => {
    const { bot, scheduler } = await setUp('2022-11-25T08:00:00Z');
    bot.setNow('2022-11-28T08:00:10Z');
    await scheduler.tick();
    const digest = bot.outbound.filter((o) => o.conversationId === personal(people.caroline).id);
    expect(digest).toHaveLength(1);
    expect(digest[0]?.activity.text).toMatch(/^Tjänsteskrivelser som väntar på ditt godkännande inför sammanträdet 8 december 2022:\n- 1 Uppföljning av arbetet/);
    expect(bot.outbound.find((o) => o.conversationId === personal(people.allan).id)?.activity.text).toContain('0 av 12 tjänsteskrivelser godkända');
    bot.outbound.splice(0);
    await scheduler.tick();
    expect(bot.outbound).toEqual([]);
    bot.setNow('2022-11-29T08:00:10Z');
    await scheduler.tick();
    expect(bot.outbound.filter((o) => o.conversationId === personal(people.caroline).id)).toHaveLength(1);
  });
});
