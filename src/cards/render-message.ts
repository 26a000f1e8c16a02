import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';

const template = loadTemplate('message');

/** A short answer as a card (help, confirmations): a heading and lines of text, markdown allowed. */
export interface MessageCardView {
  title: string;
  lines: string[];
}

/** A heading and text lines; blank lines are dropped (an empty TextBlock renders as a gap of unknown size). */
export function renderMessageCard(view: MessageCardView): AdaptiveCard {
  return expandTemplate(template, { title: view.title, lines: view.lines.filter((l) => l.trim() !== '').map((text) => ({ text })) });
}
