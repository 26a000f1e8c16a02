/** Swedish arbetsdagar, the legal deadlines of a meeting, and Swedish wall-clock time. Pure: time is passed in. */
export { addDays, assertIsoDate, formatSwedishDate, weekdayOf } from './dates';
export { createWorkingDayCalendar, type WorkingDayCalendar, type WorkingDayCalendarOptions } from './working-days';
export {
  anslagLatest,
  appealEnds,
  computeDeadlines,
  delegationRequestDeadline,
  justeringLatest,
  justeringSuggested,
  type DeadlineInput,
  type MeetingDeadlines,
} from './deadlines';
export { stockholmDate, stockholmInstant, stockholmTime } from './stockholm-time';
