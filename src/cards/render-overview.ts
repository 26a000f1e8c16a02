import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import type { OverviewCardView } from './views';

const template = loadTemplate('overview');

type OverviewItem = OverviewCardView['items'][number];

/** Consecutive items of one section under its heading: numbering restarts in every section, so "5" alone is ambiguous. */
function bySection(items: OverviewItem[]): Array<{ heading: string | null; items: Array<Pick<OverviewItem, 'number' | 'title' | 'status'>> }> {
  const sections: Array<{ heading: string | null; items: Array<Pick<OverviewItem, 'number' | 'title' | 'status'>> }> = [];
  for (const item of items) {
    let last = sections[sections.length - 1];
    if (!last || last.heading !== item.section) {
      last = { heading: item.section, items: [] };
      sections.push(last);
    }
    last.items.push({ number: item.number, title: item.title, status: item.status });
  }
  return sections;
}

/** The meeting overview: when, how many tjänsteskrivelser are approved, what is missing, and the agenda by section. */
export function renderOverviewCard(view: OverviewCardView): AdaptiveCard {
  return expandTemplate(template, {
    meetingTitle: view.meetingTitle,
    when: view.when,
    approvalSummary: view.approvalSummary,
    missing: view.missing,
    requestDeadlineText: view.requestDeadlineText,
    sections: bySection(view.items),
  });
}
