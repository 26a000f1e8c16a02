import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { AgendaError } from '../../src/agenda/errors';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { agendaFromData, parseAgendaJson, parseAgendaYaml } from '../../src/agenda/structured';
import { findJsonFault } from '../../src/agenda/structured-json-fault';
import { agendaToJson } from '../../src/domain';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seed = (name: string, lines: number): string => fs.readFileSync(path.join(SEEDS, name), 'utf8').split('\n').slice(0, lines).join('\n');

/** A municipality system's export: the least the format needs, a linked handling, a number written as printed. */
const exported = {
  meeting: { committee: 'Socialnämnden', municipality: 'Gnesta kommun', date: '2024-03-05', time: '13:00', place: 'Frösjön' },
  items: [
    { section: 'Beslutsärenden', number: '1', title: 'Val av justerare' },
    {
      section: 'Beslutsärenden',
      number: '15 a)',
      dnr: 'SN.2024.9',
      title: 'Riksnorm 2025',
      handlingar: ['Tjänsteskrivelse', { title: 'Riksnorm för försörjningsstöd', url: 'https://dokument.gnesta.se/sn/2024-03-05/riksnorm.pdf' }],
      presenter: 'Anna Berg',
    },
    { section: 'Sekretessärenden', number: '16', title: 'Ansökan om vård', sekretess: true },
  ],
};

/** The AgendaError a call throws. */
function thrown(f: () => unknown): AgendaError {
  try {
    f();
  } catch (e) {
    if (e instanceof AgendaError) return e;
    throw e;
  }
  throw new Error('expected an AgendaError');
}

describe('agenda JSON and YAML', () => {
  it.each([
    ['Nyköping', 'nykoping-socialnamnden-2022-12-08.txt', 235],
    ['Gnesta', 'gnesta-socialnamnden-2023-10-03.txt', 93],
  ])('reads back exactly what agenda parse --json prints for the %s kallelse', (_name, file, lines) => {
    const agenda = parseKallelseText(seed(file, lines));
    const json = JSON.stringify(agendaToJson(agenda), null, 2);
    expect(parseAgendaJson(json)).toEqual(agenda);
    expect(parseAgendaYaml(YAML.stringify(agendaToJson(agenda)))).toEqual(agenda);
  });

  it('reads a hand-written export, normalising the number and keeping the link of a handling', () => {
    const agenda = parseAgendaJson(JSON.stringify(exported));
    expect(agenda.items[1]).toMatchObject({
      number: '15a',
      dnr: 'SN.2024.9',
      presenter: 'Anna Berg',
      kind: 'beslut',
      handlingar: [
        { title: 'Tjänsteskrivelse', ref: null, url: null },
        { title: 'Riksnorm för försörjningsstöd', ref: null, url: 'https://dokument.gnesta.se/sn/2024-03-05/riksnorm.pdf' },
      ],
    });
    expect(agenda.items[2]).toMatchObject({ sekretess: true, kind: 'sekretess', handlingar: [] });
    expect(agenda.meeting).toMatchObject({ justerare: [], justering: null, public: null });
    expect(parseAgendaJson(JSON.stringify(agendaToJson(agenda)))).toEqual(agenda);
  });

  it('reads YAML as people write it: plain dates and times, numbers as numbers, comments', () => {
    const yaml = [
      '# Socialnämndens dagordning',
      'meeting:',
      '  committee: Socialnämnden',
      '  date: 2024-03-05',
      '  time: 13:00',
      '  justerare:',
      '    - { name: Lena Staaf, party: V, role: ordinarie }',
      '  justering: { date: 2024-03-07, time: 16:00 }',
      'items:',
      '  - section: Beslutsärenden',
      '    number: 5',
      '    title: Delårsrapport 2023',
      '    handlingar:',
      '      - Tjänsteskrivelse',
      '      - title: Delårsrapport',
      '        url: https://dokument.gnesta.se/delarsrapport.pdf',
    ].join('\n');
    const agenda = parseAgendaYaml(yaml);
    expect(agenda.meeting).toMatchObject({ date: '2024-03-05', time: '13:00', justering: { date: '2024-03-07', time: '16:00', place: null } });
    expect(agenda.meeting.justerare).toEqual([{ name: 'Lena Staaf', party: 'V', role: 'ordinarie' }]);
    expect(agenda.items[0]).toMatchObject({ number: '5', handlingar: [{ title: 'Tjänsteskrivelse' }, { url: 'https://dokument.gnesta.se/delarsrapport.pdf' }] });
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseAgendaJson(`\uFEFF${JSON.stringify(exported)}`).items).toHaveLength(3);
  });
});

