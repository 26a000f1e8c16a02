import {
  renderArendeCard,
  renderChoiceCard,
  renderHandlingarAnswerCard,
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
