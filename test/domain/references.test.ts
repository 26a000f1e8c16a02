import { Agenda, arendeKey, checkRequestDeadline, findArenden, meetingDateOf, meetingIdOf, publicView, type AgendaInput } from '../../src/domain';

const input: AgendaInput = {
  meeting: { committee: 'Socialnämnden', municipality: 'Nyköpings kommun', date: '2022-12-08' },
  items: [
    { section: 'Sekretessärenden', number: '1', dnr: 'SN22/11', title: 'Särskilt förordnad vårdnadshavare', handlingar: ['Handlingar dukas på gruppmötet (SN22/11:30)'], sekretess: true },
    { section: 'Informationsärenden', number: '1', title: 'Kvinno- och tjejjouren MIRA:s verksamhet', presenter: 'Verksamhetschef' },
    { section: 'Beslutsärenden', number: '1', dnr: 'SN21/45', title: 'Uppföljning av arbetet med samordning', handlingar: ['Tjänsteskrivelse', 'Rapport'] },
    { section: 'Beslutsärenden', number: '2', dnr: 'SN21/45', title: 'Slutrapport för närvaroprojektet', handlingar: ['Tjänsteskrivelse'] },
    { section: 'Beslutsärenden', number: '15 a)', dnr: 'SN22/31', title: 'Yttrande över revisionsrapport' },
    { section: 'Beslutsärenden', number: '13', dnr: 'SN22/4', title: 'Delegationsärenden' },
    { section: 'Beslutsärenden kommunfullmäktige', number: '16', dnr: 'SN.2023.38', title: 'Rapportering av ej verkställda beslut' },
  ],
};
const agenda = Agenda.parse(input);

describe('finding the ärende a person means', () => {
  it.each([
    ['a number not on the agenda', '99', []],
    ['a number that exists in three sections', '1', ['Sekretessärenden§1', 'Informationsärenden§1', 'Beslutsärenden§1']],
    ['a sub-item written with a space', '15 a', ['Beslutsärenden§15a']],
    ['a diarienummer shared by two ärenden', 'SN21/45', ['Beslutsärenden§1', 'Beslutsärenden§2']],
    ['a diarienummer in lower case', 'sn22/31', ['Beslutsärenden§15a']],
    ['a Gnesta-style diarienummer', 'SN.2023.38', ['Beslutsärenden kommunfullmäktige§16']],
  ])('%s', (_what, ref, keys) => {
    expect(findArenden(agenda.items, ref).map(arendeKey)).toEqual(keys);
  });
});

describe('the ärende schema', () => {
  it('derives kind and deciding body from section and title', () => {
    expect(agenda.items.map((a) => [a.number, a.kind, a.decidedBy])).toEqual([
      ['1', 'sekretess', 'namnden'],
      ['1', 'information', 'namnden'],
      ['1', 'beslut', 'namnden'],
      ['2', 'beslut', 'namnden'],
      ['15a', 'beslut', 'namnden'],
      ['13', 'delegation', 'namnden'],
      ['16', 'beslut', 'kommunfullmaktige'],
    ]);
  });

  it('rejects the same number twice in one section, naming it', () => {
    const r = Agenda.safeParse({ ...input, items: [input.items[2], input.items[2]] });
    expect(r.success).toBe(false);
    expect(!r.success && r.error.issues[0]?.message).toBe('ärende 1 under Beslutsärenden finns två gånger');
  });

  it('rejects a date that does not exist', () => {
    expect(Agenda.safeParse({ ...input, meeting: { ...input.meeting, date: '2023-02-30' } }).success).toBe(false);
  });

  it('gives a meeting the same id every time it is imported', () => {
    expect(meetingIdOf(agenda.meeting)).toBe('nykopings-kommun-socialnamnden-2022-12-08');
  });

  it('reads the date back from a meeting id, with or without a municipality', () => {
    expect(meetingDateOf(meetingIdOf(agenda.meeting))).toBe('2022-12-08');
    expect(meetingDateOf(meetingIdOf({ committee: 'Barn- och ungdomsnämnden 2', municipality: null, date: '2023-06-08' }))).toBe('2023-06-08');
  });
});

describe('sekretess', () => {
  it('shows of a sekretessärende only what the public kallelse shows', () => {
    const shown = publicView(agenda.items[0]!);
    expect(shown.handlingar).toEqual([]);
    expect(JSON.stringify(shown)).not.toContain('SN22/11:30');
    expect([shown.number, shown.title, shown.dnr]).toEqual(['1', 'Särskilt förordnad vårdnadshavare', 'SN22/11']);
  });
});

describe('the request deadline', () => {
  it.each([
    ['two days before', '2022-12-04', true],
    ['on the deadline day', '2022-12-06', true],
    ['the day after', '2022-12-07', false],
  ])('a request %s is %s', (_w, today, inTime) => {
    expect(checkRequestDeadline(today, '2022-12-06').ok).toBe(inTime);
  });
});
