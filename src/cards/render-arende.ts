import type { AdaptiveCard } from './adaptive-card';
import { expandTemplate, loadTemplate } from './expand-template';
import { handlingLine } from './handling-line';
import type { ActionRef, ApprovalStatusView, ArendeCardView } from './views';

const template = loadTemplate('arende');

/** Teams honours per-user refresh for at most 60 users. */
export const MAX_REFRESH_USERS = 60;

const COLORS: Record<ApprovalStatusView['tone'], string> = { good: 'Good', attention: 'Attention', warning: 'Warning', default: 'Default' };

/** What the arende template binds: the view, with handlingar as lines and tones as colours. */
interface ArendeTemplateData {
  ref: ActionRef;
  meetingTitle: string;
  number: string;
  title: string;
  dnr: string | null;
  sekretess: boolean;
  section: string | null;
  presenter: string | null;
  decidedBy: string | null;
  approvals: Array<{ text: string; color: string }>;
  handlingar: Array<{ line: string }>;
  requestDeadlineText: string | null;
  omedelbarJustering: boolean;
  buttons: ArendeCardView['buttons'];
  refresh: { userIds: string[] } | null;
}

/**
 * A sekretessärende's card is built from an allow-list, whatever the caller passed: the meeting, number,
 * title and diarienummer. Nothing else reaches the template, so a new field cannot leak (OSL 26:1).
 */
function sekretessData(view: ArendeCardView): ArendeTemplateData {
  return {
    ref: { meetingId: '', arendeKey: '', version: 0 },
    meetingTitle: view.meetingTitle,
    number: view.number,
    title: view.title,
    dnr: view.dnr,
    sekretess: true,
    section: null,
    presenter: null,
    decidedBy: null,
    approvals: [],
    handlingar: [],
    requestDeadlineText: null,
    omedelbarJustering: false,
    buttons: { approve: false, requestChanges: false, requestHandlingar: false },
    refresh: null,
  };
}

function openData(view: ArendeCardView): ArendeTemplateData {
  return {
    ref: { meetingId: view.ref.meetingId, arendeKey: view.ref.arendeKey, version: view.ref.version },
    meetingTitle: view.meetingTitle,
    number: view.number,
    title: view.title,
    dnr: view.dnr,
    sekretess: false,
    section: view.section,
    presenter: view.presenter,
    decidedBy: view.decidedBy,
    approvals: view.approvals.map((a) => ({ text: a.text, color: COLORS[a.tone] })),
    handlingar: view.handlingar.map((h) => ({ line: handlingLine(h) })),
    requestDeadlineText: view.requestDeadlineText,
    omedelbarJustering: view.omedelbarJustering,
    buttons: { ...view.buttons },
    refresh: view.refresh && view.refresh.userIds.length > 0 ? { userIds: view.refresh.userIds.slice(0, MAX_REFRESH_USERS) } : null,
  };
}

/** An ärende's card; a sekretess card shows only number, title, diarienummer and "Handlingar dukas på gruppmötet". */
export function renderArendeCard(view: ArendeCardView): AdaptiveCard {
  return expandTemplate(template, view.sekretess ? sekretessData(view) : openData(view));
}
