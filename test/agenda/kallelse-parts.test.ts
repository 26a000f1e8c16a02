import { findCommittee } from '../../src/agenda/committee';
import { dnrFirst, dnrLabelled, dnrLast, dnrLine } from '../../src/agenda/dnr';
import { followsInSequence, itemStart } from '../../src/agenda/items';
import { parseJusterare } from '../../src/agenda/justerare';
import { findMunicipality } from '../../src/agenda/municipality';
import { joinLines, normaliseLine } from '../../src/agenda/normalise';
import { readOutline } from '../../src/agenda/outline';
import { isPageFurniture } from '../../src/agenda/page-furniture';
import { presenterLabel, splitPresenter } from '../../src/agenda/presenters';
import { isDocumentStart, isVocabularyHeading, tableHeader } from '../../src/agenda/sections';
import { roleLine, splitNames } from '../../src/agenda/signatures';
import { findDate, findTime } from '../../src/agenda/swedish-dates';

describe('signature lines', () => {
  it.each([
    ['Ingrid Jerneborg Glimne Jenny Johansson', 2, ['Ingrid Jerneborg Glimne', 'Jenny Johansson']],
    ['Lena Karlsson Leksell Karin Pramlid', 2, ['Lena Karlsson Leksell', 'Karin Pramlid']],
    // A known given name in the middle moves the split: the second name has three words.
    ['Anna Ek Lena Karlsson Leksell', 2, ['Anna Ek', 'Lena Karlsson Leksell']],
    // Without a known given name the split is as equal as it can be, the first name taking the odd word.
    ['Xerxes Qwerty Zyx Ypsilon Wxy', 2, ['Xerxes Qwerty Zyx', 'Ypsilon Wxy']],
    ['Marjo Gustafsson Allan Abdi', 2, ['Marjo Gustafsson', 'Allan Abdi']],
    ['Anna Ek Bo Berg Per Lind', 3, ['Anna Ek', 'Bo Berg', 'Per Lind']],
    ['Marjo Gustafsson', 1, ['Marjo Gustafsson']],
  ])('splits %j into %i names', (line, count, names) => {
    expect(splitNames(line, count)).toEqual(names);
  });

  it('cannot split fewer words than roles', () => {
    expect(splitNames('Anna', 2)).toBeNull();
  });

  it.each([
    ['Ordförande Sekreterare', ['ordforande', 'sekreterare']],
    ['Ordförande', ['ordforande']],
    ['Nämndsekreterare', ['sekreterare']],
    ['Ordförande Vice ordförande Sekreterare', ['ordforande', 'other', 'sekreterare']],
  ])('reads the role line %j', (line, roles) => {
    expect(roleLine(line)).toEqual(roles);
  });

  it.each(['Ordförande: Anna Ek', 'Val av ordförande', 'Sekreterarens rapport'])('does not take %j for a role line', (line) => {
    expect(roleLine(line)).toBeNull();
  });
});

describe('diarienummer', () => {
  it.each([
    ['SN22/11', 'SN22/11'],
    ['SN.2023.38', 'SN.2023.38'],
    ['Dnr 1.6-0463/2011', '1.6-0463/2011'],
    ['Dnr: KS 2023/145', 'KS 2023/145'],
    ['2023/BUN 0214', '2023/BUN 0214'],
    ['KS 2022.123', 'KS 2022.123'],
    ['Diarienummer: 2023.65', '2023.65'],
    ['KS-2023-145', 'KS-2023-145'],
  ])('reads the line %j as %j', (line, dnr) => {
    expect(dnrLine(line)).toBe(dnr);
  });

  it.each(['Riksnorm 2023', '2023/145', 'Plan 2023/2024', 'kvartal 3, 2022', '12.30-13.30', 'SFS 2001:453', 'KF 2024-2026'])('does not take %j for a diarienummer line', (line) => {
    expect(dnrLine(line)).toBeNull();
  });

  it('reads a diarienummer before the title, after it, and labelled in it', () => {
    expect(dnrFirst('SN.2023.2 · Samordnare hemtjänsten')).toEqual({ dnr: 'SN.2023.2', rest: 'Samordnare hemtjänsten' });
    expect(dnrLast('Budget 2024 för kommunstyrelsen KS 2023/145')).toEqual({ dnr: 'KS 2023/145', rest: 'Budget 2024 för kommunstyrelsen' });
    expect(dnrLast('Mål och budget KF 2024-2026')).toBeNull();
    expect(dnrLabelled('Detaljplan för Eken (Dnr KS 2023/412)')).toEqual({ dnr: 'KS 2023/412', rest: 'Detaljplan för Eken' });
  });
});