describe('broken JSON and YAML', () => {
  it.each([
    ['a doubled comma', '{\n  "meeting": {\n    "committee": "SN",,\n', 'rad 3, kolumn 23', /väntade ett namn inom dubbla citattecken/],
    ['a trailing comma', '{\n  "items": [1, 2,]\n}', 'rad 2, kolumn 18', /ett kommatecken för mycket före "\]"/],
    ['single quotes', "{\n  'meeting': {}\n}", 'rad 2, kolumn 3', /enkla citattecken/],
    ['a missing closing brace', '{\n  "meeting": {"committee": "SN"}\n', 'rad 3, kolumn 1', /texten tar slut för tidigt/],
    ['an unterminated string', '{"meeting": {"committee": "Socialnämnden}}', 'rad 1, kolumn 27', /tar aldrig slut/],
    ['a comment', '{\n  // nämnden\n  "meeting": {}\n}', 'rad 2, kolumn 3', /kommentarer/],
    ['a missing colon', '{\n  "meeting" {}\n}', 'rad 2, kolumn 13', /":" efter namnet/],
    ['a bare word', '{"meeting": {"committee": Socialnämnden}}', 'rad 1, kolumn 27', /utan citattecken/],
    ['text after the end', '{"meeting": {}} x', 'rad 1, kolumn 17', /efter JSON-dokumentets slut/],
  ])('says where JSON is broken: %s', (_what, text, where, reason) => {
    const e = thrown(() => parseAgendaJson(text));
    expect(e.code).toBe('AGENDA.INVALID_JSON');
    expect(e.where).toBe(where);
    expect(e.message).toMatch(/^Ogiltig JSON: /);
    expect(e.message).toMatch(reason);
    expect(e.message).toContain(`(${where})`);
  });

  it('finds the same faults JSON.parse does, and none in valid JSON', () => {
    const valid = ['{}', '[1, -0.5e+3, "a\\u00e5\\n", true, false, null, {"a": [[]]}]', JSON.stringify(agendaToJson(parseAgendaJson(JSON.stringify(exported))))];
    for (const text of valid) expect(findJsonFault(text)).toBeNull();
    for (const text of ['', '01', '[1,]', '{"a":1,}', '"\t"', '"\\x"', '[-]', 'tru', '{"a" 1}', '[1 2]', '1.', '.5', '+1']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(findJsonFault(text)).not.toBeNull();
    }
  });

  it.each([
    ['a tab as indentation', 'meeting:\n\tcommittee: SN\n', /rad 2/, /tabb/],
    ['a key written twice', 'meeting:\n  committee: SN\n  committee: BUN\n', /rad 3/, /två gånger/],
    ['an unclosed bracket', 'items: [\n  { number: 1 }\n', /rad 3/, /Ogiltig YAML/],
    ['a bad indent', 'meeting:\n    committee: SN\n  date: 2024-03-05\n', /rad 3/, /Ogiltig YAML/],
  ])('says on which line YAML is broken: %s', (_what, text, where, reason) => {
    const e = thrown(() => parseAgendaYaml(text));
    expect(e.code).toBe('AGENDA.INVALID_YAML');
    expect(e.where).toMatch(where);
    expect(e.message).toMatch(reason);
  });

  it('refuses an alias whose anchor is missing as invalid YAML', () => {
    expect(thrown(() => parseAgendaYaml('meeting: *nämnden\n')).code).toBe('AGENDA.INVALID_YAML');
  });
});

