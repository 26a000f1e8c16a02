import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import type { Agenda } from '../../src/domain';

/** A kallelse as PDF extraction prints it: every line followed by a blank one, some with trailing spaces. */
function extracted(lines: readonly string[]): string {
  return lines.map((l, i) => (i % 3 === 0 ? `${l} ` : l)).join('\n\n');
}

/** Item fields the parser reads (kind and decidedBy are the schema's). */
function itemsOf(agenda: Agenda) {
  return agenda.items.map((i) => ({
    section: i.section,
    number: i.number,
    dnr: i.dnr,
    title: i.title,
    handlingar: i.handlingar.map((h) => h.title),
    presenter: i.presenter,
    sekretess: i.sekretess,
  }));
}

type Row = [section: string | null, number: string, dnr: string | null, title: string, handlingar?: string[], presenter?: string | null, sekretess?: boolean];
const rows = (...r: Row[]) =>
  r.map(([section, number, dnr, title, handlingar = [], presenter = null, sekretess = false]) => ({ section, number, dnr, title, handlingar, presenter, sekretess }));

describe('kallelse formats beyond the two seeds', () => {
  it('reads a kommunstyrelse kallelse with an "Nr Ärende Dnr" table, the diarienummer at the end of the title line', () => {
    const agenda = parseKallelseText(
      extracted([
        'KALLELSE',
        'Kommunstyrelsen',
        'Tid: Tisdag 14 mars 2023 kl. 08.30',
        'Plats: KS-salen, Stadshuset',
        'Ordförande: Anna Andersson',
        'Sekreterare: Bengt Berg',
        'Föredragningslista',
        'Nr Ärende Dnr',
        '1 Val av justerare',
        '2 Godkännande av dagordningen',
        '3 Budget 2024 för kommunstyrelsen KS 2023/145',
        '4 Motion om cykelbanor längs Storgatan KS 2022.123',
        '5 Yttrande över remiss om ny lagstiftning för KS 2023/201',
        'kommunal räddningstjänst',
        '6 Delegationsbeslut KS 2023/12',
        '7 Meddelanden KS 2023/13',
      ]),
    );
    expect(agenda.meeting).toMatchObject({
      committee: 'Kommunstyrelsen', municipality: null, date: '2023-03-14', time: '08:30', place: 'KS-salen, Stadshuset',
      public: null, ordforande: 'Anna Andersson', sekreterare: 'Bengt Berg', justerare: [], justering: null,
    });
    expect(itemsOf(agenda)).toEqual(
      rows(
        [null, '1', null, 'Val av justerare'],
        [null, '2', null, 'Godkännande av dagordningen'],
        [null, '3', 'KS 2023/145', 'Budget 2024 för kommunstyrelsen'],
        [null, '4', 'KS 2022.123', 'Motion om cykelbanor längs Storgatan'],
        [null, '5', 'KS 2023/201', 'Yttrande över remiss om ny lagstiftning för kommunal räddningstjänst'],
        [null, '6', 'KS 2023/12', 'Delegationsbeslut'],
        [null, '7', 'KS 2023/13', 'Meddelanden'],
      ),
    );
    expect(agenda.items.map((i) => i.kind)).toEqual(['beslut', 'beslut', 'beslut', 'beslut', 'beslut', 'delegation', 'anmalan']);
  });

  it('reads "Föredragande:" lines, "Dnr:" lines and a "Handlingar:" list', () => {
    const agenda = parseKallelseText(
      extracted([
        'Barn- och utbildningsnämnden',
        'Kallelse till sammanträde',
        'Datum: 2024-02-20',
        'Tid: 13.00-16.00',
        'Plats: Kommunhuset, sal Kronan',
        'Sammanträdet är öppet för allmänheten.',
        'Ärenden',
        'Beslutsärenden',
        '1. Upprop och val av justerare',
        '2. Internkontrollplan 2024',
        'Dnr: BUN 2023/45',
        'Föredragande: Anna Ek, ekonomichef',
        'Handlingar:',
        'Tjänsteskrivelse 2024-01-30',
        'Internkontrollplan 2024',
        '3. Ansökan om statsbidrag för',
        'lågstadiesatsningen',
        'Dnr: BUN 2024/3',
        'Föredragande: Per Nilsson, verksamhetschef',
        'Informationsärenden',
        '4. Skolinspektionens granskning av',
        'Norrskolan',
        'Föredragande Lisa Holm',
        '5. Förvaltningschefen informerar',
      ]),
    );
    expect(agenda.meeting).toMatchObject({
      committee: 'Barn- och utbildningsnämnden', date: '2024-02-20', time: '13:00', place: 'Kommunhuset, sal Kronan', public: true,
    });
    expect(itemsOf(agenda)).toEqual(
      rows(
        ['Beslutsärenden', '1', null, 'Upprop och val av justerare'],
        ['Beslutsärenden', '2', 'BUN 2023/45', 'Internkontrollplan 2024', ['Tjänsteskrivelse 2024-01-30', 'Internkontrollplan 2024'], 'Anna Ek, ekonomichef'],
        ['Beslutsärenden', '3', 'BUN 2024/3', 'Ansökan om statsbidrag för lågstadiesatsningen', [], 'Per Nilsson, verksamhetschef'],
        ['Informationsärenden', '4', null, 'Skolinspektionens granskning av Norrskolan', [], 'Lisa Holm'],
        ['Informationsärenden', '5', null, 'Förvaltningschefen informerar'],
      ),
    );
  });

  it('reads sub-items "15 a)" and "15 b)" of a kommunfullmäktige kungörelse', () => {
    const agenda = parseKallelseText(
      extracted([
        'KUNGÖRELSE OCH KALLELSE',
        'Kommunfullmäktige sammanträder måndagen den 18 september 2023 klockan 18.00',
        'i Folkets hus, Stora salen',
        'Sammanträdet är offentligt.',
        'Ärenden',
        '12 Val av justerare',
        '13 Fyllnadsval till socialnämnden',
        'KS 2023/301',
        '14 Motioner',
        '15 a) Motion om belysning i',
        'parken',
        'KS 2023/88',
        '15 b) Motion om fler papperskorgar',
        'KS 2023/91',
        '16 Interpellation om skolskjutsar',
        'KS 2023/120',
        'Anna Larsson',
        'Ordförande',
      ]),
    );
    expect(agenda.meeting).toMatchObject({
      committee: 'Kommunfullmäktige', date: '2023-09-18', time: '18:00', place: 'Folkets hus, Stora salen', public: true, ordforande: 'Anna Larsson', sekreterare: null,
    });
    expect(itemsOf(agenda)).toEqual(
      rows(
        [null, '12', null, 'Val av justerare'],
        [null, '13', 'KS 2023/301', 'Fyllnadsval till socialnämnden'],
        [null, '14', null, 'Motioner'],
        [null, '15a', 'KS 2023/88', 'Motion om belysning i parken'],
        [null, '15b', 'KS 2023/91', 'Motion om fler papperskorgar'],
        [null, '16', 'KS 2023/120', 'Interpellation om skolskjutsar'],
      ),
    );
  });

  it('drops "Sida 1 av 3" footers, contact lines and repeated page headers printed in the middle of the agenda', () => {
    const agenda = parseKallelseText(
      extracted([
        'Kallelse',
        'Vård- och omsorgsnämnden 2024-04-17',
        'Sammanträde: onsdag 17 april 2024, kl. 09.00',
        'Plats: Nämndrummet, Rådhuset',
        'Ärenden',
        '1 Sammanträdets öppnande',
        '2 Ekonomisk uppföljning mars 2024',
        'VON 2024/12',
        '3 Redovisning av ej verkställda',
        'Sida 1 av 3',
        'Postadress: Box 123, 761 80 Norrtälje',
        'Besöksadress: Estunavägen 14',
        'Telefon: 0176-710 00',
        'www.norrtalje.se',
        'Kallelse',
        'Vård- och omsorgsnämnden 2024-04-17',
        'beslut kvartal 4, 2023',
        'VON 2024/20',
        '4 Kvalitetsberättelse 2023',
        'VON 2024/33',
        'Sida 2 av 3',
        '5 Delegationsbeslut',
        'VON 2024/2',
        '6 Anmälningsärenden',
        'VON 2024/3',
        'Sida 3 av 3',
      ]),
    );
    expect(agenda.meeting).toMatchObject({
      committee: 'Vård- och omsorgsnämnden', municipality: 'Norrtälje kommun', date: '2024-04-17', time: '09:00', place: 'Nämndrummet, Rådhuset',
    });
    expect(itemsOf(agenda)).toEqual(
      rows(
        [null, '1', null, 'Sammanträdets öppnande'],
        [null, '2', 'VON 2024/12', 'Ekonomisk uppföljning mars 2024'],
        [null, '3', 'VON 2024/20', 'Redovisning av ej verkställda beslut kvartal 4, 2023'],
        [null, '4', 'VON 2024/33', 'Kvalitetsberättelse 2023'],
        [null, '5', 'VON 2024/2', 'Delegationsbeslut'],
        [null, '6', 'VON 2024/3', 'Anmälningsärenden'],
      ),
    );
  });

  it('reads the diarienummer shapes "Dnr 1.6-0463/2011", "2023/BUN 0214", "Dnr: BN 2022/301", "BN.2022.77" and joins a date cut at its hyphen', () => {
    const agenda = parseKallelseText(
      extracted([
        'KALLELSE',
        'Bildningsnämnden',
        'Onsdagen den 23 november 2022 kl 14.00 i Kulturhuset, sal 3',
        'Dagordning',
        '1 Verksamhetsplan 2023',
        'Dnr 1.6-0463/2011',
        '2 Revidering av riktlinjer antagna 2022-',
        '11-23 för skolskjuts',
        '2023/BUN 0214',
        '3 Läsårstider 2023/2024',
        'Dnr: BN 2022/301',
        '4 Lokalförsörjningsplan 2023-2027',
        'BN.2022.77',
      ]),
    );
    expect(agenda.meeting).toMatchObject({ committee: 'Bildningsnämnden', date: '2022-11-23', time: '14:00', place: 'Kulturhuset, sal 3' });
    expect(itemsOf(agenda)).toEqual(
      rows(
        [null, '1', '1.6-0463/2011', 'Verksamhetsplan 2023'],
        [null, '2', '2023/BUN 0214', 'Revidering av riktlinjer antagna 2022-11-23 för skolskjuts'],
        [null, '3', 'BN 2022/301', 'Läsårstider 2023/2024'],
        [null, '4', 'BN.2022.77', 'Lokalförsörjningsplan 2023-2027'],
      ),
    );
  });

  it('reads "Måndag 13 maj 2024 kl 09.00", "Plats: Kommunhuset, sal Stora", justerare and justering, and headings outside the vocabulary', () => {
    const agenda = parseKallelseText(
      extracted([
        'Sala kommun',
        'Miljö- och byggnadsnämnden',
        'KALLELSE',
        'Måndag 13 maj 2024 kl 09.00',
        'Plats: Kommunhuset, sal Stora',
        'Justerare: Anna Ek (S), ersättare Bo Berg (M)',
        'Justering: onsdag 15 maj 2024 kl 10.00, Kommunhuset',
        'Gruppmöten: kl 08.00 i respektive grupprum',
        'Ärendelista',
        'ALLMÄNNA ÄRENDEN',
        '1 Val av justerare',
        '2 Tillsynsplan 2024 MBN 2024/17',
        'BYGGLOV',
        '1 Ansökan om bygglov för nybyggnad av',
        'enbostadshus, Sala Kila 3:14',
        'MBN 2024/201',
        '2 Ansökan om rivningslov, Sala Norrby 1:2',
        'MBN 2024/233',
      ]),
    );
    expect(agenda.meeting).toEqual({
      committee: 'Miljö- och byggnadsnämnden',
      municipality: 'Sala kommun',
      date: '2024-05-13',
      time: '09:00',
      place: 'Kommunhuset, sal Stora',
      public: null,
      gruppmoten: 'kl 08.00 i respektive grupprum',
      ordforande: null,
      sekreterare: null,
      justerare: [
        { name: 'Anna Ek', party: 'S', role: 'ordinarie' },
        { name: 'Bo Berg', party: 'M', role: 'ersättare' },
      ],
      justering: { date: '2024-05-15', time: '10:00', place: 'Kommunhuset' },
    });
    expect(itemsOf(agenda)).toEqual(
      rows(
        ['ALLMÄNNA ÄRENDEN', '1', null, 'Val av justerare'],
        ['ALLMÄNNA ÄRENDEN', '2', 'MBN 2024/17', 'Tillsynsplan 2024'],
        ['BYGGLOV', '1', 'MBN 2024/201', 'Ansökan om bygglov för nybyggnad av enbostadshus, Sala Kila 3:14'],
        ['BYGGLOV', '2', 'MBN 2024/233', 'Ansökan om rivningslov, Sala Norrby 1:2'],
      ),
    );
  });

  it('reads "§ 45"-style numbering and a committee in the genitive with its sub-body', () => {
    const agenda = parseKallelseText(
      extracted([
        'Kallelse till kommunstyrelsens arbetsutskott',
        'Tisdagen den 5 mars 2024 klockan 08.15',
        'Plats: Rådhuset, sammanträdesrum Ekorren',
        '§ 45 Ekonomisk månadsrapport januari',
        '§ 46 Detaljplan för kv. Eken',
        'Dnr KS 2023/412',
        '§ 47 Övriga frågor',
      ]),
    );
    expect(agenda.meeting).toMatchObject({ committee: 'Kommunstyrelsens arbetsutskott', date: '2024-03-05', time: '08:15', place: 'Rådhuset, sammanträdesrum Ekorren' });
    expect(itemsOf(agenda)).toEqual(
      rows(
        [null, '45', null, 'Ekonomisk månadsrapport januari'],
        [null, '46', 'KS 2023/412', 'Detaljplan för kv. Eken'],
        [null, '47', null, 'Övriga frågor'],
      ),
    );
  });

  it('splits presenters off information items in a Nyköping-like table with a wrapped presenter column', () => {
    const agenda = parseKallelseText(
      extracted([
        'KALLELSE TILL VÅRD- OCH OMSORGSNÄMNDENS SAMMANTRÄDE',
        'Onsdagen den 7 februari 2024 klockan 09:00',
        'i Stadshuset, Sal A',
        'Sekretessärenden',
        '1 Ansökan om förlängd vård',
        '- Handlingar dukas på gruppmötet (VON24/3:2)',
        'VON24/3',
        'Informationsärenden',
        '1 Nattfastan inom äldreomsorgen Verksamhetsc',
        'hef och MAS',
        '2 Rekrytering av sjuksköterskor Division',
        'Vård och',
        'omsorg',
        '3 Lägesrapport om hemtjänsten Enhetschef,',
        'Sakkunnig',
        '4 Rapport från Förvaltningschef',
        'Beslutsärenden',
        '1 Val av ordförande i',
        'pensionärsrådet',
        '- Tjänsteskrivelse',
        'VON24/9',
        'Marjo Gustafsson',
        'Ordförande',
        'Allan Abdi',
        'Nämndsekreterare',
        'PROTOKOLLSFÖRSLAG',
        '1 Att godkänna rapporten',
      ]),
    );
    expect(agenda.meeting).toMatchObject({ committee: 'Vård- och omsorgsnämnden', date: '2024-02-07', time: '09:00', place: 'Stadshuset, Sal A', ordforande: 'Marjo Gustafsson', sekreterare: 'Allan Abdi' });
    expect(itemsOf(agenda)).toEqual(
      rows(
        ['Sekretessärenden', '1', 'VON24/3', 'Ansökan om förlängd vård', ['Handlingar dukas på gruppmötet (VON24/3:2)'], null, true],
        ['Informationsärenden', '1', null, 'Nattfastan inom äldreomsorgen', [], 'Verksamhetschef och MAS'],
        ['Informationsärenden', '2', null, 'Rekrytering av sjuksköterskor', [], 'Division Vård och omsorg'],
        ['Informationsärenden', '3', null, 'Lägesrapport om hemtjänsten', [], 'Enhetschef, Sakkunnig'],
        ['Informationsärenden', '4', null, 'Rapport från Förvaltningschef'],
        ['Beslutsärenden', '1', 'VON24/9', 'Val av ordförande i pensionärsrådet', ['Tjänsteskrivelse']],
      ),
    );
  });

  it('reads a wrapped title whose diarienummer ends its second line, and a signature at the end', () => {
    const agenda = parseKallelseText(
      ['KALLELSE', 'Kommunstyrelsen', 'Datum: 2024-05-13', 'Tid: kl. 09.00', 'Plats: Kommunhuset, sal Stora', '', 'Nr Ärende Dnr', '1 Val av justerare',
        '2 Budget 2025 med plan för 2026-2027 KS 2024/112', '3 Svar på motion om fler', 'laddstolpar vid kommunhuset KS 2023/450',
        '4 Anmälan av delegationsbeslut KS 2024/3', '', 'Anna Andersson', 'Ordförande'].join('\n'),
    );
    expect(agenda.meeting).toMatchObject({ committee: 'Kommunstyrelsen', date: '2024-05-13', time: '09:00', place: 'Kommunhuset, sal Stora', ordforande: 'Anna Andersson' });
    expect(itemsOf(agenda)).toEqual(
      rows(
        [null, '1', null, 'Val av justerare'],
        [null, '2', 'KS 2024/112', 'Budget 2025 med plan för 2026-2027'],
        [null, '3', 'KS 2023/450', 'Svar på motion om fler laddstolpar vid kommunhuset'],
        [null, '4', 'KS 2024/3', 'Anmälan av delegationsbeslut'],
      ),
    );
  });

  it('reads a presenter after "föredragande:" in the title line, and "Dnr 2023/BUN 0214" lines under sub-items', () => {
    const agenda = parseKallelseText(
      ['Kallelse till barn- och utbildningsnämndens sammanträde', 'Måndag 13 maj 2024 kl 09.00', 'Plats: Kommunhuset, sal Stora', '', 'Beslutsärenden',
        '14 Skolskjuts i glesbygd', 'Dnr 2023/BUN 0214', 'Föredragande: Anna Ek', '15 a) Läsårstider 2025/2026', 'Dnr 2024/BUN 0031',
        '15 b) Läsårstider 2026/2027', 'Dnr 2024/BUN 0032', '16 Ekonomisk uppföljning april, föredragande: ekonomichef Bo Lind'].join('\n'),
    );
    expect(agenda.meeting).toMatchObject({ committee: 'Barn- och utbildningsnämnden', date: '2024-05-13', time: '09:00', place: 'Kommunhuset, sal Stora' });
    expect(itemsOf(agenda)).toEqual(
      rows(
        ['Beslutsärenden', '14', '2023/BUN 0214', 'Skolskjuts i glesbygd', [], 'Anna Ek'],
        ['Beslutsärenden', '15a', '2024/BUN 0031', 'Läsårstider 2025/2026'],
        ['Beslutsärenden', '15b', '2024/BUN 0032', 'Läsårstider 2026/2027'],
        ['Beslutsärenden', '16', null, 'Ekonomisk uppföljning april', [], 'ekonomichef Bo Lind'],
      ),
    );
  });

  it('reads across a footer and a two-column signature block in the middle, and an "Övriga frågor" section', () => {
    const agenda = parseKallelseText(
      ['KALLELSE TILL MILJÖNÄMNDENS SAMMANTRÄDE', 'Onsdagen den 4 september 2024 klockan 08:30', 'i Rådhuset, sammanträdesrum Ån', 'Sammanträdet är öppet för allmänheten', '',
        'Ärenden för beslut', '1 Tillsynsplan 2025', 'Dnr 1.6-0463/2011', '- Tjänsteskrivelse', '- Tillsynsplan', 'Sida 1 av 3', 'www.exempel.se', 'Karin Berg Per Holm',
        'Ordförande Sekreterare', '2 Yttrande över detaljplan för', 'kvarteret Mården', 'Dnr MN 2024.77', 'Sida 2 av 3', 'Övriga frågor', '3 Information om',
        'inventering av enskilda avlopp'].join('\n'),
    );
    expect(agenda.meeting).toMatchObject({ committee: 'Miljönämnden', date: '2024-09-04', time: '08:30', place: 'Rådhuset, sammanträdesrum Ån', public: true, ordforande: 'Karin Berg', sekreterare: 'Per Holm' });
    expect(itemsOf(agenda)).toEqual(
      rows(
        ['Ärenden för beslut', '1', '1.6-0463/2011', 'Tillsynsplan 2025', ['Tjänsteskrivelse', 'Tillsynsplan']],
        ['Ärenden för beslut', '2', 'MN 2024.77', 'Yttrande över detaljplan för kvarteret Mården'],
        ['Övriga frågor', '3', null, 'Information om inventering av enskilda avlopp'],
      ),
    );
  });

  it('does not start an ärende at a title line that begins with a number, nor take a closing heading into a title', () => {
    const agenda = parseKallelseText(
      ['Kallelse till socialnämndens sammanträde', 'Tisdagen den 5 mars 2024 kl. 13.00', 'Dagordning', 'Nr Diarienummer Ärende', '7 SN.2024.9 Insatser som inte verkställts inom',
        '3 månader enligt SoL', '8 SN.2024.12 Riksnorm 2025', 'Övriga frågor', 'Eva Lind', 'Ordförande'].join('\n'),
    );
    expect(itemsOf(agenda)).toEqual(rows([null, '7', 'SN.2024.9', 'Insatser som inte verkställts inom 3 månader enligt SoL'], [null, '8', 'SN.2024.12', 'Riksnorm 2025']));
    expect(agenda.meeting.ordforande).toBe('Eva Lind');
  });

  it('reads two ordinarie justerare and an ersättare, the justering, and a dnr after the number', () => {
    const agenda = parseKallelseText(
      ['Sammanträde i kultur- och fritidsnämnden', 'Tid och plats för sammanträde', 'Torsdagen den 6 juni 2024, kl. 18.00. Biblioteket, Storgatan 1', 'Förslag till justerare',
        'Ordinarie: Eva Nilsson (C), Omar Said (S) Ersättare: Lisa Berg (M)', 'Tid och plats för justering', 'Måndagen den 10 juni 2024, kl. 15.00. Kommunhuset', 'Dagordning',
        '1 KFN.2024.12 Föreningsbidrag 2025'].join('\n'),
    );
    expect(agenda.meeting).toMatchObject({
      committee: 'Kultur- och fritidsnämnden',
      place: 'Biblioteket, Storgatan 1',
      justerare: [
        { name: 'Eva Nilsson', party: 'C', role: 'ordinarie' },
        { name: 'Omar Said', party: 'S', role: 'ordinarie' },
        { name: 'Lisa Berg', party: 'M', role: 'ersättare' },
      ],
      justering: { date: '2024-06-10', time: '15:00', place: 'Kommunhuset' },
    });
    expect(itemsOf(agenda)).toEqual(rows([null, '1', 'KFN.2024.12', 'Föreningsbidrag 2025']));
  });

  it('reads the outline when it follows the agenda at once, without indentation (text from pdf.js)', () => {
    const agenda = parseKallelseText(
      ['Sammanträde i socialnämnden', 'Tisdagen den 3 oktober 2023, kl. 14.00.', 'Dagordning', '1 SN.2023.62 Delårsrapport 2023', '2 SN.2023.73',
        'Väcka talan i tingsrätten', 'Föredragningslistan', '1.1 Tjänsteskrivelse SN - Delårsrapport 2023', '1.2 Delårsrapport 2023'].join('\n'),
    );
    expect(agenda.items.map((i) => [i.number, i.title, i.handlingar])).toEqual([
      ['1', 'Delårsrapport 2023', [{ ref: '1.1', title: 'Tjänsteskrivelse SN - Delårsrapport 2023', url: null }, { ref: '1.2', title: 'Delårsrapport 2023', url: null }]],
      ['2', 'Väcka talan i tingsrätten', []],
    ]);
  });

  it('reads a föredragningslista that prints each proposed decision, without taking its numbered points for ärenden', () => {
    const agenda = parseKallelseText(
      ['Kallelse till kommunstyrelsen', 'Måndagen den 13 maj 2024 kl 09.00', 'Föredragningslista', '1. Budget 2025', 'Dnr KS 2024/112', 'Förslag till beslut',
        '1. Budgeten godkänns.', '2. Kommunstyrelsen föreslår fullmäktige att anta', 'budgeten.', '2. Taxor 2025', 'Dnr KS 2024/113', 'Förslag till beslut',
        '1. Taxorna antas.', '3. Övriga frågor'].join('\n'),
    );
    expect(itemsOf(agenda)).toEqual(rows([null, '1', 'KS 2024/112', 'Budget 2025'], [null, '2', 'KS 2024/113', 'Taxor 2025'], [null, '3', null, 'Övriga frågor']));
  });

  it('does not start an ärende at a page number, nor end the agenda at a role word that continues a title', () => {
    const agenda = parseKallelseText(
      ['Kallelse till socialnämnden', '2024-05-13 kl 09.00', 'Ärenden', '1 Uppföljning av', '2', 'arbetet med samordnade insatser', 'SN24/1', '2 Val av vice',
        'ordförande', 'SN24/2', '3 Riktlinjer för ekonomiskt bistånd', 'SN24/3'].join('\n'),
    );
    expect(itemsOf(agenda)).toEqual(
      rows([null, '1', 'SN24/1', 'Uppföljning av arbetet med samordnade insatser'], [null, '2', 'SN24/2', 'Val av vice ordförande'], [null, '3', 'SN24/3', 'Riktlinjer för ekonomiskt bistånd']),
    );
  });

  it('takes the committee from the line that summons it, not from a letterhead naming another body', () => {
    const agenda = parseKallelseText(['Kommunstyrelsens förvaltning', 'Kallelse till socialnämnden', '2024-05-13 kl 13.00', '1 Upprop'].join('\n'));
    expect(agenda.meeting.committee).toBe('Socialnämnden');
  });
});
