import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { AgendaError } from '../../src/agenda/errors';

const items = (text: string) => parseKallelseText(text).items.map((a) => ({ section: a.section, number: a.number, dnr: a.dnr, title: a.title, presenter: a.presenter, handlingar: a.handlingar.map((h) => h.title) }));

describe('kallelser in other municipalities\' formats', () => {
  it('reads a kommunstyrelse table "Nr Ärende Dnr" with the dnr last on the line', () => {
    const text = `KALLELSE
Kommunstyrelsen
Datum: 2024-05-13
Tid: kl. 09.00
Plats: Kommunhuset, sal Stora

Nr Ärende Dnr
1 Val av justerare
2 Budget 2025 med plan för 2026-2027 KS 2024/112
3 Svar på motion om fler
laddstolpar vid kommunhuset KS 2023/450
4 Anmälan av delegationsbeslut KS 2024/3

Anna Andersson
Ordförande`;
    const a = parseKallelseText(text);
    expect(a.meeting).toMatchObject({ committee: 'Kommunstyrelsen', date: '2024-05-13', time: '09:00', place: 'Kommunhuset, sal Stora', ordforande: 'Anna Andersson' });
    expect(items(text)).toEqual([
      { section: null, number: '1', dnr: null, title: 'Val av justerare', presenter: null, handlingar: [] },
      { section: null, number: '2', dnr: 'KS 2024/112', title: 'Budget 2025 med plan för 2026-2027', presenter: null, handlingar: [] },
      { section: null, number: '3', dnr: 'KS 2023/450', title: 'Svar på motion om fler laddstolpar vid kommunhuset', presenter: null, handlingar: [] },
      { section: null, number: '4', dnr: 'KS 2024/3', title: 'Anmälan av delegationsbeslut', presenter: null, handlingar: [] },
    ]);
  });

  it('reads "Föredragande:" lines and sub-items 15 a) and 15 b)', () => {
    const text = `Kallelse till barn- och utbildningsnämndens sammanträde
Måndag 13 maj 2024 kl 09.00
Plats: Kommunhuset, sal Stora

Beslutsärenden
14 Skolskjuts i glesbygd
Dnr 2023/BUN 0214
Föredragande: Anna Ek
15 a) Läsårstider 2025/2026
Dnr 2024/BUN 0031
15 b) Läsårstider 2026/2027
Dnr 2024/BUN 0032
16 Ekonomisk uppföljning april, föredragande: ekonomichef Bo Lind`;
    const a = parseKallelseText(text);
    expect(a.meeting).toMatchObject({ committee: 'Barn- och utbildningsnämnden', date: '2024-05-13', time: '09:00', place: 'Kommunhuset, sal Stora' });
    expect(items(text)).toEqual([
      { section: 'Beslutsärenden', number: '14', dnr: '2023/BUN 0214', title: 'Skolskjuts i glesbygd', presenter: 'Anna Ek', handlingar: [] },
      { section: 'Beslutsärenden', number: '15a', dnr: '2024/BUN 0031', title: 'Läsårstider 2025/2026', presenter: null, handlingar: [] },
      { section: 'Beslutsärenden', number: '15b', dnr: '2024/BUN 0032', title: 'Läsårstider 2026/2027', presenter: null, handlingar: [] },
      { section: 'Beslutsärenden', number: '16', dnr: null, title: 'Ekonomisk uppföljning april', presenter: 'ekonomichef Bo Lind', handlingar: [] },
    ]);
  });

  it('skips "Sida 1 av 3" footers and a signature block in the middle of the agenda', () => {
    const text = `KALLELSE TILL MILJÖNÄMNDENS SAMMANTRÄDE
Onsdagen den 4 september 2024 klockan 08:30
i Rådhuset, sammanträdesrum Ån
Sammanträdet är öppet för allmänheten

Ärenden för beslut
1 Tillsynsplan 2025
Dnr 1.6-0463/2011
- Tjänsteskrivelse
- Tillsynsplan
Sida 1 av 3
www.exempel.se
Karin Berg Per Holm
Ordförande Sekreterare
2 Yttrande över detaljplan för
kvarteret Mården
Dnr MN 2024.77
Sida 2 av 3
Övriga frågor
3 Information om
inventering av enskilda avlopp`;
    const a = parseKallelseText(text);
    expect(a.meeting).toMatchObject({ committee: 'Miljönämnden', date: '2024-09-04', time: '08:30', place: 'Rådhuset, sammanträdesrum Ån', public: true, ordforande: 'Karin Berg', sekreterare: 'Per Holm' });
    expect(items(text)).toEqual([
      { section: 'Ärenden för beslut', number: '1', dnr: '1.6-0463/2011', title: 'Tillsynsplan 2025', presenter: null, handlingar: ['Tjänsteskrivelse', 'Tillsynsplan'] },
      { section: 'Ärenden för beslut', number: '2', dnr: 'MN 2024.77', title: 'Yttrande över detaljplan för kvarteret Mården', presenter: null, handlingar: [] },
      { section: 'Övriga frågor', number: '3', dnr: null, title: 'Information om inventering av enskilda avlopp', presenter: null, handlingar: [] },
    ]);
  });

  it('joins a date split at its hyphen and keeps a suspended compound hyphen', () => {
    const text = `Kallelse till socialnämndens sammanträde
Tisdagen den 5 mars 2024 kl. 13.00
Beslutsärenden
1 Uppföljning av avvikelse-
och Lex Sarah-hantering enligt beslut 2023-
11-23
SN24/5`;
    expect(items(text)[0]).toMatchObject({ title: 'Uppföljning av avvikelse- och Lex Sarah-hantering enligt beslut 2023-11-23', dnr: 'SN24/5' });
  });

  it('does not take a title line starting with a smaller number for a new ärende', () => {
    const text = `Kallelse till socialnämndens sammanträde
Tisdagen den 5 mars 2024 kl. 13.00
Beslutsärenden
7 Insatser som inte verkställts inom
3 månader enligt SoL
SN24/9
8 Riksnorm 2025`;
    expect(items(text).map((i) => [i.number, i.title])).toEqual([
      ['7', 'Insatser som inte verkställts inom 3 månader enligt SoL'],
      ['8', 'Riksnorm 2025'],
    ]);
  });

  it('reads proposed justerare with parties and ersättare, and the justering', () => {
    const text = `Sammanträde i kultur- och fritidsnämnden
Tid och plats för sammanträde
Torsdagen den 6 juni 2024, kl. 18.00. Biblioteket, Storgatan 1
Förslag till justerare
Ordinarie: Eva Nilsson (C), Omar Said (S) Ersättare: Lisa Berg (M)
Tid och plats för justering
Måndagen den 10 juni 2024, kl. 15.00. Kommunhuset
Dagordning
1 KFN.2024.12 Föreningsbidrag 2025`;
    const a = parseKallelseText(text);
    expect(a.meeting.committee).toBe('Kultur- och fritidsnämnden');
    expect(a.meeting.justerare).toEqual([
      { name: 'Eva Nilsson', party: 'C', role: 'ordinarie' },
      { name: 'Omar Said', party: 'S', role: 'ordinarie' },
      { name: 'Lisa Berg', party: 'M', role: 'ersättare' },
    ]);
    expect(a.meeting.justering).toEqual({ date: '2024-06-10', time: '15:00', place: 'Kommunhuset' });
    expect(items(text)).toEqual([{ section: null, number: '1', dnr: 'KFN.2024.12', title: 'Föreningsbidrag 2025', presenter: null, handlingar: [] }]);
  });
});

