import fs from 'node:fs';
import path from 'node:path';
import { checkCard, renderArendeCard, renderChoiceCard, renderHandlingarAnswerCard, renderJusteringCard, renderNoticeCard, renderOverviewCard, renderRequestsCard, type AdaptiveCard } from '../../src/cards';
import type { ArendeCardView } from '../../src/cards/views';
import { officialParseEvents } from '../helpers/official-parser';

const fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../shared/fixtures/nykoping-socialnamnden-2022-12-08.agenda.json'), 'utf8')) as {
  arenden: Array<{ section: string; number: string; diarienummer: string | null; title: string; handlingar: string[]; foredragande: string | null; sekretess: boolean }>;
};
const b5 = fixture.arenden.find((a) => a.section === 'Beslutsärenden' && a.number === '5')!;
const s1 = fixture.arenden.find((a) => a.section === 'Sekretessärenden' && a.number === '1')!;
const ref = { meetingId: 'nykopings-kommun-socialnamnden-2022-12-08', arendeKey: 'Beslutsärenden§5', version: 3 };

const arendeView = (over: Partial<ArendeCardView> = {}): ArendeCardView => ({
  ref,
  meetingTitle: 'Socialnämnden 8 december 2022',
  number: b5.number,
  title: b5.title,
  dnr: b5.diarienummer,
  section: b5.section,
  presenter: null,
  decidedBy: 'Nämnden',
  sekretess: false,
  handlingar: b5.handlingar.map((title, i) => ({ title, url: i === 2 ? 'https://dokument.nykoping.se/sn22-31/revisionsrapport.pdf' : null })),
  approvals: [{ text: 'Väntar på godkännande (Caroline Svensson)', tone: 'default' }],
  requestDeadlineText: null,
  omedelbarJustering: true,
  buttons: { approve: true, requestChanges: true, requestHandlingar: true },
  refresh: { userIds: ['aad-caroline', 'aad-lena'] },
  ...over,
});

const text = (card: AdaptiveCard): string => JSON.stringify(card);
const verbs = (card: AdaptiveCard): string[] => {
  const out: string[] = [];
  JSON.stringify(card, (k, v: unknown) => {
    if (k === 'verb' && typeof v === 'string') out.push(v);
    return v;
  });
  return out;
};

const cards: Array<[string, AdaptiveCard]> = [
  ['ärende, pending', renderArendeCard(arendeView())],
  ['ärende, approved', renderArendeCard(arendeView({ approvals: [{ text: 'Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)', tone: 'good' }], buttons: { approve: false, requestChanges: false, requestHandlingar: true } }))],
  ['ärende, changes requested', renderArendeCard(arendeView({ approvals: [{ text: 'Ändring begärd: Förtydliga bilagan (Caroline Svensson)', tone: 'attention' }] }))],
  ['sekretess', renderArendeCard(arendeView({ number: s1.number, title: s1.title, dnr: s1.diarienummer, section: s1.section, sekretess: true, handlingar: s1.handlingar.map((t) => ({ title: t, url: 'https://dokument.nykoping.se/hemlig.pdf' })) }))],
  ['overview', renderOverviewCard({ meetingId: ref.meetingId, meetingTitle: 'Socialnämnden 8 december 2022', when: 'torsdag 8 december 2022 kl. 13:30, Stadshuset Sal B', approvalSummary: '11 av 12 tjänsteskrivelser godkända', missing: [{ number: '4', title: 'Sammanställning av genomförd internkontroll', status: 'Väntar på godkännande' }], items: fixture.arenden.map((a) => ({ number: a.number, title: a.title, section: a.section, status: a.sekretess ? 'Sekretess' : 'Godkänd' })), requestDeadlineText: 'Begär delegationsbeslut och anmälningsärenden senast tisdag 6 december' })],
  ['handlingar answer', renderHandlingarAnswerCard({ number: '5', title: b5.title, dnr: b5.diarienummer, sekretess: false, handlingar: [{ title: 'Tjänsteskrivelse', url: null }, { title: 'Revisionsrapport', url: 'https://dokument.nykoping.se/rr.pdf' }], note: null })],
  ['handlingar answer, sekretess', renderHandlingarAnswerCard({ number: '1', title: s1.title, dnr: s1.diarienummer, sekretess: true, handlingar: [{ title: s1.handlingar[0]!, url: null }], note: null })],
  ['choice', renderChoiceCard({ query: '1', options: [{ meetingId: ref.meetingId, arendeKey: 'Sekretessärenden§1', label: 'Sekretessärenden 1: Särskilt förordnad vårdnadshavare' }, { meetingId: ref.meetingId, arendeKey: 'Beslutsärenden§1', label: 'Beslutsärenden 1: Uppföljning' }] })],
  ['delegation reminder', renderNoticeCard({ title: 'Delegationsbeslut och anmälningsärenden', lines: ['Vill du ta del av delegationsbeslut eller anmälningsärenden inför sammanträdet torsdag 8 december? Meddela sekreteraren senast tisdag 6 december.'], actions: [{ title: 'Begär delegationsbeslut (13)', verb: 'handlingar.request', meetingId: ref.meetingId, arendeKey: 'Beslutsärenden§13', version: 1 }] })],
  ['justering, sekreterare', renderJusteringCard({ meetingId: 'gnesta-2023-10-03', meetingTitle: 'Socialnämnden 3 oktober 2023', whenText: 'torsdag 5 oktober 2023 kl. 16:00', place: 'Kommunledningskontoret', justerare: ['Lena Staaf (V), ordinarie: tillfrågad'], warning: null, legal: ['Justering senast tisdag 17 oktober 2023.'], omedelbart: ['5 Yttrande över revisionsrapport'], justerat: null, form: { justerare: 'Lena Staaf (V)', ersattare: 'Anne-Lise Ljung (SD)', date: '2023-10-05', time: '16:00', place: 'Kommunledningskontoret' }, justeratForm: true, anslagDefault: '2023-10-05', answer: false, icsUrl: 'https://namndbot.example/api/meetings/x/justering.ics?t=abc' })],
  ['justering, justerare', renderJusteringCard({ meetingId: 'gnesta-2023-10-03', meetingTitle: 'Socialnämnden 3 oktober 2023', whenText: 'torsdag 5 oktober 2023 kl. 16:00', place: null, justerare: [], warning: 'Datumet är senare än lagen tillåter.', legal: [], omedelbart: [], justerat: null, form: null, justeratForm: false, anslagDefault: '2023-10-05', answer: true, icsUrl: null })],
  ['requests', renderRequestsCard({ meetingTitle: 'Socialnämnden 8 december 2022', deadlineText: 'Sista dag att begära: tisdag 6 december', requests: [{ who: 'Lena Staaf', what: '13 Delegationsärenden', when: '2022-12-01 09:12' }] })],
];

