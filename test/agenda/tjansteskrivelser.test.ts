import fs from 'node:fs';
import path from 'node:path';
import { readMeetingPack } from '../../src/agenda/meeting-pack';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { readTjansteskrivelser } from '../../src/agenda/tjansteskrivelser';
import { findFollowUps } from '../../src/domain';

const shared = path.resolve(__dirname, '../../../shared');

interface FixtureTs {
  id: string;
  agenda_ref: { section: string; number: string };
  source_file: string;
  doc_type: string;
  forslag_heading: string | null;
  diarienummer: string | null;
  forslag_till_beslut?: string[];
  source_lines: [number, number];
}

const fixture = (JSON.parse(fs.readFileSync(path.join(shared, 'fixtures', 'tjansteskrivelser.json'), 'utf8')) as { tjansteskrivelser: FixtureTs[] }).tjansteskrivelser;
const texts = new Map<string, string>();
const textOf = (file: string): string => {
  const name = path.basename(file);
  if (!texts.has(name)) texts.set(name, fs.readFileSync(path.join(shared, 'seeds', name), 'utf8'));
  return texts.get(name) as string;
};
const readFor = (file: string) => {
  const text = textOf(file);
  return readTjansteskrivelser(text, parseKallelseText(text));
};
const seedFiles = [...new Set(fixture.map((t) => t.source_file))];
const read = new Map(seedFiles.map((f) => [f, readFor(f)]));

describe('the tjänsteskrivelser of the seed packs', () => {
  it.each(seedFiles)('finds every tjänsteskrivelse and ärendeblad in %s and no more, in pack order', (file) => {
    const expected = fixture.filter((t) => t.source_file === file);
    expect((read.get(file) ?? []).map((d) => `${d.arende?.section} ${d.arende?.number}`)).toEqual(expected.map((t) => `${t.agenda_ref.section} ${t.agenda_ref.number}`));
  });

  it.each(fixture.map((t) => [t.id, t] as const))('reads %s field by field as the fixture has it', (_id, t) => {
    const d = (read.get(t.source_file) ?? []).find((x) => x.arende?.section === t.agenda_ref.section && x.arende?.number === t.agenda_ref.number);
    expect(d && {
      kind: d.kind,
      dnr: d.dnr,
      forslagHeading: d.forslagHeading,
      forslag: d.forslag.join(' '),
      arende: d.arende,
    }).toEqual({
      kind: t.doc_type === 'Ärendeblad' ? 'arendeblad' : 'tjansteskrivelse',
      dnr: t.diarienummer,
      forslagHeading: t.forslag_heading,
      forslag: (t.forslag_till_beslut ?? []).join(' '),
      arende: t.agenda_ref,
    });
    expect(d?.forslag).toEqual(t.forslag_till_beslut ?? []);
    expect(d?.line).toBeGreaterThanOrEqual(t.source_lines[0]);
    expect(d?.line).toBeLessThanOrEqual(t.source_lines[1]);
  });
});

describe('the meeting pack as an agenda', () => {
  it('puts each tjänsteskrivelse\'s förslag till beslut on its ärende and leaves the rest of the agenda as the kallelse has it', () => {
    const text = textOf('nykoping-socialnamnden-2022-12-08.txt');
    const plain = parseKallelseText(text);
    const pack = readMeetingPack(text);
    expect(pack.items.map(({ forslag: _f, ...rest }) => rest)).toEqual(plain.items.map(({ forslag: _f, ...rest }) => rest));
    expect(pack.meeting).toEqual(plain.meeting);
    const b1 = pack.items.find((i) => i.section === 'Beslutsärenden' && i.number === '1');
    expect(b1?.forslag[1]).toBe('2) att Division Social omsorg rapporterar utvecklingen av arbetet med samordning av insatser för personer med samsjuklighet till nämndens sammanträde 8 juni 2023.');
    expect(pack.items.filter((i) => i.forslag.length > 0)).toHaveLength(12);
    expect(pack.items.filter((i) => i.kind === 'sekretess' || i.kind === 'information').every((i) => i.forslag.length === 0)).toBe(true);
  });

  it('reads a kallelse without any tjänsteskrivelse as before, every förslag empty', () => {
    const kallelse = textOf('gnesta-socialnamnden-2023-10-03.txt').split('\n').slice(0, 93).join('\n');
    expect(readMeetingPack(kallelse)).toEqual(parseKallelseText(kallelse));
  });

  it('leaves a tjänsteskrivelse whose diarienummer and title fit no ärende unmatched', () => {
    const text = [
      'Kallelse till socialnämnden',
      'Tisdagen den 3 oktober 2023, kl. 14.00.',
      'Beslutsärenden',
      '1 SN.2023.1 Budget 2024',
      '',
      'Socialförvaltningen Tjänsteskrivelse',
      'Diarienummer: KS.2023.99',
      'Socialnämnden',
      'Helt annat ärende om parkering',
      'Förslag till beslut i socialnämnden',
      '1. Parkeringen godkänns.',
      '',
      'Sammanfattning',
    ].join('\n');
    const docs = readTjansteskrivelser(text, parseKallelseText(text));
    expect(docs).toEqual([{ kind: 'tjansteskrivelse', line: 6, dnr: 'KS.2023.99', forslagHeading: 'Förslag till beslut i socialnämnden', forslag: ['1. Parkeringen godkänns.'], arende: null }]);
    expect(readMeetingPack(text).items[0]?.forslag).toEqual([]);
  });

  it('finds in the seed packs exactly the two reports ordered to a later sammanträde (Nyköping ärende 1 and 3)', () => {
    const nykoping = readMeetingPack(textOf('nykoping-socialnamnden-2022-12-08.txt'));
    expect(findFollowUps(nykoping.items, nykoping.meeting.date).map((f) => [f.number, f.dnr, f.who, f.meetingDate])).toEqual([
      ['1', 'SN21/45', 'Division Social omsorg', '2023-06-08'],
      ['3', 'SN22/5', 'sakkunnig för Socialnämnden', '2023-10-26'],
    ]);
    const gnesta = readMeetingPack(textOf('gnesta-socialnamnden-2023-10-03.txt'));
    expect(findFollowUps(gnesta.items, gnesta.meeting.date)).toEqual([]);
  });
});