describe('what is not a kallelse', () => {
  const code = (text: string): string => {
    try {
      parseKallelseText(text);
      return 'parsed';
    } catch (e) {
      if (!(e instanceof AgendaError)) throw e;
      return e.code;
    }
  };

  it.each([
    ['empty text', '', 'AGENDA.EMPTY'],
    ['only spaces', ' \n\t\n ', 'AGENDA.EMPTY'],
    ['a recipe', 'Kanelbullar\n\n1 Värm mjölken\n2 Blanda i jästen\n3 Grädda i 225 grader', 'AGENDA.NO_DATE'],
    ['a date but no agenda', 'Socialnämnden\nTorsdagen den 8 december 2022\nVälkomna!', 'AGENDA.NO_ITEMS'],
    ['a tjänsteskrivelse', 'Socialförvaltningen Tjänsteskrivelse\nUpprättad: 2023-09-26\nDiarienummer: SN.2023.38\nFörslag till beslut\n1. Rapporten godkänns.', 'AGENDA.NO_ITEMS'],
  ])('refuses %s with a clear error', (_what, text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('names the line of a duplicated ärende', () => {
    const text = 'Kallelse till socialnämndens sammanträde\nTisdagen den 5 mars 2024 kl. 13.00\nBeslutsärenden\n1 Budget\n1 Budget igen';
    expect(() => parseKallelseText(text)).toThrow(/finns två gånger \(rad 5\)/);
  });
});
