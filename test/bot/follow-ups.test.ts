import fs from 'node:fs';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { readMeetingPack } from '../../src/agenda/meeting-pack';
import { agendaToJson, type Person } from '../../src/domain';
import { adaptiveCardAction, botAdded, teamsFileUpload, teamsMessage } from '../helpers/activities';
import { createTestBot, createTestScheduler, people } from '../helpers/test-bot';

const serviceUrl = 'https://smba.example.invalid/emea/';
const seed = fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds/nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
const seedUrl = `data:text/plain;charset=utf-8;base64,${Buffer.from(seed, 'utf8').toString('base64')}`;
const group = { id: '19:committee@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const personal = (p: Person) => ({ id: `a:personal-${p.aadObjectId}`, conversationType: 'personal' as const, tenantId: 't' });
const from = (p: Person) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name });
const textOf = (a: Partial<Activity>): string => [a.text ?? '', JSON.stringify(a.attachments ?? [])].join(' ');
const MEETING = 'nykopings-kommun-socialnamnden-2022-12-08';

/** The data of every "Skapa påminnelse" button on a card, in card order. */
function buttons(activity: Partial<Activity>): Array<Record<string, unknown>> {
  const found: Array<Record<string, unknown>> = [];
  JSON.stringify(activity.attachments, (_k, v: { verb?: string; data?: Record<string, unknown> }) => {
    if (v && v.verb === 'followup.create' && v.data) found.push(v.data);
    return v;
  });
  return found;
}

