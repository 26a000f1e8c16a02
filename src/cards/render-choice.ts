import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import type { ChoiceCardView } from './views';

const template = loadTemplate('choice');

/** "Vilket ärende menar du?" with one button per ärende, each in its own ActionSet: Teams shows at most six actions per set. */
export function renderChoiceCard(view: ChoiceCardView): AdaptiveCard {
  return expandTemplate(template, {
    query: view.query,
    options: view.options.map((o) => ({ meetingId: o.meetingId, arendeKey: o.arendeKey, label: o.label })),
  });
}
