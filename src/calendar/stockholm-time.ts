/** Europe/Stockholm wall-clock time for instants that are passed in (summer time included). */
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function wallClock(instant: Date): { date: string; time: string; offsetMs: number } {
  const p = Object.fromEntries(parts.formatToParts(instant).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return { date, time: `${p.hour}:${p.minute}`, offsetMs: asUtc - Math.floor(instant.getTime() / 1000) * 1000 };
}

/** The calendar date in Sweden at this instant. */
export function stockholmDate(instant: Date): string {
  return wallClock(instant).date;
}

/** The time of day (HH:MM) in Sweden at this instant. */
export function stockholmTime(instant: Date): string {
  return wallClock(instant).time;
}

/** The instant of a Swedish wall-clock time; a time skipped by the spring change falls after the gap, an ambiguous autumn time takes the first. */
export function stockholmInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // Try the two offsets Sweden uses (CET +1 h, CEST +2 h); the earlier instant that reads back as the wall time wins.
  const candidates = [2, 1].map((hours) => naive - hours * 3_600_000).filter((t) => {
    const w = wallClock(new Date(t));
    return w.date === date && w.time === time;
  });
  if (candidates.length) return new Date(Math.min(...candidates));
  // Skipped by the spring change (02:00–03:00): the same clock reading after the gap.
  return new Date(naive - 1 * 3_600_000);
}
