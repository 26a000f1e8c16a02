import { z } from 'zod';
import { arendeKey, type Arende } from './arende';
import { IsoDate, isRealDate, SWEDISH_MONTHS } from './dates';
import { ok, refuse, type Result } from './result';

/**
 * Follow-ups from decisions: a point of a förslag till beslut that orders a report to a later
 * sammanträde ("2) att Division Social omsorg rapporterar … till nämndens sammanträde 8 juni 2023.",
 * "… som ska återrapporteras till nämndens sammanträde den 26 oktober."). The sekreterare is offered a
 * reminder before that meeting, so the report is prepared and the ärende put on its dagordning.
 */

/** A report a förslag till beslut orders to a later sammanträde. */
export interface FollowUp {
  /** The ärende whose förslag orders it, and its number, title and diarienummer as the agenda prints them. */
  arendeKey: string;
  number: string;
  title: string;
  dnr: string | null;
  /** The point of the förslag (0-based) that orders it. */
  point: number;
  /** Who is to report ("Division Social omsorg", "sakkunnig för Socialnämnden"), when the point names them. */
  who: string | null;
  /** The point as printed. */
  what: string;
  /** The sammanträde the report is due at. */
  meetingDate: IsoDate;
}

// Verbs that order a report forward: present, infinitive or passive, never the past ("redovisades").
const REPORT = String.raw`(?<!\p{L})(?:(?:åter|av)?rapporter(?:a|ar|as)|(?:åter)?redovis(?:a|ar|as)|återkomm(?:a|er)|återkoppl(?:a|ar|as)|presenter(?:a|ar|as)|(?:inkomma|komma\s+in|lämna)\s+(?:\p{L}+\s+){0,3}?(?:åter|slut)?rapport(?:ering)?)(?!\p{L})`;
const MONTH = Object.keys(SWEDISH_MONTHS).sort((a, b) => b.length - a.length).join('|');
// "till nämndens sammanträde 8 juni 2023", "vid sammanträdet den 26 oktober", "till socialnämnden 2023-06-08".
const TARGET = String.raw`(?:till|vid|på|inför)\s+(?:[\p{L}-]+\s+){0,3}?(?:sammanträde[tn]?|möte[tn]?|[\p{L}-]*nämnd(?:en)?|[\p{L}-]*styrelsen?|utskottet)`;
const DATE = String.raw`(?:den\s+)?(?:(\d{1,2})\s+(${MONTH})\.?(?:\s+(\d{4}))?|(\d{4})-(\d{2})-(\d{2}))(?![\d\p{L}])`;
const ORDER = new RegExp(String.raw`${REPORT}[^.;]*?${TARGET}\s+${DATE}`, 'iu');
// "uppdra till sakkunnig för Socialnämnden att …", "ge förvaltningen i uppdrag att …".
const ASSIGNEE = /(?<!\p{L})(?:uppdra|uppdrar|ge|ger)\s+(?:åt\s+|till\s+)?(.+?)\s+(?:i\s+uppdrag\s+)?att\s/iu;
// "att Division Social omsorg rapporterar …", "att förvaltningen ska återkomma …".
const SUBJECT = new RegExp(String.raw`(?<!\p{L})att\s+(.+?)\s+(?:ska\s+|skall\s+)?${REPORT}`, 'iu');
const MAX_WHO_WORDS = 6;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The date a matched phrase names; without a year the first such day after the decision. */
function dateOf(m: RegExpExecArray, after: IsoDate): IsoDate | null {
  const iso = m[4] && m[5] && m[6] ? `${m[4]}-${m[5]}-${m[6]}` : null;
  if (iso) return isRealDate(iso) ? iso : null;
  const day = Number(m[1]);
  const month = SWEDISH_MONTHS[(m[2] ?? '').toLowerCase()];
  if (!month) return null;
  const at = (year: number): string => `${year}-${pad(month)}-${pad(day)}`;
  if (m[3]) return isRealDate(at(Number(m[3]))) ? at(Number(m[3])) : null;
  const year = Number(after.slice(0, 4));
  const candidate = at(year) > after ? at(year) : at(year + 1);
  return isRealDate(candidate) ? candidate : null;
}