describe.each(cards)('the %s card', (_name, card) => {
  it('passes the checks: schema 1.5, labelled inputs, no binding left, under 80 KB', () => {
    expect(checkCard(card)).toEqual([]);
  });
  it('parses without a warning in the official Adaptive Cards parser', () => {
    expect(officialParseEvents(card)).toEqual([]);
  });
});

describe('what people see on the cards', () => {
  it('shows a pending ärende with its facts, handlingar with links and the three buttons', () => {
    const card = renderArendeCard(arendeView());
    expect(text(card)).toContain('Ärende 5: Yttrande över revisionsrapport');
    expect(text(card)).toContain('"title":"Diarienummer","value":"SN22/31"');
    expect(text(card)).toContain('[Revisionsrapport](https://dokument.nykoping.se/sn22-31/revisionsrapport.pdf)');
    expect(text(card)).toContain('Väntar på godkännande');
    expect(text(card)).toContain('Paragrafen justeras omedelbart');
    expect(verbs(card)).toEqual(['card.refresh', 'approval.approve', 'approval.request_changes', 'handlingar.request']);
    expect(card.refresh).toMatchObject({ userIds: ['aad-caroline', 'aad-lena'], action: { data: ref } });
  });

  it('shows the approval stamp and no approval buttons once approved', () => {
    const card = cards[1]![1];
    expect(text(card)).toContain('Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)');
    expect(verbs(card)).not.toContain('approval.approve');
  });

  it('shows of a sekretessärende only number, title, diarienummer and "Handlingar dukas på gruppmötet"', () => {
    const card = cards[3]![1];
    expect(text(card)).toContain('Ärende 1: Särskilt förordnad vårdnadshavare');
    expect(text(card)).toContain('SN22/11');
    expect(text(card)).toContain('Handlingar dukas på gruppmötet');
    for (const hidden of ['SN22/11:30', 'hemlig.pdf', 'Sekretessärenden', 'Beslutas av', 'Väntar på']) expect(text(card)).not.toContain(hidden);
    expect(card.actions).toBeUndefined();
  });

  it('answers handlingar for a sekretessärende without its document', () => {
    const card = cards[6]![1];
    expect(text(card)).toContain('Handlingar dukas på gruppmötet');
    expect(text(card)).not.toContain('SN22/11:30');
  });

  it('lets the comment of "Begär ändring" be typed in a labelled input', () => {
    expect(text(cards[0]![1])).toContain('"label":"Vad behöver ändras?"');
  });

  it('carries the status in text as well as colour', () => {
    expect(text(cards[2]![1])).toMatch(/"text":"Ändring begärd: [^"]+","color":"Attention"/);
  });

  it('catches a card a check should refuse', () => {
    expect(checkCard({ type: 'AdaptiveCard', version: '1.6', body: [{ type: 'Input.Text', id: 'x' }, { type: 'Image', url: 'x' }, { type: 'TextBlock', text: '${name}' }] })).toEqual([
      'en mallbindning ${…} är kvar',
      'version 1.6 (högst 1.5)',
      '.body[0]: Input.Text saknar label',
      '.body[1]: Image saknar altText',
    ]);
  });
});
