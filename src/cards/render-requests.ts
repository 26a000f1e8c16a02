import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import type { RequestsCardView } from './views';

const template = loadTemplate('requests');

/** The sekreterare's open requests for delegation and anmälan documents. */
export function renderRequestsCard(view: RequestsCardView): AdaptiveCard {
  return expandTemplate(template, { meetingTitle: view.meetingTitle, deadlineText: view.deadlineText, requests: view.requests });
}
