import type { Agenda } from '../domain/agenda';
import { arendeKey } from '../domain/arende';
import { parseKallelseText } from './parse-kallelse';
import { readTjansteskrivelser } from './tjansteskrivelser';

/**
 * A meeting pack as text (the kallelse, then tjänsteskrivelser, protokollsförslag and lists) read
 * into an Agenda: the kallelse's agenda exactly as parseKallelseText reads it, each ärende with the
 * förslag till beslut of its tjänsteskrivelse. A kallelse alone gives every ärende an empty förslag.
 */
export function readMeetingPack(text: string): Agenda {
  const agenda = parseKallelseText(text);
  const forslag = new Map<string, string[]>();
  for (const doc of readTjansteskrivelser(text, agenda)) {
    if (doc.arende && doc.forslag.length) forslag.set(arendeKey(doc.arende), doc.forslag);
  }
  if (forslag.size === 0) return agenda;
  return { ...agenda, items: agenda.items.map((a) => (a.forslag.length ? a : { ...a, forslag: forslag.get(arendeKey(a)) ?? [] })) };
}