/** Who a point names as reporting: the one given the uppdrag, else the subject before the verb. */
function whoOf(point: string): string | null {
  const named = ASSIGNEE.exec(point)?.[1] ?? SUBJECT.exec(point)?.[1] ?? null;
  if (!named) return null;
  const who = named.trim();
  const words = who.split(/\s+/);
  // A lower-case infinitive first ("godkänna rapporten och") is what is decided, not who reports.
  if (words.length > MAX_WHO_WORDS || /(?<!\p{L})(?:att|och)(?!\p{L})/iu.test(who) || /^\p{Ll}+a$/u.test(words[0] ?? '')) return null;
  return who;
}

/**
 * The report one point of a förslag till beslut orders, if it names a day after `decidedOn` (the
 * meeting that decides it). A month without a day ("till sammanträdet i december") is not a date
 * the bot can remind before, so it gives nothing; so does a day already past.
 */
export function orderedReport(point: string, decidedOn: IsoDate): { who: string | null; meetingDate: IsoDate } | null {
  const m = ORDER.exec(point);
  if (!m) return null;
  const meetingDate = dateOf(m, decidedOn);
  if (!meetingDate || meetingDate <= decidedOn) return null;
  return { who: whoOf(point), meetingDate };
}

/** Every report the ärenden's förslag till beslut order to a sammanträde after `decidedOn`, in agenda and point order. */
export function findFollowUps(items: ReadonlyArray<Pick<Arende, 'section' | 'number' | 'title' | 'dnr' | 'forslag'>>, decidedOn: IsoDate): FollowUp[] {
  return items.flatMap((a) =>
    a.forslag.flatMap((what, point) => {
      const found = orderedReport(what, decidedOn);
      return found ? [{ arendeKey: arendeKey(a), number: a.number, title: a.title, dnr: a.dnr, point, who: found.who, what, meetingDate: found.meetingDate }] : [];
    }),
  );
}

/** A follow-up as stored: offered to the sekreterare on import, created when they ask for the reminder. */
export const FollowUpRecord = z.object({
  id: z.string(),
  /** The meeting whose förslag orders the report. */
  meetingId: z.string(),
  arendeKey: z.string(),
  number: z.string(),
  title: z.string(),
  dnr: z.string().nullable(),
  point: z.number().int().min(0),
  who: z.string().nullable(),
  what: z.string(),
  /** The sammanträde the report is due at. */
  meetingDate: IsoDate,
  status: z.enum(['offered', 'created']),
  offeredAt: z.string(),
  created: z.object({ at: z.string(), by: z.object({ id: z.string(), name: z.string() }), reminderDay: IsoDate.nullable() }).nullable().default(null),
});
export type FollowUpRecord = z.infer<typeof FollowUpRecord>;

/** A follow-up's id: the diarienummer first, so a case's follow-ups list together; then due date, meeting, ärende and point. */
export function followUpId(meetingId: string, f: Pick<FollowUp, 'dnr' | 'meetingDate' | 'arendeKey' | 'point'>): string {
  return `${f.dnr ?? 'utan-dnr'}:${f.meetingDate}:${meetingId}:${f.arendeKey}:${f.point}`;
}

/** The record of a follow-up when it is offered. */
export function offerFollowUp(meetingId: string, f: FollowUp, at: string): FollowUpRecord {
  return { id: followUpId(meetingId, f), meetingId, ...f, status: 'offered', offeredAt: at, created: null };
}

/** Why creating a follow-up was refused. */
export type FollowUpRefusal = 'FOLLOWUP.NOT_OFFERED' | 'FOLLOWUP.ALREADY_CREATED' | 'FOLLOWUP.MEETING_PASSED';

/** "Skapa påminnelse": an offered follow-up becomes created, once; not for a sammanträde that has come. */
export function createFollowUp(
  cur: FollowUpRecord | undefined,
  by: { id: string; name: string },
  today: IsoDate,
  reminderDay: IsoDate | null,
  at: string,
): Result<FollowUpRecord, FollowUpRefusal> {
  if (!cur) return refuse('FOLLOWUP.NOT_OFFERED');
  if (cur.status === 'created') return refuse('FOLLOWUP.ALREADY_CREATED');
  if (today >= cur.meetingDate) return refuse('FOLLOWUP.MEETING_PASSED');
  return ok({ ...cur, status: 'created', created: { at, by, reminderDay } });
}
