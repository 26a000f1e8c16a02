import { createHmac, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { stockholmInstant } from '../calendar';
import type { JusteringPlan } from '../domain';
import type { RecordStore } from '../store/record-store';
import type { BotDeps } from './deps';

/** The secret that signs calendar links; made once and kept in the store so every instance agrees. */
async function secret(store: RecordStore): Promise<string> {
  const existing = await store.get('secret:ics');
  if (existing) return String(existing.value);
  await store.compareAndSet('secret:ics', null, randomBytes(32).toString('hex'));
  return String((await store.get('secret:ics'))?.value);
}

/** The token of a meeting's calendar link: whoever has the card may add the justering to their calendar, nobody can guess another's. */
export async function icsToken(store: RecordStore, meetingId: string): Promise<string> {
  return createHmac('sha256', await secret(store)).update(meetingId).digest('base64url').slice(0, 32);
}

/** The link on the justering card. */
export async function icsUrlFor(deps: BotDeps, meetingId: string): Promise<string> {
  return `${deps.config.publicUrl}/api/meetings/${encodeURIComponent(meetingId)}/justering.ics?t=${await icsToken(deps.store, meetingId)}`;
}

/** The justering as an iCalendar invitation (times in UTC, so every calendar shows them right). */
export function justeringIcs(meetingTitle: string, plan: JusteringPlan): string {
  const start = stockholmInstant(plan.date, plan.time ?? '09:00');
  const cal = ical({ name: `Justering ${meetingTitle}`, prodId: { company: 'Nämndbot', product: 'namndbot', language: 'SV' } });
  cal.createEvent({
    id: `justering-${plan.date}-${meetingTitle}`.replace(/\s+/g, '-'),
    start,
    end: new Date(start.getTime() + 60 * 60_000),
    allDay: plan.time === null,
    summary: `Justering av protokollet, ${meetingTitle}`,
    location: plan.place ?? undefined,
    description: `Justerare: ${plan.justerare.filter((j) => j.status === 'asked' || j.status === 'confirmed').map((j) => j.name).join(', ')}`,
  });
  return cal.toString();
}
