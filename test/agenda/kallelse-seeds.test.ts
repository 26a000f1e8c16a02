import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';

const shared = path.resolve(__dirname, '../../../shared');

interface FixtureHandling {
  ref?: string;
  title: string;
  url?: string;
}
interface FixtureArende {
  section: string;
  number: string;
  diarienummer: string | null;
  title: string;
  handlingar: Array<string | FixtureHandling>;
  foredragande: string | null;
  sekretess: boolean;
}
interface FixtureMeeting {
  committee: string;
  municipality: string;
  date: string;
  time: string;
  place: string;
  public: boolean | null;
  gruppmoten: { raw: string };
  ordforande: { name: string };
  sekreterare: { name: string };
  justerare: { ordinarie?: { name: string; party: string }; ersattare?: { name: string; party: string } } | null;
  justering: { date: string; time: string; place: string } | null;
}
interface Fixture {
  meeting: FixtureMeeting;
  arenden: FixtureArende[];
}

const seeds = ['nykoping-socialnamnden-2022-12-08', 'gnesta-socialnamnden-2023-10-03'];

/** The fixture's gruppmöten text without its "Gruppmöten:" label, as the agenda stores it. */
function gruppmoten(raw: string): string {
  return raw.replace(/^Gruppmöten:\s*/, '');
}

/** The meeting as the agenda should carry it, built from the fixture. */
function expectedMeeting(m: FixtureMeeting) {
  const justerare = [];
  if (m.justerare?.ordinarie) justerare.push({ ...m.justerare.ordinarie, role: 'ordinarie' });
  if (m.justerare?.ersattare) justerare.push({ ...m.justerare.ersattare, role: 'ersättare' });
  return {
    committee: m.committee,
    municipality: m.municipality,
    date: m.date,
    time: m.time,
    place: m.place,
    public: m.public,
    gruppmoten: gruppmoten(m.gruppmoten.raw),
    ordforande: m.ordforande.name,
    sekreterare: m.sekreterare.name,
    justerare,
    justering: m.justering ? { date: m.justering.date, time: m.justering.time, place: m.justering.place } : null,
  };
}

/** One ärende as the agenda should carry it, built from the fixture. */
function expectedItem(a: FixtureArende) {
  return {
    section: a.section,
    number: a.number,
    dnr: a.diarienummer,
    title: a.title,
    handlingar: a.handlingar.map((h) => (typeof h === 'string' ? { title: h, ref: null, url: null } : { title: h.title, ref: h.ref ?? null, url: h.url ?? null })),
    presenter: a.foredragande,
    sekretess: a.sekretess,
    omedelbarJustering: false,
  };
}

describe.each(seeds)('the seed kallelse %s', (seed) => {
  const text = fs.readFileSync(path.join(shared, 'seeds', `${seed}.txt`), 'utf8');
  const fixture = JSON.parse(fs.readFileSync(path.join(shared, 'fixtures', `${seed}.agenda.json`), 'utf8')) as Fixture;
  const agenda = parseKallelseText(text);

  it('reads the meeting exactly as the fixture has it', () => {
    const m = agenda.meeting;
    expect({
      committee: m.committee,
      municipality: m.municipality,
      date: m.date,
      time: m.time,
      place: m.place,
      public: m.public,
      gruppmoten: m.gruppmoten,
      ordforande: m.ordforande,
      sekreterare: m.sekreterare,
      justerare: m.justerare,
      justering: m.justering,
    }).toEqual(expectedMeeting(fixture.meeting));
  });

  it('reads every ärende and no more, in agenda order', () => {
    expect(agenda.items.map((i) => `${i.section} ${i.number}`)).toEqual(fixture.arenden.map((a) => `${a.section} ${a.number}`));
  });

  it.each(fixture.arenden.map((a, i) => [i + 1, a] as const))('reads ärende %i with every field as the fixture has it', (order, a) => {
    const item = agenda.items[order - 1];
    expect(item && {
      section: item.section,
      number: item.number,
      dnr: item.dnr,
      title: item.title,
      handlingar: item.handlingar,
      presenter: item.presenter,
      sekretess: item.sekretess,
      omedelbarJustering: item.omedelbarJustering,
    }).toEqual(expectedItem(a));
  });

  it('leaves kind and deciding body to the schema', () => {
    for (const item of agenda.items) {
      if (item.sekretess) expect(item.kind).toBe('sekretess');
      if (/fullmäktige/.test(item.section ?? '')) expect(item.decidedBy).toBe('kommunfullmaktige');
    }
  });
});

describe('the seed packs beyond the kallelse', () => {
  it('does not take rows of the anmälningslista or the tjänsteskrivelser for ärenden', () => {
    const text = fs.readFileSync(path.join(shared, 'seeds', 'nykoping-socialnamnden-2022-12-08.txt'), 'utf8');
    const agenda = parseKallelseText(text);
    expect(agenda.items.some((i) => /Beställarkontoret|Rapporten godkänns|att godkänna/.test(i.title))).toBe(false);
    expect(agenda.items).toHaveLength(20);
  });

  it('keeps the page footer and the signature block printed between Gnesta items 3 and 4 out of the titles', () => {
    const text = fs.readFileSync(path.join(shared, 'seeds', 'gnesta-socialnamnden-2023-10-03.txt'), 'utf8');
    const titles = parseKallelseText(text).items.map((i) => i.title).join(' | ');
    expect(titles).not.toMatch(/gnesta\.se|telefon|Jerneborg|Ordförande|Sekreterare|upprop|Val av justerare|Godkännande av dagordningen/);
  });

  it('parses the same text with CRLF line ends and no-break spaces to the same agenda', () => {
    const text = fs.readFileSync(path.join(shared, 'seeds', 'gnesta-socialnamnden-2023-10-03.txt'), 'utf8');
    const windows = text.replace(/\n/g, '\r\n').replace(/ (?=SN\.)/g, '\u00A0');
    expect(parseKallelseText(windows)).toEqual(parseKallelseText(text));
  });
});
