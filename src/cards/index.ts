/**
 * Cards: typed views (views.ts) → Adaptive Card JSON (schema 1.5) via the templates in cards/, one
 * renderer per template, plus the checks every card passes before it is sent.
 */
export type * from './views';
export { cardAttachment, type AdaptiveCard, type CardAttachment, type CardNode } from './adaptive-card';
export { renderArendeCard, MAX_REFRESH_USERS } from './render-arende';
export { renderOverviewCard } from './render-overview';
export { renderHandlingarAnswerCard } from './render-handlingar-answer';
export { renderChoiceCard } from './render-choice';
export { renderRequestsCard } from './render-requests';
export { renderMessageCard, type MessageCardView } from './render-message';
export { renderNoticeCard } from './render-notice';
export { checkCard, MAX_ACTIONS, MAX_CARD_BYTES } from './validate-card';
export { renderJusteringCard } from './render-justering';
export { renderFollowUpsCard } from './render-follow-ups';
