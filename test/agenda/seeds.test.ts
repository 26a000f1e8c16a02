import fs from 'node:fs';
import path from 'node:path';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import type { Handling } from '../../src/domain';

const shared = path.resolve(__dirname, '../../../shared');
const seeds = [
  ['Nyköping 2022-12-08', 'nykoping-socialnamnden-2022-12-08'],
  ['Gnesta 2023-10-03', 'gnesta-socialnamnden-2023-10-03'],
] as const;

type FixtureHandling = string | { ref: string; title: string };
interface Fixture {
  meeting: {
    committee: string; municipality: string; date: string; time: string | null; place: string | null; public: boolean | null;
    ordforande: { name: string } | null; sekreterare: { name: string } | null;
    justerare: null | { ordinarie: { name: string; party: string }; ersattare: { name: string; party: string } };
    justering: null | { date: string; time: string; place: string };
  };
  arenden: Array<{ section: string; number: string; diarienummer: string | null; title: string; handlingar: FixtureHandling[]; foredragande: string | null; sekretess: boolean }>;
}

const asHandling = (h: FixtureHandling): Handling => (typeof h === 'string' ? { title: h, ref: null, url: null } : { title: h.title, ref: h.ref, url: null });

describe.each(seeds)('the %s seed parses to its fixture', (_name, base) => {
  const fixture = JSON.parse(fs.readFileSync(path.join(shared, 'fixtures', `${base}.agenda.json`), 'utf8')) as Fixture;
  const agenda = parseKallelseText(fs.readFileSync(path.join(shared, 'seeds', `${base}.txt`), 'utf8'));

  it('finds every ärende and no other', () => {
    expect(agenda.items.map((a) => `${a.section} ${a.number}`)).toEqual(fixture.arenden.map((a) => `${a.section} ${a.number}`));
  });

  it.each(fixture.arenden.map((a, i) => [`${a.section} ${a.number}`, i] as const))('reads %s field by field', (_label, i) => {
    const want = fixture.arenden[i]!;
    const got = agenda.items[i]!;
    expect({ section: got.section, number: got.number, dnr: got.dnr, title: got.title, handlingar: got.handlingar, presenter: got.presenter, sekretess: got.sekretess }).toEqual({
      section: want.section,
      number: want.number,
      dnr: want.diarienummer,
      title: want.title,
      handlingar: want.handlingar.map(asHandling),
      presenter: want.foredragande,
      sekretess: want.sekretess,
    });
  });

  it('reads the meeting', () => {
    const m = fixture.meeting;
    expect(agenda.meeting).toMatchObject({
      committee: m.committee,
      municipality: m.municipality,
      date: m.date,
      time: m.time,
      place: m.place,
      public: m.public,
      ordforande: m.ordforande?.name ?? null,
      sekreterare: m.sekreterare?.name ?? null,
      justerare: m.justerare
        ? [
            { name: m.justerare.ordinarie.name, party: m.justerare.ordinarie.party, role: 'ordinarie' },
            { name: m.justerare.ersattare.name, party: m.justerare.ersattare.party, role: 'ersättare' },
          ]
        : [],
      justering: m.justering ? { date: m.justering.date, time: m.justering.time, place: m.justering.place } : null,
    });
  });
});
