import fs from 'node:fs';
import path from 'node:path';
import type { ArendeCardView, ChoiceCardView, HandlingarAnswerView, OverviewCardView, RequestsCardView } from '../../src/cards';

/** One ärende of the Nyköping seed fixture, as the fixture spells it. */
export interface FixtureArende {
  section: string;
  number: string;
  diarienummer: string | null;
  title: string;
  handlingar: string[];
  foredragande: string | null;
  sekretess: boolean;
  handling_ids?: string[];
}

const fixture = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/fixtures/nykoping-socialnamnden-2022-12-08.agenda.json'), 'utf8'),
) as { meeting: { committee: string; date: string; time: string; place: string }; arenden: FixtureArende[] };

/** Socialnämnden in Nyköping, 8 December 2022: the seed agenda. */
export const agenda = fixture;
export const MEETING_ID = 'nykopings-kommun-socialnamnden-2022-12-08';
export const MEETING_TITLE = 'Socialnämnden 8 december 2022';

/** The fixture's ärende in a section, by number. */
export function arende(section: string, number: string): FixtureArende {
  const a = fixture.arenden.find((x) => x.section === section && x.number === number);
  if (!a) throw new Error(`no ${section} ${number} in the fixture`);
  return a;
}

const keyOf = (a: FixtureArende): string => `${a.section}§${a.number}`;
const docUrl = (a: FixtureArende, title: string): string =>
  `https://dokument.nykoping.se/socialnamnden/2022-12-08/${(a.diarienummer ?? 'x').replace('/', '-')}/${encodeURIComponent(title.toLowerCase())}.pdf`;

/** Beslutsärende 5 (SN22/31, Yttrande över revisionsrapport), waiting for Caroline Svensson's approval. */
export function pendingArende(over: Partial<ArendeCardView> = {}): ArendeCardView {
  const a = arende('Beslutsärenden', '5');
  return {
    ref: { meetingId: MEETING_ID, arendeKey: keyOf(a), version: 3 },
    meetingTitle: MEETING_TITLE,
    number: a.number,
    title: a.title,
    dnr: a.diarienummer,
    section: a.section,
    presenter: 'Caroline Svensson',
    decidedBy: 'Nämnden',
    sekretess: false,
    // The Tjänsteskrivelse has no link yet; the other two are in the document archive.
    handlingar: a.handlingar.map((title, i) => ({ title, url: i === 0 ? null : docUrl(a, title) })),
    approvals: [{ text: 'Väntar på godkännande (Caroline Svensson)', tone: 'default' }],
    requestDeadlineText: null,
    omedelbarJustering: true,
    buttons: { approve: true, requestChanges: true, requestHandlingar: true },
    refresh: { userIds: ['29:1caroline-aad', '29:1lena-aad'] },
    ...over,
  };
}

/** The same ärende once approved: the stamp, and only "Begär handlingar" left. */
export function approvedArende(): ArendeCardView {
  return pendingArende({
    approvals: [{ text: 'Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)', tone: 'good' }],
    buttons: { approve: false, requestChanges: false, requestHandlingar: true },
  });
}

/** Beslutsärende 4 with changes requested; the approver may still approve once fixed. */
export function changesRequestedArende(): ArendeCardView {
  const a = arende('Beslutsärenden', '4');
  return pendingArende({
    ref: { meetingId: MEETING_ID, arendeKey: keyOf(a), version: 7 },
    number: a.number,
    title: a.title,
    dnr: a.diarienummer,
    handlingar: a.handlingar.map((title) => ({ title, url: null })),
    approvals: [{ text: 'Ändring begärd: Bilaga 2 saknar resultatet för division Social omsorg (Caroline Svensson)', tone: 'attention' }],
    omedelbarJustering: false,
  });
}

/** Beslutsärende 13 (Delegationsärenden): no tjänsteskrivelse, documents on request until the deadline. */
export function delegationArende(): ArendeCardView {
  const a = arende('Beslutsärenden', '13');
  return pendingArende({
    ref: { meetingId: MEETING_ID, arendeKey: keyOf(a), version: 1 },
    number: a.number,
    title: a.title,
    dnr: a.diarienummer,
    presenter: null,
    handlingar: a.handlingar.map((title) => ({ title, url: null })),
    approvals: [],
    requestDeadlineText: 'Begär senast tisdag 6 december',
    omedelbarJustering: false,
    buttons: { approve: false, requestChanges: false, requestHandlingar: true },
    refresh: null,
  });
}