describe('item starts and their order', () => {
  it.each([
    ['1 Val av justerare', 1, '', 'Val av justerare'],
    ['15 a) Motion om belysning', 15, 'a', 'Motion om belysning'],
    ['15a Motion', 15, 'a', 'Motion'],
    ['3. Budget', 3, '', 'Budget'],
    ['§ 45 Ekonomisk rapport', 45, '', 'Ekonomisk rapport'],
    ['2 SN.2023.38', 2, '', 'SN.2023.38'],
  ])('reads %j', (line, n, letter, rest) => {
    expect(itemStart(line)).toEqual({ number: { n, letter }, rest, bare: false });
  });

  it.each(['12.30-13.30', '15, Gnesta', '3 kap. 5 § socialtjänstlagen', '2022-11-23', '11-23 för skolskjuts', '611 83 Nyköping'])('does not start an item at %j', (line) => {
    expect(itemStart(line)).toBeNull();
  });

  it('allows the next number, a sub-item, a small gap, and 1 again only after a heading', () => {
    expect(followsInSequence({ n: 3, letter: '' }, { n: 4, letter: '' }, false)).toBe(true);
    expect(followsInSequence({ n: 15, letter: '' }, { n: 15, letter: 'a' }, false)).toBe(true);
    expect(followsInSequence({ n: 15, letter: 'a' }, { n: 15, letter: 'b' }, false)).toBe(true);
    expect(followsInSequence({ n: 15, letter: 'b' }, { n: 16, letter: '' }, false)).toBe(true);
    expect(followsInSequence({ n: 3, letter: '' }, { n: 5, letter: '' }, false)).toBe(true);
    expect(followsInSequence({ n: 14, letter: '' }, { n: 1, letter: '' }, false)).toBe(false);
    expect(followsInSequence({ n: 14, letter: '' }, { n: 1, letter: '' }, true)).toBe(true);
    expect(followsInSequence({ n: 3, letter: '' }, { n: 3, letter: '' }, false)).toBe(false);
  });
});

describe('presenters', () => {
  it('rejoins a presenter column wrapped mid-word', () => {
    expect(splitPresenter(['Kvinno- och tjejjouren MIRA:s verksamhet Verksamhetsc', 'hef och', 'Verksamhetsl', 'edare'])).toEqual({
      title: ['Kvinno- och tjejjouren MIRA:s verksamhet'],
      presenter: 'Verksamhetschef och Verksamhetsledare',
    });
  });

  it('reads a unit wrapped one word per line', () => {
    expect(splitPresenter(['Aktuella tillsyner och granskningar Division', 'Social', 'omsorg'])).toEqual({
      title: ['Aktuella tillsyner och granskningar'],
      presenter: 'Division Social omsorg',
    });
  });

  it.each([['Samordnare hemtjänsten'], ['Förvaltningschefen informerar'], ['Rapport från Förvaltningschef'], ['Information från förvaltningschefen']])('leaves %j whole', (title) => {
    expect(splitPresenter([title])).toEqual({ title: [title], presenter: null });
  });

  it('reads "Föredragande:" labels, and not a title that ends in the word', () => {
    expect(presenterLabel('Föredragande: Anna Ek, ekonomichef')).toEqual({ before: '', presenter: 'Anna Ek, ekonomichef' });
    expect(presenterLabel('Budget 2024, föredragande: Anna Ek')).toEqual({ before: 'Budget 2024', presenter: 'Anna Ek' });
    expect(presenterLabel('Information från föredragande')).toBeNull();
  });
});

