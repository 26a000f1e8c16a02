import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import type { NoticeCardView } from './views';

const template = loadTemplate('notice');

/** A reminder or notice: a heading, lines of text and buttons that act on ärenden. */
export function renderNoticeCard(view: NoticeCardView): AdaptiveCard {
  return expandTemplate(template, {
    title: view.title,
    lines: view.lines.filter((l) => l.trim() !== '').map((text) => ({ text })),
    actions: view.actions.map((a) => ({ title: a.title, verb: a.verb, meetingId: a.meetingId, arendeKey: a.arendeKey, version: a.version })),
  });
}
