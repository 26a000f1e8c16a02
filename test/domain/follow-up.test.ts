import { createFollowUp, findFollowUps, followUpId, offerFollowUp, orderedReport } from '../../src/domain';

const DECIDED = '2022-12-08';

describe('a report ordered to a later sammanträde', () => {
  it.each([
    [
      'Nyköping ärende 1: a day with its year',
      '2) att Division Social omsorg rapporterar utvecklingen av arbetet med samordning av insatser för personer med samsjuklighet till nämndens sammanträde 8 juni 2023.',
      { who: 'Division Social omsorg', meetingDate: '2023-06-08' },
    ],
    [
      'Nyköping ärende 3: a day without a year is the next one after the decision',
      '2) att uppdra till sakkunnig för Socialnämnden att under 2023 genomföra en ny enkätundersökning som ska återrapporteras till nämndens sammanträde den 26 oktober.',
      { who: 'sakkunnig för Socialnämnden', meetingDate: '2023-10-26' },
    ],
    ['återkommer, with an ISO date', '3) att förvaltningen återkommer till socialnämnden 2023-03-16 med en handlingsplan.', { who: 'förvaltningen', meetingDate: '2023-03-16' }],
    ['a report in passive voice, nobody named', '1. Uppföljningen redovisas för nämnden vid sammanträdet den 14 februari 2023.', { who: null, meetingDate: '2023-02-14' }],
    ['an uppdrag to report', '2) att ge förvaltningen i uppdrag att redovisa resultatet till nämndens sammanträde den 9 mars 2023.', { who: 'förvaltningen', meetingDate: '2023-03-09' }],
    ['an abbreviated month', '2) att Division Social omsorg återrapporterar till nämndens sammanträde 8 dec. 2023.', { who: 'Division Social omsorg', meetingDate: '2023-12-08' }],
    ['a day earlier in the year than the decision is next year', '2) att sakkunnig återrapporterar till nämndens sammanträde den 26 januari.', { who: 'sakkunnig', meetingDate: '2023-01-26' }],
  ])('is found in %s', (_name, point, expected) => {
    expect(orderedReport(point, DECIDED)).toEqual(expected);
  });

  it.each([
    ['an ordinary decision', '1) att godkänna rapporten gällande uppdrag att samordna insatser för personer med samsjuklighet enligt bilaga till tjänsteskrivelse 2022-11-23, samt'],
    ['a report already given (past tense)', '1) att godkänna rapporten som redovisades vid nämndens sammanträde den 15 september.'],
    ['a date before the decision', '2) att Division Social omsorg rapporterar till nämndens sammanträde 15 september 2022.'],
    ['the day of the decision itself', '2) att Division Social omsorg rapporterar till nämndens sammanträde 8 december 2022.'],
    ['a month without a day (not a date to remind before)', '2) att Division Social omsorg rapporterar utvecklingen till nämndens sammanträde i juni 2023.'],
    ['no sammanträde at all', '2) att Division Social omsorg rapporterar utvecklingen under vårterminen 2023.'],
    ['a day that does not exist', '2) att sakkunnig återrapporterar till nämndens sammanträde den 30 februari 2023.'],
    ['a date that is not about a report', '2) att överlämna redovisningen till Länsstyrelsen i Södermanlands län, samt'],
  ])('is not found in %s', (_name, point) => {
    expect(orderedReport(point, DECIDED)).toBeNull();
  });
});

describe('follow-ups of an agenda', () => {
  const items = [
    { section: 'Beslutsärenden', number: '1', title: 'Uppföljning av samordning', dnr: 'SN21/45', forslag: ['1) att godkänna rapporten, samt', '2) att Division Social omsorg rapporterar utvecklingen till nämndens sammanträde 8 juni 2023.'] },
    { section: 'Beslutsärenden', number: '2', title: 'Slutrapport', dnr: 'SN21/45', forslag: ['1) att godkänna projektrapporten.'] },
    { section: 'Sekretessärenden', number: '1', title: 'Särskilt förordnad vårdnadshavare', dnr: 'SN22/11', forslag: [] },
  ];

  it('are found per point with the ärende, its diarienummer and the point', () => {
    expect(findFollowUps(items, DECIDED)).toEqual([
      {
        arendeKey: 'Beslutsärenden§1', number: '1', title: 'Uppföljning av samordning', dnr: 'SN21/45', point: 1, who: 'Division Social omsorg',
        what: '2) att Division Social omsorg rapporterar utvecklingen till nämndens sammanträde 8 juni 2023.', meetingDate: '2023-06-08',
      },
    ]);
  });

  it('are created once, only when offered, and not once the sammanträde has come', () => {
    const [f] = findFollowUps(items, DECIDED);
    if (!f) throw new Error('no follow-up');
    const offered = offerFollowUp('m1', f, '2022-11-25T08:00:00Z');
    expect(offered.id).toBe(followUpId('m1', f));
    expect(offered.id).toBe('SN21/45:2023-06-08:m1:Beslutsärenden§1:1');
    const by = { id: 'aad-allan', name: 'Allan Abdi' };
    expect(createFollowUp(undefined, by, '2022-11-25', '2023-05-24', 'now')).toEqual({ ok: false, code: 'FOLLOWUP.NOT_OFFERED' });
    const created = createFollowUp(offered, by, '2022-11-25', '2023-05-24', '2022-11-25T09:00:00Z');
    expect(created.ok && created.value).toMatchObject({ status: 'created', created: { by, reminderDay: '2023-05-24' } });
    expect(created.ok && createFollowUp(created.value, by, '2022-11-25', '2023-05-24', 'later')).toEqual({ ok: false, code: 'FOLLOWUP.ALREADY_CREATED' });
    expect(createFollowUp(offered, by, '2023-06-08', null, 'late')).toEqual({ ok: false, code: 'FOLLOWUP.MEETING_PASSED' });
  });
});