describe('dates and times', () => {
  it.each([
    ['Torsdagen den 8 december 2022 klockan 13:30', '2022-12-08', '13:30'],
    ['Tisdagen den 3 oktober 2023, kl. 14.00.', '2023-10-03', '14:00'],
    ['Måndag 13 maj 2024 kl 09.00', '2024-05-13', '09:00'],
    ['2024-05-13, kl. 13.00-16.00', '2024-05-13', '13:00'],
    ['den 8 dec. 2022 kl 9', '2022-12-08', '09:00'],
    ['13/5 2024 kl 10.15', '2024-05-13', '10:15'],
  ])('reads %j', (text, date, time) => {
    const found = findDate(text);
    expect(found?.date).toBe(date);
    expect(findTime(text.slice(found?.end ?? 0), true)?.time).toBe(time);
  });

  it('dates "måndag 13 maj" with the year it is given, and refuses days that do not exist', () => {
    expect(findDate('måndag 13 maj', 2024)?.date).toBe('2024-05-13');
    expect(findDate('måndag 13 maj')).toBeNull();
    expect(findDate('30 februari 2023')).toBeNull();
  });
});

describe('committee and municipality', () => {
  it.each([
    [['KALLELSE TILL SOCIALNÄMNDENS', 'SAMMANTRÄDE'], 'Socialnämnden'],
    [['Sammanträde i socialnämnden'], 'Socialnämnden'],
    [['Kallelse till Barn- och utbildningsnämnden'], 'Barn- och utbildningsnämnden'],
    [['Kallelse till kommunstyrelsens arbetsutskott'], 'Kommunstyrelsens arbetsutskott'],
    [['Tekniska nämnden kallas till sammanträde'], 'Tekniska nämnden'],
    [['KOMMUNFULLMÄKTIGE'], 'Kommunfullmäktige'],
  ])('reads %j as %j', (lines, name) => {
    expect(findCommittee(lines)).toBe(name);
  });

  it('takes the municipality the pack\'s web address confirms, not the one named most often', () => {
    const pack = `${'Samarbete med Eskilstuna kommun.\n'.repeat(20)}NYKÖPINGS KOMMUN\n611 83 Nyköping www.nykoping.se\n`;
    expect(findMunicipality(pack, '')).toBe('Nyköpings kommun');
  });

  it('falls back on the kallelse head, then on the town the domain names, then on null', () => {
    expect(findMunicipality('Sala kommun\nKallelse', 'Sala kommun')).toBe('Sala kommun');
    expect(findMunicipality('Postadress 646 80 Gnesta\nwww.gnesta.se', '')).toBe('Gnesta kommun');
    expect(findMunicipality('Kallelse till socialnämnden', '')).toBeNull();
  });
});

describe('text artefacts', () => {
  it('normalises no-break spaces, dashes, tabs and invisible characters', () => {
    expect(normaliseLine('\t telefon: 0158 \u2013 275\u00A0000 \u00AD')).toBe('telefon: 0158 - 275 000');
  });

  it('joins title lines with single spaces, a date cut at its hyphen without one, and keeps suspended-compound hyphens', () => {
    expect(joinLines(['medarbetare gällande kunskap om hantering av avvikelse-', 'och Lex Sarah-hantering'])).toBe('medarbetare gällande kunskap om hantering av avvikelse- och Lex Sarah-hantering');
    expect(joinLines(['tjänsteskrivelse 2022-', '11-23'])).toBe('tjänsteskrivelse 2022-11-23');
    expect(joinLines(['Plan 2023-', '2025'])).toBe('Plan 2023-2025');
  });

  it.each(['Page 1 of 2', 'Sida 2 av 5', 'www.nykoping.sePage 1 of 2', 'www.gnesta.se', 'telefon: 0158 - 275 000, e-post: gnesta.kommun@gnesta.se, webbadress: www.gnesta.se', 'Postadress Besöksadress Org nr 21 20 00-29 40', '611 83 Nyköping www.nykoping.se', 'Justerare Justerare Utdragsbestyrkande', '2 (5)'])('drops the page furniture %j', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each(['Telefoni och växel: upphandling', '1 Budget 2024', 'Uppföljning av internkontrollplan'])('keeps the agenda line %j', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });
});

