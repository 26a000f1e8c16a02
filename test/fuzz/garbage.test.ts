/**
 * Garbage in, nothing changed: random kallelse text, random card action data and random activities
 * never crash the bot, never reject unhandled, and never change stored state.
 */
import fc from 'fast-check';
import { AgendaError } from '../../src/agenda/errors';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { parseAgendaJson } from '../../src/agenda/structured';
import { agendaToJson } from '../../src/domain';
import { adaptiveCardAction, botAdded, teamsMessage } from '../helpers/activities';
import { createTestBot, people } from '../helpers/test-bot';

const serviceUrl = 'https://smba.example.invalid/emea/';
const group = { id: '19:committee@thread.v2', conversationType: 'groupChat' as const, tenantId: 't' };
const from = (p: { aadObjectId: string; name: string }) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name });

/** Lines that look like a kallelse's, mixed with noise, so the parser's deeper paths are reached. */
const kallelseLine = fc.oneof(
  fc.constantFrom('KALLELSE TILL SOCIALNÄMNDENS SAMMANTRÄDE', 'Torsdagen den 8 december 2022 klockan 13:30', 'Beslutsärenden', 'Sekretessärenden', 'Dagordning', 'Nr Diarienummer Ärende', '- Tjänsteskrivelse', 'SN22/11', 'Ordförande', 'Sekreterare', 'Föredragningslistan', '\t    2.1 Bilaga', 'Page 1 of 2', ''),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.string({ maxLength: 40 })).map(([n, s]) => `${n} ${s}`),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

describe('the kallelse parser on garbage', () => {
  it('either parses or throws an AgendaError, never anything else', () => {
    fc.assert(
      fc.property(fc.array(kallelseLine, { maxLength: 60 }), (lines) => {
        try {
          const agenda = parseKallelseText(lines.join('\n'));
          expect(agenda.items.length).toBeGreaterThan(0);
        } catch (e) {
          if (!(e instanceof AgendaError)) throw e;
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads back any agenda JSON it accepts unchanged, and refuses any other JSON with an AgendaError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        try {
          const agenda = parseAgendaJson(JSON.stringify(value));
          expect(parseAgendaJson(JSON.stringify(agendaToJson(agenda)))).toEqual(agenda);
        } catch (e) {
          if (!(e instanceof AgendaError)) throw e;
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the bot on garbage', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  beforeAll(() => process.on('unhandledRejection', onUnhandled));
  afterAll(() => process.off('unhandledRejection', onUnhandled));

  it('refuses forged and random card actions without changing anything', async () => {
    const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
    await bot.turn(botAdded({ conversation: group, serviceUrl, botId: '28:namndbot' }));
    await bot.turn(teamsMessage({ text: JSON.stringify({ meeting: { committee: 'Socialnämnden', date: '2022-12-08' }, items: [{ section: 'Beslutsärenden', number: '1', title: 'Budget', handlingar: ['Tjänsteskrivelse'] }] }), from: from(people.allan), conversation: group, serviceUrl }));
    await bot.settle();
    const before = JSON.stringify(await bot.deps.store.list(''));
    const auditBefore = (await bot.deps.store.list('audit:')).length;
    const verbs = fc.constantFrom('approval.approve', 'approval.request_changes', 'handlingar.request', 'handlingar.choose', 'card.refresh', 'justering.assign', 'justering.confirm', 'justering.decline', 'justering.justerat', 'okänt.verb');
    const data = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ meetingId: fc.oneof(fc.string(), fc.constant('socialnamnden-2022-12-08'), fc.integer()), arendeKey: fc.oneof(fc.string(), fc.constant('Beslutsärenden§1'), fc.constant('Beslutsärenden§99')), version: fc.oneof(fc.integer(), fc.string(), fc.constant(1)) }, { requiredKeys: [] }),
    );
    // Strangers and a ledamot click anything; none of it may change a record except the audit log.
    const actors = fc.constantFrom({ id: '29:x', aadObjectId: 'aad-stranger', name: 'Okänd' }, from(people.lena));
    await fc.assert(
      fc.asyncProperty(verbs, data, actors, async (verb, d, actor) => {
        const { invoke } = await bot.turn(adaptiveCardAction({ verb, data: d, from: actor, conversation: group, serviceUrl }));
        if (verb !== 'okänt.verb') expect(invoke?.status).toBe(200);
      }),
      { numRuns: 300 },
    );
    await bot.settle();
    const after = (await bot.deps.store.list('')).filter((r) => !r.key.startsWith('audit:'));
    expect(JSON.stringify(after)).toBe(JSON.stringify(JSON.parse(before).filter((r: { key: string }) => !r.key.startsWith('audit:'))));
    expect((await bot.deps.store.list('audit:')).length).toBeGreaterThan(auditBefore);
    expect(unhandled).toEqual([]);
  }, 60_000);

  it('answers random messages from anyone without crashing', async () => {
    const bot = await createTestBot({ now: '2022-11-25T08:00:00Z' });
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(from(people.lena), from(people.allan), { id: '29:x', aadObjectId: 'aad-x', name: 'X' }), async (text, actor) => {
        const { replies } = await bot.turn(teamsMessage({ text, from: actor, conversation: group, serviceUrl }));
        expect(replies.length).toBeGreaterThan(0);
        expect(replies.map((r) => r.text ?? '').join(' ')).not.toContain('Något gick fel');
      }),
      { numRuns: 200 },
    );
    expect(unhandled).toEqual([]);
  }, 60_000);
});
