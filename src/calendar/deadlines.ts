import { addDays, assertDate } from './dates';
import type { WorkingDayCalendar } from './working-days';

/** The last day to ask the sekreterare for delegation/anmälan documents: N arbetsdagar before the meeting (the committee's rutin). */
export function delegationRequestDeadline(cal: WorkingDayCalendar, meeting: string, n = 2): string {
  return cal.addWorkingDays(meeting, -n);
}

/** Justering at the latest 14 days after the sammanträde (kommunallagen 2017:725, 5 kap. 69 §, 6 kap. 35 §). */
export function justeringLatest(meeting: string): string {
  return addDays(meeting, 14);
}

/** The date to suggest for justering: the last arbetsdag on or before the latest date. */
export function justeringSuggested(cal: WorkingDayCalendar, meeting: string): string {
  return cal.previousWorkingDay(justeringLatest(meeting));
}

/** The anslag (notice that the minutes are justerade) at the latest the 2nd day after justering (kommunallagen 8 kap. 12 §). */
export function anslagLatest(justering: string): string {
  return addDays(justering, 2);
}

/** The last day to appeal: 3 weeks from the day of the anslag (kommunallagen 13 kap. 5 §), moved to the next arbetsdag (lag 1930:173, 2 §). */
export function appealEnds(cal: WorkingDayCalendar, anslag: string): string {
  return cal.nextWorkingDay(addDays(anslag, 21));
}

/** Every deadline of a meeting; the anslag and appeal dates need the justering and anslag dates. */
export interface MeetingDeadlines {
  meeting: string;
  delegationRequestDeadline: string;
  justeringLatest: string;
  justeringSuggested: string;
  anslagLatest: string | null;
  appealEnds: string | null;
}

/** Computes a meeting's deadlines. */
export function computeDeadlines(
  cal: WorkingDayCalendar,
  input: { meeting: string; justering?: string; anslag?: string; delegationDays?: number },
): MeetingDeadlines {
  assertDate(input.meeting);
  if (input.justering) assertDate(input.justering);
  if (input.anslag) assertDate(input.anslag);
  return {
    meeting: input.meeting,
    delegationRequestDeadline: delegationRequestDeadline(cal, input.meeting, input.delegationDays ?? 2),
    justeringLatest: justeringLatest(input.meeting),
    justeringSuggested: justeringSuggested(cal, input.meeting),
    anslagLatest: input.justering ? anslagLatest(input.justering) : null,
    appealEnds: input.anslag ? appealEnds(cal, input.anslag) : null,
  };
}
