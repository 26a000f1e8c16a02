import { renderTemplate, type AdaptiveCard } from './render';
import type { ArendeCardView, ChoiceCardView, HandlingarAnswerView, JusteringCardView, NoticeCardView, OverviewCardView, RequestsCardView } from './views';

export * from './render';
export type * from './views';

/** An ärende's card. A sekretess card is stripped here too, whatever the caller passed: only number, title and diarienummer. */
export function renderArendeCard(view: ArendeCardView): AdaptiveCard {
  const safe: ArendeCardView = view.sekretess
    ? { ...view, section: null, presenter: null, handlingar: [], approvals: [], requestDeadlineText: null, buttons: { approve: false, requestChanges: false, requestHandlingar: false } }
    : view;
  return renderTemplate('arende', safe);
}

/** The meeting overview card. */
export function renderOverviewCard(view: OverviewCardView): AdaptiveCard {
  return renderTemplate('overview', view);
}

/** The answer to "handlingar 5"; a sekretessärende shows only "Handlingar dukas på gruppmötet". */
export function renderHandlingarAnswerCard(view: HandlingarAnswerView): AdaptiveCard {
  return renderTemplate('handlingar-answer', view.sekretess ? { ...view, handlingar: [], note: null } : view);
}

/** A choice between ärenden. */
export function renderChoiceCard(view: ChoiceCardView): AdaptiveCard {
  return renderTemplate('choice', view);
}

/** The sekreterare's open requests. */
export function renderRequestsCard(view: RequestsCardView): AdaptiveCard {
  return renderTemplate('requests', view);
}
export * from './check-card';

/** A reminder or notice with buttons. */
export function renderNoticeCard(view: NoticeCardView): AdaptiveCard {
  return renderTemplate('notice', view);
}

/** The justering card. */
export function renderJusteringCard(view: JusteringCardView): AdaptiveCard {
  return renderTemplate('justering', view);
}