/**
 * Sekretessärende 1 (SN22/11) as a careless caller might pass it: everything filled in. The renderer
 * must still show only number, title, diarienummer and "Handlingar dukas på gruppmötet".
 */
export function sekretessArende(): ArendeCardView {
  const a = arende('Sekretessärenden', '1');
  return {
    ref: { meetingId: MEETING_ID, arendeKey: keyOf(a), version: 2 },
    meetingTitle: MEETING_TITLE,
    number: a.number,
    title: a.title,
    dnr: a.diarienummer,
    section: a.section,
    presenter: 'Handläggare Barn och unga',
    decidedBy: 'Nämnden',
    sekretess: true,
    handlingar: [
      ...a.handlingar.map((title) => ({ title, url: 'https://dokument.nykoping.se/sekretess/SN22-11-30.pdf' })),
      { title: 'Utredning enligt 11 kap. 1 § SoL', url: 'https://dokument.nykoping.se/sekretess/utredning.pdf' },
    ],
    approvals: [{ text: 'Väntar på godkännande (Caroline Svensson)', tone: 'default' }],
    requestDeadlineText: 'Begär senast tisdag 6 december',
    omedelbarJustering: true,
    buttons: { approve: true, requestChanges: true, requestHandlingar: true },
    refresh: { userIds: ['29:1caroline-aad'] },
  };
}

const statusOf = (a: FixtureArende): string => {
  if (a.sekretess) return 'Sekretess';
  if (a.section === 'Informationsärenden') return 'Information';
  if (a.number === '4') return 'Ändring begärd';
  if (a.number === '5') return 'Väntar på godkännande';
  if (a.number === '13' || a.number === '14') return 'Anmäls';
  return 'Godkänd';
};

/** The overview with two tjänsteskrivelser still open. */
export function overview(): OverviewCardView {
  return {
    meetingId: MEETING_ID,
    meetingTitle: MEETING_TITLE,
    when: 'Torsdag 8 december 2022 kl. 13:30, Stadshuset Sal B',
    approvalSummary: '10 av 12 tjänsteskrivelser godkända',
    missing: fixture.arenden
      .filter((a) => a.section === 'Beslutsärenden' && (a.number === '4' || a.number === '5'))
      .map((a) => ({ number: a.number, title: a.title, status: statusOf(a) })),
    items: fixture.arenden.map((a) => ({ number: a.number, title: a.title, section: a.section, status: statusOf(a) })),
    requestDeadlineText: 'Begär delegationsbeslut och anmälningsärenden senast tisdag 6 december',
  };
}

/** "handlingar 5": Beslutsärende 5's three documents, two with links. */
export function handlingarAnswer(): HandlingarAnswerView {
  const p = pendingArende();
  return { number: p.number, title: p.title, dnr: p.dnr, sekretess: false, handlingar: p.handlingar, note: null };
}

/** "handlingar 1" for Sekretessärende 1, again with everything filled in by a careless caller. */
export function sekretessHandlingarAnswer(): HandlingarAnswerView {
  const s = sekretessArende();
  return { number: s.number, title: s.title, dnr: s.dnr, sekretess: true, handlingar: s.handlingar, note: 'Kallelsen listar inga handlingar.' };
}

/** "handlingar 1" matches an ärende in each of three sections. */
export function choice(): ChoiceCardView {
  return {
    query: 'handlingar 1',
    options: ['Sekretessärenden', 'Informationsärenden', 'Beslutsärenden'].map((section) => {
      const a = arende(section, '1');
      return { meetingId: MEETING_ID, arendeKey: keyOf(a), label: `${section} ${a.number}: ${a.title}`.slice(0, 120) };
    }),
  };
}

/** Two ledamöter have asked for the delegation list, one for the anmälningsärenden. */
export function requests(): RequestsCardView {
  return {
    meetingTitle: MEETING_TITLE,
    deadlineText: 'Sista dag att begära: tisdag 6 december',
    requests: [
      { who: 'Lena Staaf', what: '13 Delegationsärenden', when: '2022-12-01 09:12' },
      { who: 'Per Ohlsson', what: '13 Delegationsärenden', when: '2022-12-02 14:40' },
      { who: 'Per Ohlsson', what: '14 Anmälningsärenden', when: '2022-12-02 14:41' },
    ],
  };
}