async function setUp() {
  const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
  await bot.turn(botAdded({ conversation: group, serviceUrl, botId: '28:namndbot' }));
  for (const p of Object.values(people)) await bot.turn(botAdded({ conversation: personal(p), serviceUrl, botId: '28:namndbot', from: from(p) }));
  const upload = await bot.turn(teamsFileUpload({ name: 'Kallelse SN 2022-12-08.txt', downloadUrl: seedUrl, from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
  await bot.settle();
  const scheduler = createTestScheduler(bot);
  const offers = () => bot.outbound.filter((o) => o.kind === 'send' && textOf(o.activity).includes('Återrapporter att bevaka'));
  const click = async (p: Person, data: unknown) => {
    const { invoke } = await bot.turn(adaptiveCardAction({ verb: 'followup.create', data, from: from(p), conversation: personal(p), serviceUrl }));
    await bot.settle();
    return String(invoke?.body.value);
  };
  const say = async (p: Person, text: string) => (await bot.turn(teamsMessage({ text, from: from(p), conversation: personal(p), serviceUrl }))).replies.filter((r) => r.text).map((r) => r.text).join('\n');
  return { bot, upload, scheduler, offers, click, say };
}

describe('follow-ups from decisions (TestAdapter)', () => {
  it('offers the sekreterare, in one 1:1 card, a reminder for each report the förslag till beslut order', async () => {
    const { upload, offers } = await setUp();
    expect(upload.replies[0]?.text).toMatch(/är importerad: 20 ärenden/);
    const sent = offers();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe(personal(people.allan).id);
    const shown = textOf(sent[0]!.activity);
    expect(sent[0]?.activity.text).toBe('2 förslag till beslut beställer en rapport till ett senare sammanträde. Vill du ha en påminnelse inför det?');
    expect(shown).toContain('Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023.');
    expect(shown).toContain('Ärende 3 (SN22/5): sakkunnig för Socialnämnden ska rapportera till sammanträdet torsdag 26 oktober 2023.');
    expect(shown).toContain('Förslag till beslut: 2) att Division Social omsorg rapporterar utvecklingen av arbetet med samordning av insatser för personer med samsjuklighet till nämndens sammanträde 8 juni 2023.');
    expect(buttons(sent[0]!.activity)).toHaveLength(2);
  });

  it('does not offer again on a re-import, as text or as agenda JSON carrying the förslag', async () => {
    const { bot, offers } = await setUp();
    await bot.turn(teamsFileUpload({ name: 'Kallelse SN 2022-12-08.txt', downloadUrl: seedUrl, from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
    await bot.turn(teamsMessage({ text: JSON.stringify(agendaToJson(readMeetingPack(seed))), from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
    await bot.settle();
    expect(offers()).toHaveLength(1);
    expect((await bot.deps.followUps.list()).map((f) => [f.dnr, f.meetingDate, f.status])).toEqual([
      ['SN21/45', '2023-06-08', 'offered'],
      ['SN22/5', '2023-10-26', 'offered'],
    ]);
  });

  it('creates the reminder on the sekreterare\'s click, once, and delivers it 10 arbetsdagar before the sammanträde, once', async () => {
    const { bot, offers, click, scheduler } = await setUp();
    const [first] = buttons(offers()[0]!.activity);
    expect(await click(people.allan, first)).toBe('Påminnelsen är skapad. Du får den onsdag 24 maj 2023 kl. 09:00, inför sammanträdet torsdag 8 juni 2023.');
    expect(await click(people.allan, first)).toBe('Påminnelsen finns redan. Inget ändrades.');
    const jobs = (await bot.deps.jobs.list()).filter((j) => j.kind === 'followup.reminder');
    expect(jobs.map((j) => [j.dueAt, j.status])).toEqual([['2023-05-24T07:00:00.000Z', 'pending']]);
    const stored = await bot.deps.followUps.get(String(first?.id));
    expect(stored).toMatchObject({ status: 'created', dnr: 'SN21/45', created: { by: { id: 'aad-allan', name: 'Allan Abdi' }, reminderDay: '2023-05-24' } });
    const audit = (await bot.deps.audit.list(MEETING)).filter((e) => e.action === 'followup.create');
    expect(audit.map((e) => [e.actorName, e.outcome, e.detail])).toEqual([
      ['Allan Abdi', 'ok', 'SN21/45: rapport till sammanträdet 2023-06-08, påminnelse 2023-05-24'],
      ['Allan Abdi', 'refused', 'FOLLOWUP.ALREADY_CREATED'],
    ]);

    const reminders = () => bot.outbound.filter((o) => o.kind === 'send' && (o.activity.text ?? '').startsWith('Påminnelse: SN21/45'));
    bot.setNow('2023-05-23T12:00:00Z');
    await scheduler.tick();
    expect(reminders()).toEqual([]);
    bot.setNow('2023-05-24T07:00:30Z');
    await scheduler.tick();
    await scheduler.tick();
    bot.setNow('2023-05-24T09:00:00Z');
    await scheduler.tick();
    expect(reminders().map((r) => [r.conversationId, r.activity.text])).toEqual([
      [
        personal(people.allan).id,
        'Påminnelse: SN21/45 Uppföljning av arbetet med samordning av insatser för personer med samsjuklighet. Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023. Ta upp ärendet på dagordningen.\n\n' +
          'Förslag till beslut (ärende 1, Socialnämnden 8 december 2022): 2) att Division Social omsorg rapporterar utvecklingen av arbetet med samordning av insatser för personer med samsjuklighet till nämndens sammanträde 8 juni 2023.',
      ],
    ]);
  });

  it('refuses a ledamot\'s click and changes nothing', async () => {
    const { bot, offers, click } = await setUp();
    const [first] = buttons(offers()[0]!.activity);
    expect(await click(people.lena, first)).toBe('Det kan bara nämndsekreteraren göra.');
    expect((await bot.deps.followUps.get(String(first?.id)))?.status).toBe('offered');
    expect((await bot.deps.jobs.list()).filter((j) => j.kind === 'followup.reminder')).toEqual([]);
    expect((await bot.deps.audit.list(MEETING)).filter((e) => e.action === 'followup.create').map((e) => [e.actorName, e.outcome])).toEqual([['Lena Staaf', 'refused']]);
  });

  it('refuses forged and incomplete card data and changes nothing', async () => {
    const { bot, offers, click } = await setUp();
    const [first] = buttons(offers()[0]!.activity);
    expect(await click(people.allan, { ...first, id: `SN99/1:2023-06-08:${MEETING}:Beslutsärenden§1:1` })).toBe('Kortet hör inte till någon återrapport jag känner till. Inget ändrades.');
    expect(await click(people.allan, { ...first, arendeKey: 'Beslutsärenden§2' })).toBe('Kortet hör inte till någon återrapport jag känner till. Inget ändrades.');
    expect(await click(people.allan, { ...first, meetingId: 'no-such-meeting' })).toBe('Kortet hör inte till någon återrapport jag känner till. Inget ändrades.');
    expect(await click(people.allan, { meetingId: MEETING, point: 'två' })).toBe('Kortet skickade ofullständiga uppgifter. Inget ändrades.');
    expect((await bot.deps.followUps.list()).map((f) => f.status)).toEqual(['offered', 'offered']);
    expect((await bot.deps.jobs.list()).filter((j) => j.kind === 'followup.reminder')).toEqual([]);
  });

  it('refuses a card whose förslag has changed since, and offers the changed report anew', async () => {
    const { bot, offers, click } = await setUp();
    const [first] = buttons(offers()[0]!.activity);
    const agenda = agendaToJson(readMeetingPack(seed)) as { items: Array<{ number: string; section: string; forslag?: string[] }> };
    const b1 = agenda.items.find((i) => i.section === 'Beslutsärenden' && i.number === '1');
    b1!.forslag = b1!.forslag!.map((p) => p.replace('8 juni 2023', '15 juni 2023'));
    await bot.turn(teamsMessage({ text: JSON.stringify(agenda), from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
    await bot.settle();
    expect(await click(people.allan, first)).toBe('Förslaget till beslut har ändrats sedan kortet skickades. Inget ändrades; skriv "uppföljningar" för att se vad som gäller nu.');
    expect(offers()).toHaveLength(2);
    expect(textOf(offers()[1]!.activity)).toContain('Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 15 juni 2023.');
    expect(buttons(offers()[1]!.activity)).toHaveLength(1);
  });

  it('lists the follow-ups for the sekreterare on "uppföljningar", and not for a ledamot', async () => {
    const { offers, click, say } = await setUp();
    expect(await say(people.lena, 'uppföljningar')).toBe('Det kan bara nämndsekreteraren göra.');
    await click(people.allan, buttons(offers()[0]!.activity)[0]);
    expect(await say(people.allan, 'uppföljningar')).toBe(
      'Återrapporter till kommande sammanträden:\n' +
        '- SN21/45 Uppföljning av arbetet med samordning av insatser för personer med samsjuklighet: Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023. Påminnelse onsdag 24 maj 2023.\n' +
        '- SN22/5 Uppföljning av internkontrollplan 2022, resultat av enkät till medarbetare gällande kunskap om hantering av avvikelse- och Lex Sarah-hantering: Ärende 3 (SN22/5): sakkunnig för Socialnämnden ska rapportera till sammanträdet torsdag 26 oktober 2023. Ingen påminnelse skapad.',
    );
    expect(await say(people.allan, 'hjälp')).toContain('"uppföljningar"');
    expect(await say(people.lena, 'hjälp')).not.toContain('"uppföljningar"');
  });

  it('shows the sekreterare the offers not yet taken up again on "uppföljningar", with their buttons', async () => {
    const { bot, offers, click } = await setUp();
    const [first, second] = buttons(offers()[0]!.activity);
    await click(people.allan, first);
    const { replies } = await bot.turn(teamsMessage({ text: 'uppföljningar', from: from(people.allan), conversation: personal(people.allan), serviceUrl }));
    expect(replies).toHaveLength(2);
    expect(textOf(replies[1]!)).toContain('Ärende 3 (SN22/5): sakkunnig för Socialnämnden ska rapportera till sammanträdet torsdag 26 oktober 2023.');
    expect(buttons(replies[1]!)).toEqual([second]);
    expect(await click(people.allan, second)).toMatch(/^Påminnelsen är skapad/);
    expect((await bot.turn(teamsMessage({ text: 'uppföljningar', from: from(people.allan), conversation: personal(people.allan), serviceUrl }))).replies).toHaveLength(1);
  });

  it('names the expected reports when the sammanträde they are due at is imported', async () => {
    const { bot, offers, click, say } = await setUp();
    await click(people.allan, buttons(offers()[0]!.activity)[0]);
    bot.setNow('2023-05-10T08:00:00Z');
    const june = { meeting: { committee: 'Socialnämnden', municipality: 'Nyköpings kommun', date: '2023-06-08', time: '13:30' }, items: [{ section: 'Beslutsärenden', number: '1', dnr: 'SN21/45', title: 'Uppföljning av samordning av insatser' }] };
    const answer = await say(people.allan, JSON.stringify(june));
    expect(answer).toContain(
      'Till det här sammanträdet väntas återrapporter:\n- SN21/45 Uppföljning av arbetet med samordning av insatser för personer med samsjuklighet: Division Social omsorg (beslut Socialnämnden 8 december 2022)',
    );
  });
});
