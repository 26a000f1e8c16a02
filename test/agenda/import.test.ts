import { AgendaError } from '../../src/agenda/errors';
import { importAgenda } from '../../src/agenda/import';
import { parseAgendaJson, parseAgendaYaml } from '../../src/agenda/structured';
import { agendaToJson } from '../../src/domain';

const kallelse = `Kallelse till socialnämndens sammanträde
Tisdagen den 5 mars 2024 kl. 13.00
Beslutsärenden
1 Riksnorm 2025
SN24/9`;
const json = {
  meeting: { committee: 'Socialnämnden', municipality: 'Gnesta kommun', date: '2024-03-05', time: '13:00' },
  items: [
    { section: 'Beslutsärenden', number: '15 a)', dnr: 'SN.2024.9', title: 'Riksnorm 2025', handlingar: ['Tjänsteskrivelse', { title: 'Riksnorm', url: 'https://dokument.gnesta.se/riksnorm.pdf' }] },
  ],
};
const bytes = (s: string) => new TextEncoder().encode(s);
const codeOf = async (p: Promise<unknown>) => ((await p.then(() => null, (e: unknown) => e)) as AgendaError | null)?.code ?? 'parsed';

describe('importing an agenda from any source', () => {
  it('reads kallelse text', async () => {
    expect((await importAgenda({ bytes: bytes(kallelse) })).items[0]).toMatchObject({ number: '1', dnr: 'SN24/9' });
  });

  it('reads the agenda JSON with linked handlingar and normalises the number', async () => {
    const a = await importAgenda({ bytes: bytes(JSON.stringify(json)), contentType: 'application/json' });
    expect(a.items[0]).toMatchObject({ number: '15a', handlingar: [{ title: 'Tjänsteskrivelse', ref: null, url: null }, { title: 'Riksnorm', ref: null, url: 'https://dokument.gnesta.se/riksnorm.pdf' }] });
  });

  it('reads what agenda parse --json prints back to the same agenda', () => {
    const a = parseAgendaJson(JSON.stringify(json));
    expect(parseAgendaJson(JSON.stringify(agendaToJson(a)))).toEqual(a);
  });

  it('reads YAML', async () => {
    const yaml = `meeting:\n  committee: Socialnämnden\n  date: 2024-03-05\nitems:\n  - section: Beslutsärenden\n    number: "1"\n    title: Riksnorm 2025\n`;
    expect((await importAgenda({ bytes: bytes(yaml), fileName: 'dagordning.yaml' })).items[0]?.title).toBe('Riksnorm 2025');
  });

  it('reads UTF-8 with a BOM and UTF-16', async () => {
    expect((await importAgenda({ bytes: bytes(`\uFEFF${kallelse}`) })).meeting.date).toBe('2024-03-05');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(kallelse, 'utf16le')]);
    expect((await importAgenda({ bytes: utf16 })).items[0]?.title).toBe('Riksnorm 2025');
  });

  it.each([
    ['an empty file', bytes(''), 'AGENDA.EMPTY'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]), 'AGENDA.BINARY'],
    ['invalid JSON', bytes('{"meeting": {'), 'AGENDA.INVALID_JSON'],
    ['JSON that breaks the schema', bytes('{"meeting": {"committee": "SN", "date": "2024-02-30"}, "items": []}'), 'AGENDA.SCHEMA'],
  ])('refuses %s', async (_what, b, code) => {
    expect(await codeOf(importAgenda({ bytes: b }))).toBe(code);
  });

  it('names where JSON is broken and what breaks the schema', () => {
    expect(() => parseAgendaJson('{\n  "meeting": {\n    "committee": "SN",,\n')).toThrow(/rad 3/);
    expect(() => parseAgendaJson(JSON.stringify({ ...json, items: [{ ...json.items[0], number: 'B' }] }))).toThrow(/items\[0\]\.number: ärendenummer ska vara som "5" eller "15a"/);
    expect(() => parseAgendaJson(JSON.stringify({ items: [] }))).toThrow(/meeting: saknas/);
    expect(() => parseAgendaYaml('meeting: [\n')).toThrow(AgendaError);
  });
});
