import type { IsoDate } from '../domain/dates';
import { addDays, assertIsoDate } from './dates';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-days';

/**
 * The law's calendar alone. Statutory periods end by lag (1930:173) 2 §, which names only weekends,
 * helgdagar and the three aftnar: a municipality's klämdag must not lengthen an appeal period.
 */
const LAW = createWorkingDayCalendar();

/** Last day to ask the sekreterare for delegation/anmälan documents: n arbetsdagar before the meeting (the committee's rutin, not statute). */
export function delegationRequestDeadline(cal: WorkingDayCalendar, meeting: IsoDate, n = 2): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Antalet arbetsdagar före sammanträdet ska vara ett heltal ≥ 0, inte ${n}`);
  return cal.addWorkingDays(meeting, -n);
}

/** Latest justering: 14 days after the sammanträde (kommunallagen 2017:725, 5 kap. 69 §, 6 kap. 35 §). */
export function justeringLatest(meeting: IsoDate): IsoDate {
  return addDays(meeting, 14);
}

/** Suggested justering: the last arbetsdag on or before the latest day (kommunallagen 5 kap. 69 §, 6 kap. 35 §). */
export function justeringSuggested(cal: WorkingDayCalendar, meeting: IsoDate): IsoDate {
  return cal.previousWorkingDay(justeringLatest(meeting));
}

/**
 * Latest anslag of the justering: the 2nd day after it (kommunallagen 8 kap. 12 §). Not moved off a
 * weekend: the anslagstavla is on the web (8 kap. 9 §) and the earlier date is always safe.
 */
export function anslagLatest(justering: IsoDate): IsoDate {
  return addDays(justering, 2);
}

/** Last day to appeal: 3 weeks from the day of the anslag (kommunallagen 13 kap. 5 §), moved to the next arbetsdag by lag (1930:173) 2 §. */
export function appealEnds(anslag: IsoDate): IsoDate {
  return LAW.nextWorkingDay(addDays(anslag, 21));
}

/** A meeting's deadlines; the anslag date needs the justering date, the appeal end the anslag date. */
export interface MeetingDeadlines {
  meeting: IsoDate;
  delegationRequestDeadline: IsoDate;
  justeringLatest: IsoDate;
  justeringSuggested: IsoDate;
  anslagLatest: IsoDate | null;
  appealEnds: IsoDate | null;
}

/** What computeDeadlines needs: the meeting, and the justering and anslag once they are known. */
export interface DeadlineInput {
  meeting: IsoDate;
  justering?: IsoDate;
  anslag?: IsoDate;
  /** N of the delegation rule; 2 unless the committee says otherwise. */
  delegationDays?: number;
}

/** Every deadline of a meeting (sources on each function above); throws a RangeError for a bad date. */
export function computeDeadlines(cal: WorkingDayCalendar, input: DeadlineInput): MeetingDeadlines {
  // Check all three first, so the error names the bad input whichever it is.
  [input.meeting, input.justering, input.anslag].forEach((d) => d === undefined || assertIsoDate(d));
  return {
    meeting: input.meeting,
    delegationRequestDeadline: delegationRequestDeadline(cal, input.meeting, input.delegationDays ?? 2),
    justeringLatest: justeringLatest(input.meeting),
    justeringSuggested: justeringSuggested(cal, input.meeting),
    anslagLatest: input.justering === undefined ? null : anslagLatest(input.justering),
    appealEnds: input.anslag === undefined ? null : appealEnds(input.anslag),
  };
}
