import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import type { FollowUpsCardView } from './views';

const template = loadTemplate('follow-ups');

/** The sekreterare's offer of reminders for the reports that förslag till beslut order, a button each. */
export function renderFollowUpsCard(view: FollowUpsCardView): AdaptiveCard {
  return expandTemplate(template, {
    meetingTitle: view.meetingTitle,
    leadDays: view.leadDays,
    items: view.items.map((i) => ({ heading: i.heading, quote: i.quote, meetingId: i.action.meetingId, arendeKey: i.action.arendeKey, point: i.action.point, id: i.action.id })),
  });
}
