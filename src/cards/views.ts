/**
 * What each card shows, as plain data. The bot builds these from the domain (deciding what a person
 * may see and do); the renderers in this folder turn them into Adaptive Card JSON via the templates in
 * cards/. Texts that come from the committee (titles, names) are data; fixed Swedish wording lives in
 * the templates.
 */

/** The data every card action carries back, so the server can check it against the stored state. */
export interface ActionRef {
  meetingId: string;
  arendeKey: string;
  /** The ärende record's version when the card was rendered: a click on an older card is refused. */
  version: number;
}

/** A handling as a card lists it: name, and a link where one is known. */
export interface HandlingView {
  title: string;
  url: string | null;
}

/** The tjänsteskrivelse line on an ärende card. */
export interface ApprovalStatusView {
  /** e.g. "Väntar på godkännande", "Ändring begärd: <kommentar>", "Slutversion av Tjänsteskrivelsen godkändes 2022-11-28 (Caroline Svensson)". */
  text: string;
  /** Colour hint; the text always carries the status on its own (WCAG: colour is never the only carrier). */
  tone: 'good' | 'attention' | 'warning' | 'default';
}

/** One ärende's card. A sekretess card shows only number, title, diarienummer and "Handlingar dukas på gruppmötet". */
export interface ArendeCardView {
  ref: ActionRef;
  /** "Socialnämnden 8 december 2022" */
  meetingTitle: string;
  number: string;
  title: string;
  dnr: string | null;
  section: string | null;
  presenter: string | null;
  /** "Nämnden" or "Kommunfullmäktige" */
  decidedBy: string;
  sekretess: boolean;
  handlingar: HandlingView[];
  /** One line per approval slot; empty when the ärende has no tjänsteskrivelse. */
  approvals: ApprovalStatusView[];
  /** For delegation and anmälan ärenden: "Begär senast tisdag 6 december" (null otherwise). */
  requestDeadlineText: string | null;
  /** "Omedelbart justerad" marker. */
  omedelbarJustering: boolean;
  buttons: { approve: boolean; requestChanges: boolean; requestHandlingar: boolean };
  /** Per-user refresh (group and 1:1 chats): the people whose view the client asks the bot for. */
  refresh: { userIds: string[] } | null;
}

/** The meeting overview card. */
export interface OverviewCardView {
  meetingId: string;
  meetingTitle: string;
  /** "Torsdag 8 december 2022 kl. 13:30, Stadshuset Sal B" */
  when: string;
  /** "9 av 12 tjänsteskrivelser godkända" */
  approvalSummary: string;
  /** Ärenden still waiting, e.g. { number: "4", title: "…", status: "Väntar på godkännande" }. */
  missing: Array<{ number: string; title: string; status: string }>;
  /** Every ärende in agenda order with a short status. */
  items: Array<{ number: string; title: string; section: string | null; status: string }>;
  /** "Begär delegationsbeslut och anmälningsärenden senast tisdag 6 december" or null. */
  requestDeadlineText: string | null;
}

/** The answer to "handlingar 5": the ärende's handlingar, or for a sekretessärende only the public line. */
export interface HandlingarAnswerView {
  number: string;
  title: string;
  dnr: string | null;
  sekretess: boolean;
  handlingar: HandlingView[];
  /** For information ärenden without documents etc.: a Swedish note, else null. */
  note: string | null;
}

/** A short choice when a reference matches more than one ärende. */
export interface ChoiceCardView {
  /** "Vilket ärende menar du?" is in the template; this is what the person wrote. */
  query: string;
  options: Array<{ meetingId: string; arendeKey: string; label: string }>;
}

/** The sekreterare's list of open requests for delegation and anmälan documents. */
export interface RequestsCardView {
  meetingTitle: string;
  deadlineText: string;
  requests: Array<{ who: string; what: string; when: string }>;
}

/** A notice (a reminder): a heading, lines of text, and buttons that act on ärenden. */
export interface NoticeCardView {
  title: string;
  lines: string[];
  actions: Array<{ title: string; verb: string; meetingId: string; arendeKey: string; version: number }>;
}

/** The justering card: the sekreterare's (with the form and "Protokollet justerat") or a justerare's (Bekräfta / Jag kan inte). */
export interface JusteringCardView {
  meetingId: string;
  meetingTitle: string;
  /** "torsdag 5 oktober 2023 kl. 16:00" */
  whenText: string;
  place: string | null;
  /** "Lena Staaf (V), ordinarie: har bekräftat" */
  justerare: string[];
  /** A date later than the law allows, with the suggestion. */
  warning: string | null;
  /** The legal frame, one line each. */
  legal: string[];
  /** Paragrafer already justerade at the meeting. */
  omedelbart: string[];
  /** "Protokollet justerat …, sista dag att överklaga …" once marked. */
  justerat: string | null;
  form: { justerare: string; ersattare: string; date: string; time: string; place: string } | null;
  justeratForm: boolean;
  anslagDefault: string;
  /** The justerare's own buttons. */
  answer: boolean;
  icsUrl: string | null;
}

/** The offer of follow-up reminders: one entry per report a förslag till beslut orders, each with "Skapa påminnelse". */
export interface FollowUpsCardView {
  /** "Socialnämnden 8 december 2022" */
  meetingTitle: string;
  /** Arbetsdagar before the later sammanträde that the reminder goes out. */
  leadDays: number;
  items: Array<{
    /** "Ärende 1 (SN21/45): Division Social omsorg ska rapportera till sammanträdet torsdag 8 juni 2023." */
    heading: string;
    /** The point as printed. */
    quote: string;
    /** What the button carries back; the server derives the follow-up again and compares its id. */
    action: { meetingId: string; arendeKey: string; point: number; id: string };
  }>;
}
