import { anslagLatest, appealEnds, formatSwedishDate, justeringLatest, justeringSuggested, type WorkingDayCalendar } from '../calendar';
import type { JusteringCardView } from '../cards/views';
import type { JusterareSlot, JusteringPlan, Meeting } from '../domain';
import type { VersionedArende } from '../store/meeting-repository';
import type { MeetingRecord } from '../store/records';
import { titleOf } from './card-views';
import { msg } from './messages';

const fullDate = (d: string): string => formatSwedishDate(d, { weekday: true, year: true });

/** "Lena Staaf (V)". */
export const nameWithParty = (j: { name: string; party: string | null }): string => (j.party ? `${j.name} (${j.party})` : j.name);

/** The plan to show when the sekreterare has not confirmed one: the kallelse's proposal, else the last arbetsdag the law allows. */
export function proposalOf(meeting: Meeting, cal: WorkingDayCalendar): Omit<JusteringPlan, 'justerare'> & { justerare: Array<Omit<JusterareSlot, 'status'>> } {
  return {
    date: meeting.justering?.date ?? justeringSuggested(cal, meeting.date),
    time: meeting.justering?.time ?? null,
    place: meeting.justering?.place ?? null,
    confirmedAt: null,
    justerat: null,
    justerare: meeting.justerare.map((j) => ({ name: j.name, party: j.party, personId: null, role: j.role })),
  };
}

/** The justering card for the sekreterare (form and "Protokollet justerat") or for a justerare (answer buttons). */
export function justeringView(
  m: MeetingRecord,
  plan: Pick<JusteringPlan, 'date' | 'time' | 'place' | 'justerat' | 'confirmedAt'> & { justerare: Array<Omit<JusterareSlot, 'status'> & { status?: JusterareSlot['status'] }> },
  items: VersionedArende[],
  cal: WorkingDayCalendar,
  as: { sekreterare: boolean; answer: boolean; icsUrl: string | null; today: string },
): JusteringCardView {
  const latest = justeringLatest(m.meeting.date);
  const legal = [msg.justeringLatest(fullDate(latest)), msg.anslagLatest(fullDate(anslagLatest(plan.date)))];
  const warning = plan.date > latest ? msg.justeringTooLate(fullDate(justeringSuggested(cal, m.meeting.date))) : plan.date < m.meeting.date ? msg.justeringBeforeMeeting : null;
  const ordinarie = plan.justerare.filter((j) => j.role === 'ordinarie');
  const ersattare = plan.justerare.filter((j) => j.role === 'ersättare');
  return {
    meetingId: m.id,
    meetingTitle: titleOf(m),
    whenText: `${fullDate(plan.date)}${plan.time ? ` kl. ${plan.time}` : ''}`,
    place: plan.place,
    justerare: plan.justerare.map((j) => `${nameWithParty(j)}, ${j.role}${j.status ? `: ${msg.justerareStatus[j.status]}` : ''}`),
    warning,
    legal,
    omedelbart: items.filter((i) => i.record.arende.omedelbarJustering).map((i) => `${i.record.arende.number} ${i.record.arende.title}`),
    justerat: plan.justerat ? msg.justerat(fullDate(plan.justerat.anslag), fullDate(appealEnds(plan.justerat.anslag))) : null,
    form: as.sekreterare && !plan.justerat
      ? { justerare: ordinarie.map(nameWithParty).join(', '), ersattare: ersattare.map(nameWithParty).join(', '), date: plan.date, time: plan.time ?? '', place: plan.place ?? '' }
      : null,
    justeratForm: as.sekreterare && plan.confirmedAt !== null && !plan.justerat,
    anslagDefault: as.today > plan.date ? as.today : plan.date,
    answer: as.answer && !plan.justerat,
    icsUrl: as.icsUrl,
  };
}
