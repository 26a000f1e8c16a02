import { AgendaError } from '../../src/agenda/errors';
import { importAgenda, sniffAgenda, type AgendaSource } from '../../src/agenda/import';

const kallelse = `Kallelse till socialnämndens sammanträde
Tisdagen den 5 mars 2024 kl. 13.00
Plats: Frösjön, Västra Storgatan 15, Gnesta

Beslutsärenden
1 Riksnorm för försörjningsstöd 2025
SN24/9
2 Överenskommelse om vård och omsorg för äldre
SN24/12`;
const agendaJson = JSON.stringify({
  meeting: { committee: 'Socialnämnden', municipality: 'Gnesta kommun', date: '2024-03-05', time: '13:00' },
  items: [{ section: 'Beslutsärenden', number: '15 a)', dnr: 'SN.2024.9', title: 'Riksnorm 2025', handlingar: [{ title: 'Riksnorm', url: 'https://dokument.gnesta.se/riksnorm.pdf' }] }],
});
const agendaYaml = 'meeting:\n  committee: Socialnämnden\n  date: 2024-03-05\nitems:\n  - section: Beslutsärenden\n    number: 1\n    title: Riksnorm 2025\n';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16le = (s: string): Buffer => Buffer.from(s, 'utf16le');
const utf16be = (s: string): Buffer => utf16le(s).swap16();
const kindOf = (source: AgendaSource): string => sniffAgenda(source).kind;

/** The AgendaError an import fails with. */
async function failure(source: AgendaSource): Promise<AgendaError> {
  const e = await importAgenda(source).then(
    () => new Error('expected the import to fail'),
    (err: unknown) => err,
  );
  if (!(e instanceof AgendaError)) throw e;
  return e;
}

describe('telling what a file is', () => {
  it.each<[string, AgendaSource, string]>([
    ['a PDF by its %PDF- header, whatever its name', { bytes: utf8('%PDF-1.7\n%âãÏÓ\n'), fileName: 'kallelse.txt' }, 'pdf'],
    ['a PDF with junk before its header', { bytes: utf8('\r\n\r\n%PDF-1.4\n'), contentType: 'application/octet-stream' }, 'pdf'],
    ['JSON by its first character', { bytes: utf8(`\n  ${agendaJson}`) }, 'json'],
    ['JSON by content type', { bytes: utf8(agendaJson), contentType: 'application/json; charset=utf-8' }, 'json'],
    ['JSON by file name', { bytes: utf8('meeting: x'), fileName: 'dagordning.JSON' }, 'json'],
    ['YAML by file name', { bytes: utf8(agendaYaml), fileName: 'dagordning.yml' }, 'yaml'],
    ['YAML by content type', { bytes: utf8(agendaYaml), contentType: 'application/yaml' }, 'yaml'],
    ['YAML in flow style by its .yaml name, though it opens like JSON', { bytes: utf8('{meeting: {committee: SN}}'), fileName: 'a.yaml' }, 'yaml'],
    ['YAML without a name by its opening key', { bytes: utf8(`# export\n${agendaYaml}`) }, 'yaml'],
    ['YAML without a name by its document marker', { bytes: utf8(`---\n${agendaYaml}`) }, 'yaml'],
    ['kallelse text otherwise', { bytes: utf8(kallelse), fileName: 'kallelse.txt', contentType: 'text/plain' }, 'text'],
  ])('recognises %s', (_what, source, kind) => {
    expect(kindOf(source)).toBe(kind);
  });

  it('reads each kind to its agenda', async () => {
    expect((await importAgenda({ bytes: utf8(kallelse) })).items.map((a) => [a.number, a.dnr])).toEqual([
      ['1', 'SN24/9'],
      ['2', 'SN24/12'],
    ]);
    expect((await importAgenda({ bytes: utf8(agendaJson) })).items[0]).toMatchObject({ number: '15a', handlingar: [{ url: 'https://dokument.gnesta.se/riksnorm.pdf' }] });
    expect((await importAgenda({ bytes: utf8(agendaYaml), fileName: 'dagordning.yaml' })).items[0]).toMatchObject({ number: '1', title: 'Riksnorm 2025' });
  });
});

