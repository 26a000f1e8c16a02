import {
  renderArendeCard,
  renderChoiceCard,
  renderFollowUpsCard,
  renderHandlingarAnswerCard,
  renderJusteringCard,
  renderMessageCard,
  renderNoticeCard,
  renderOverviewCard,
  renderRequestsCard,
  type AdaptiveCard,
} from '../../src/cards';
import * as views from './fixture-views';

/** Every card kind, in each state a person meets it, rendered from the Nyköping fixture. */
export function allCards(): Array<[string, AdaptiveCard]> {
  return [
    ['ärende, pending', renderArendeCard(views.pendingArende())],
    ['ärende, approved', renderArendeCard(views.approvedArende())],
    ['ärende, changes requested', renderArendeCard(views.changesRequestedArende())],
    ['ärende, delegation list', renderArendeCard(views.delegationArende())],
    ['ärende, sekretess', renderArendeCard(views.sekretessArende())],
    ['overview', renderOverviewCard(views.overview())],
    ['handlingar answer', renderHandlingarAnswerCard(views.handlingarAnswer())],
    ['handlingar answer, sekretess', renderHandlingarAnswerCard(views.sekretessHandlingarAnswer())],
    ['choice', renderChoiceCard(views.choice())],
    ['requests', renderRequestsCard(views.requests())],
    [
      'justering, sekreterare',
      renderJusteringCard({
        meetingId: 'gnesta-kommun-socialnamnden-2023-10-03', meetingTitle: 'Socialnämnden 3 oktober 2023', whenText: 'torsdag 5 oktober 2023 kl. 16:00', place: 'Kommunledningskontoret Västra Storgatan 15, Gnesta',
        justerare: ['Lena Staaf (V), ordinarie: kan inte', 'Anne-Lise Ljung (SD), ersättare: har bekräftat'], warning: null,
        legal: ['Justering senast tisdag 17 oktober 2023, 14 dagar efter sammanträdet (kommunallagen 5 kap. 69 §).', 'Anslag om justeringen senast lördag 7 oktober 2023, andra dagen efter justeringen (kommunallagen 8 kap. 12 §).'],
        omedelbart: [], justerat: null,
        form: { justerare: 'Lena Staaf (V)', ersattare: 'Anne-Lise Ljung (SD)', date: '2023-10-05', time: '16:00', place: 'Kommunledningskontoret Västra Storgatan 15, Gnesta' },
        justeratForm: true, anslagDefault: '2023-10-06', answer: false, icsUrl: 'https://namndbot.gnesta.example/api/meetings/gnesta-kommun-socialnamnden-2023-10-03/justering.ics?t=exempel',
      }),
    ],
    [
      'justering, justerare',
      renderJusteringCard({
        meetingId: 'gnesta-kommun-socialnamnden-2023-10-03', meetingTitle: 'Socialnämnden 3 oktober 2023', whenText: 'torsdag 5 oktober 2023 kl. 16:00', place: 'Kommunledningskontoret Västra Storgatan 15, Gnesta',
        justerare: [], warning: null, legal: ['Justering senast tisdag 17 oktober 2023, 14 dagar efter sammanträdet (kommunallagen 5 kap. 69 §).'], omedelbart: [],
        justerat: null, form: null, justeratForm: false, anslagDefault: '2023-10-05', answer: true, icsUrl: 'https://namndbot.gnesta.example/api/meetings/gnesta-kommun-socialnamnden-2023-10-03/justering.ics?t=exempel',
      }),
    ],
    [
      'follow-ups',
      renderFollowUpsCard({
        meetingTitle: 'Socialnämnden 8 december 2022',
        leadDays: 10,
        items: [
          {
            heading: 'Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023.',
            quote: '2) att Division Social omsorg rapporterar utvecklingen av arbetet med samordning av insatser för personer med samsjuklighet till nämndens sammanträde 8 juni 2023.',
            action: { meetingId: views.MEETING_ID, arendeKey: 'Beslutsärenden§1', point: 1, id: `SN21/45:2023-06-08:${views.MEETING_ID}:Beslutsärenden§1:1` },
          },
          {
            heading: 'Ärende 3 (SN22/5): sakkunnig för Socialnämnden ska rapportera till sammanträdet torsdag 26 oktober 2023.',
            quote: '2) att uppdra till sakkunnig för Socialnämnden att under 2023 genomföra en ny enkätundersökning som ska återrapporteras till nämndens sammanträde den 26 oktober.',
            action: { meetingId: views.MEETING_ID, arendeKey: 'Beslutsärenden§3', point: 1, id: `SN22/5:2023-10-26:${views.MEETING_ID}:Beslutsärenden§3:1` },
          },
        ],
      }),
    ],
    ['requests, none', renderRequestsCard({ ...views.requests(), requests: [] })],
    ['message', renderMessageCard({ title: 'Så använder du Nämndbot', lines: ['Skriv **handlingar 5** för att se handlingarna till ärende 5.', 'Skriv **status** för att se vilka tjänsteskrivelser som väntar.'] })],
    [
      'notice',
      renderNoticeCard({
        title: 'Delegationsbeslut och anmälningsärenden',
        lines: ['Sammanträdet är torsdag 8 december. Begär listorna senast tisdag 6 december.'],
        actions: [
          { title: 'Begär delegationsbeslut (13)', verb: 'handlingar.request', meetingId: views.MEETING_ID, arendeKey: 'Beslutsärenden§13', version: 1 },
          { title: 'Begär anmälningsärenden (14)', verb: 'handlingar.request', meetingId: views.MEETING_ID, arendeKey: 'Beslutsärenden§14', version: 1 },
        ],
      }),
    ],
  ];
}
