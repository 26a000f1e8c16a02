import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import { handlingLine } from './handling-line';
import type { HandlingarAnswerView } from './views';

const template = loadTemplate('handlingar-answer');

/** The answer to "handlingar 5"; for a sekretessärende only "Handlingar dukas på gruppmötet", whatever the caller passed. */
export function renderHandlingarAnswerCard(view: HandlingarAnswerView): AdaptiveCard {
  const data = view.sekretess
    ? { number: view.number, title: view.title, dnr: view.dnr, sekretess: true, handlingar: [], note: null }
    : { number: view.number, title: view.title, dnr: view.dnr, sekretess: false, handlingar: view.handlingar.map((h) => ({ line: handlingLine(h) })), note: view.note };
  return expandTemplate(template, data);
}