describe('headings and document starts', () => {
  it.each(['Sekretessärenden', 'Information från föredragande', 'Beslutsärenden kommunfullmäktige', 'Förvaltningschefen informerar', 'Redovisning av delegationsbeslut', 'Anmälningsärenden', 'Övriga frågor', 'Meddelanden'])('knows the section heading %j', (line) => {
    expect(isVocabularyHeading(line)).toBe(true);
  });

  it.each(['Godkännande av dagordningen', 'Val av justerare och tid för justering', 'Sammanträdets öppnande samt upprop', 'personer med samsjuklighet', 'SN22/11'])('does not take %j for a section heading', (line) => {
    expect(isVocabularyHeading(line)).toBe(false);
  });

  it('reads where the table puts the diarienummer', () => {
    expect(tableHeader('Nr Diarienummer Ärende')).toEqual({ dnrColumn: 'first' });
    expect(tableHeader('Nr Ärende Dnr')).toEqual({ dnrColumn: 'last' });
    expect(tableHeader('§ Ärende')).toEqual({ dnrColumn: null });
    expect(tableHeader('Nr Från Handlingsrubrik Dnr')).toBeUndefined();
  });

  it.each(['PROTOKOLLSFÖRSLAG', 'Socialförvaltningen Tjänsteskrivelse', 'Tjänsteskrivelse 2022-11-23', 'Socialförvaltningen Ärendeblad', 'Upprättad: 2023-09-26', 'SN § Uppföljning av arbetet'])('knows %j opens the next document', (line) => {
    expect(isDocumentStart(line)).toBe(true);
  });

  it.each(['- Tjänsteskrivelse', 'enligt bilaga till tjänsteskrivelse', 'Protokoll sociala utskottet 2023-08-16'])('does not end the kallelse at %j', (line) => {
    expect(isDocumentStart(line)).toBe(false);
  });
});

describe('justerare', () => {
  it.each([
    ['Ordinarie: Lena Staaf (V) Ersättare: Anne-Lise Ljung (SD)', [{ name: 'Lena Staaf', party: 'V', role: 'ordinarie' }, { name: 'Anne-Lise Ljung', party: 'SD', role: 'ersättare' }]],
    ['Anna Ek (S) med Bo Berg (M) som ersättare', [{ name: 'Anna Ek', party: 'S', role: 'ordinarie' }, { name: 'Bo Berg', party: 'M', role: 'ersättare' }]],
    ['Anna Ek (S) och Bo Berg (M)', [{ name: 'Anna Ek', party: 'S', role: 'ordinarie' }, { name: 'Bo Berg', party: 'M', role: 'ordinarie' }]],
  ])('reads %j', (text, justerare) => {
    expect(parseJusterare(text)).toEqual(justerare);
  });
});

describe('the PDF outline', () => {
  it('reads the documents of the trailing "Föredragningslistan" by item number', () => {
    const raw = ['Sista raden i packen', '', '\tFöredragningslistan', '\t    2.1 Rapport kvartal 2', '\t    15a.1 Motion.pdf', '\t    10.1 Anmälningsärenden SN 2023-10-03', ''];
    expect(readOutline(raw, 0)).toEqual([
      { item: '2', handling: { ref: '2.1', title: 'Rapport kvartal 2', url: null }, line: 4 },
      { item: '15a', handling: { ref: '15a.1', title: 'Motion.pdf', url: null }, line: 5 },
      { item: '10', handling: { ref: '10.1', title: 'Anmälningsärenden SN 2023-10-03', url: null }, line: 6 },
    ]);
  });

  it('finds no outline when the text ends with ordinary lines', () => {
    expect(readOutline(['\tFöredragningslistan', '\t    2.1 Rapport', '1 Budget'], 0)).toEqual([]);
  });
});