describe('agendas that break the format', () => {
  const withItem = (patch: Record<string, unknown>, at = 1) => ({ ...exported, items: exported.items.map((it, i) => (i === at ? { ...it, ...patch } : it)) });
  const schemaError = (data: unknown): string => {
    const e = thrown(() => parseAgendaJson(JSON.stringify(data)));
    expect(e.code).toBe('AGENDA.SCHEMA');
    return e.message;
  };

  it('names the path and the rule of a bad ärende number', () => {
    expect(schemaError(withItem({ number: 'B' }))).toBe('Dagordningen följer inte formatet: items[1].number: ärendenummer ska vara som "5" eller "15a"');
  });

  it.each([
    ['a missing date', { ...exported, meeting: { committee: 'SN' } }, 'meeting.date: saknas'],
    ['a date that does not exist', { ...exported, meeting: { ...exported.meeting, date: '2024-02-30' } }, 'meeting.date: finns inte i kalendern'],
    ['a time without a colon', { ...exported, meeting: { ...exported.meeting, time: '1300' } }, 'meeting.time: ska vara en tid TT:MM'],
    ['no ärenden', { ...exported, items: [] }, 'items: dagordningen har inga ärenden'],
    ['no meeting', { items: exported.items }, 'meeting: saknas'],
    ['a list instead of an agenda', [exported], 'dokumentet: ska vara ett objekt, inte en lista'],
    ['an empty title', withItem({ title: '' }), 'items[1].title: ärendet saknar rubrik'],
    ['a number for a title', withItem({ title: 7 }), 'items[1].title: ska vara text, inte ett tal'],
    ['a link that is no URL', withItem({ handlingar: [{ title: 'Riksnorm', url: 'dokument/riksnorm.pdf' }] }), 'items[1].handlingar[0].url: ska vara en fullständig länk (https://…)'],
    ['a handling without a title', withItem({ handlingar: [{ url: 'https://dokument.gnesta.se/a.pdf' }] }), 'items[1].handlingar[0].title: saknas'],
    ['a handling that is a number', withItem({ handlingar: [5] }), 'items[1].handlingar[0]: ska vara text eller ett objekt, inte ett tal'],
    ['sekretess as text', withItem({ sekretess: 'ja' }), 'items[1].sekretess: ska vara true eller false, inte text'],
    ['an unknown justerare role', { ...exported, meeting: { ...exported.meeting, justerare: [{ name: 'Lena Staaf', role: 'vice' }] } }, 'meeting.justerare[0].role: ska vara ett av "ordinarie", "ersattare", "ersättare", inte "vice"'],
  ])('names what is wrong: %s', (_what, data, issue) => {
    expect(schemaError(data)).toContain(issue);
  });

  it('refuses the same ärende twice under one section', () => {
    const twice = { ...exported, items: [...exported.items, { section: 'Beslutsärenden', number: '15a', title: 'Riksnorm 2025, igen' }] };
    expect(schemaError(twice)).toBe('Dagordningen följer inte formatet: items[3].number: ärende 15a under Beslutsärenden finns två gånger');
  });

  it('allows the same number under two sections', () => {
    const agenda = agendaFromData({ ...exported, items: [...exported.items, { section: 'Informationsärenden', number: '1', title: 'Verksamheten informerar' }] });
    expect(agenda.items.map((a) => [a.section, a.number])).toContainEqual(['Informationsärenden', '1']);
  });

  it('names at most three problems and counts the rest', () => {
    const message = schemaError({ meeting: {}, items: [{}, {}] });
    expect(message.match(/: saknas/g)).toHaveLength(3);
    expect(message).toMatch(/\(och \d+ fel till\)$/);
  });

  it('refuses empty text as empty', () => {
    expect(thrown(() => parseAgendaJson('  \n')).code).toBe('AGENDA.EMPTY');
    expect(thrown(() => parseAgendaYaml('')).code).toBe('AGENDA.EMPTY');
  });
});