describe('decoding text', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8 with a byte order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(kallelse)])],
    ['UTF-16 little-endian with a byte order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(kallelse)])],
    ['UTF-16 big-endian with a byte order mark', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(kallelse)])],
    ['UTF-16 without a byte order mark', utf16le(kallelse)],
    ['Windows-1252 from an older Windows program', Buffer.from(kallelse, 'latin1')],
  ])('reads %s with å, ä and ö intact', async (_what, bytes) => {
    const agenda = await importAgenda({ bytes });
    expect(agenda.meeting).toMatchObject({ committee: 'Socialnämnden', date: '2024-03-05', time: '13:00' });
    expect(agenda.items[1]?.title).toBe('Överenskommelse om vård och omsorg för äldre');
  });

  it('reads JSON with a byte order mark and in UTF-16', async () => {
    expect((await importAgenda({ bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(agendaJson)]) })).items).toHaveLength(1);
    expect((await importAgenda({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(agendaJson)]) })).items).toHaveLength(1);
  });

  it('honours the charset a content type names', () => {
    const sniffed = sniffAgenda({ bytes: Buffer.from(kallelse, 'latin1'), contentType: 'text/plain; charset=ISO-8859-1' });
    expect(sniffed.kind === 'text' && sniffed.text).toBe(kallelse);
  });

  it('tolerates a broken character in otherwise UTF-8 text, keeping the rest as it is', () => {
    const bytes = Buffer.concat([Buffer.from(kallelse), Buffer.from([0xc3]), Buffer.from('\n')]);
    const sniffed = sniffAgenda({ bytes });
    expect(sniffed.kind === 'text' && sniffed.text).toBe(`${kallelse}\uFFFD\n`);
  });

  it('refuses UTF-8 text where many characters are broken', async () => {
    const lines = kallelse.split('\n');
    const broken = Buffer.concat(lines.slice(0, 5).flatMap((l) => [Buffer.from(`${l}\n`), Buffer.from([0xff])]));
    expect((await failure({ bytes: broken })).code).toBe('AGENDA.BINARY');
  });
});

describe('refusing what is not an agenda', () => {
  const noise = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919 + (i >> 5) * 13) % 256));

  it.each<[string, AgendaSource, string, RegExp]>([
    ['an empty file', { bytes: new Uint8Array(0) }, 'AGENDA.EMPTY', /tom/],
    ['a file of blanks', { bytes: utf8(' \n\t\r\n ') }, 'AGENDA.EMPTY', /blanktecken/],
    ['a byte order mark alone', { bytes: Buffer.from([0xef, 0xbb, 0xbf]) }, 'AGENDA.EMPTY', /blanktecken/],
    ['random bytes', { bytes: noise(5000) }, 'AGENDA.BINARY', /^Filen ser inte ut som text, PDF, JSON eller YAML$/],
    ['random bytes without a zero byte', { bytes: noise(5000).map((b) => b || 1) }, 'AGENDA.BINARY', /^Filen ser inte ut som text, PDF, JSON eller YAML$/],
    ['binary named .txt', { bytes: Buffer.concat([utf8('Kallelse'), Buffer.from([0, 0, 1, 2, 3])]), fileName: 'kallelse.txt' }, 'AGENDA.BINARY', /text, PDF, JSON eller YAML/],
    ['a Word document', { bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), noise(200)]), fileName: 'kallelse.docx' }, 'AGENDA.UNSUPPORTED_TYPE', /Word-dokument/],
    ['a PNG image', { bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), noise(200)]) }, 'AGENDA.UNSUPPORTED_TYPE', /bild/],
    ['a web page saved as the kallelse', { bytes: utf8('<!DOCTYPE html>\n<html><body>Logga in</body></html>') }, 'AGENDA.UNSUPPORTED_TYPE', /webbsida/],
    ['text that says it is a PDF', { bytes: utf8(kallelse), contentType: 'application/pdf' }, 'AGENDA.PDF_UNREADABLE', /ingen PDF/],
    ['invalid JSON', { bytes: utf8('{"meeting": {') }, 'AGENDA.INVALID_JSON', /rad 1/],
    ['JSON that breaks the format', { bytes: utf8('{"meeting": {"committee": "SN", "date": "2024-02-30"}, "items": []}') }, 'AGENDA.SCHEMA', /meeting\.date: finns inte i kalendern; items: dagordningen har inga ärenden/],
    ['invalid YAML', { bytes: utf8('meeting:\n\tcommittee: SN\n'), fileName: 'a.yaml' }, 'AGENDA.INVALID_YAML', /rad 2/],
  ])('refuses %s', async (_what, source, code, message) => {
    const e = await failure(source);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it('refuses a file larger than 30 MB before reading it', async () => {
    const e = await failure({ bytes: new Uint8Array(30 * 1024 * 1024 + 1), fileName: 'kallelse.txt' });
    expect(e.code).toBe('AGENDA.TOO_LARGE');
  });
});
