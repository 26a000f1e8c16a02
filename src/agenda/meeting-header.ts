import type { Justerare, Justering } from '../domain';
import type { Line } from './normalise';
import { findDate, findTime } from './swedish-dates';

/** What a kallelse's head says about the meeting. */
export interface MeetingHeader {
  committee: string | null;
  municipality: string | null;
  date: string | null;
  dateLine: number | null;
  time: string | null;
  place: string | null;
  public: boolean | null;
  gruppmoten: string | null;
  justerare: Justerare[];
  justering: Justering | null;
}

/** Block labels of a kallelse's head; a place or justering text continues until one of them. */
const LABEL = /^(gruppmöten|förslag till justerare|justerare|tid och plats|handlingarnas tillgänglighet|handlingar|dagordning|föredragningslista|frågor|sammanträdet|ärenden|plats|tid|ordförande|sekreterare|närvarande|kallade|förhinder|kallelse)\b/i;

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** The committee from the heading: "KALLELSE TILL SOCIALNÄMNDENS SAMMANTRÄDE", "Sammanträde i socialnämnden", "Kallelse till kommunstyrelsen". */
function committeeOf(head: string): string | null {
  // A suspended compound may come first: "barn- och utbildningsnämndens", "kultur- och fritidsnämnden".
  const name = String.raw`((?:[a-zåäö]+-,? (?:och|samt) )?[a-zåäö-]+?(?:nämnden|styrelsen|fullmäktige|utskottet))`;
  const patterns = [
    new RegExp(String.raw`kallelse till ${name}s sammanträde`, 'i'),
    new RegExp(String.raw`sammanträde (?:i|med|för) ${name}\b`, 'i'),
    new RegExp(String.raw`(?:^|\s)${name}(?:s)?\b`, 'i'),
  ];
  for (const re of patterns) {
    const m = re.exec(head);
    if (m) return capitalise(m[1] as string);
  }
  return null;
}

/** The municipality: the "X kommun" named most often in the pack, preferring the one its web address names. */
function municipalityOf(text: string): string | null {
  const counts = new Map<string, number>();
  const fold = (s: string): string => s.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/s$/, '');
  for (const m of text.matchAll(/\b([A-ZÅÄÖ][a-zåäöé]+)[ \u00A0]kommun\b/g)) {
    const name = m[1] as string;
    if (/^(Varje|Denna|Vår|Den|En|Annan|Samma|Hela|Egen|Ny)$/.test(name)) continue;
    counts.set(`${name} kommun`, (counts.get(`${name} kommun`) ?? 0) + 1);
  }
  const domains = new Set([...text.matchAll(/www\.([a-z-]+)\.se\b/gi)].map((m) => (m[1] as string).toLowerCase()));
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const byDomain = ranked.find(([name]) => domains.has(fold(name.replace(/ kommun$/, ''))));
  return (byDomain ?? ranked[0])?.[0] ?? null;
}

/** The text after a date and time on its line, then following lines until the next label: a place. */
function placeAfter(lines: readonly Line[], index: number, rest: string): string | null {
  const parts: string[] = [];
  const first = rest.replace(/^[\s.,:;–-]+/, '').trim();
  let i = index + 1;
  if (first) parts.push(first);
  else {
    while (i < lines.length && !lines[i]?.text) i++;
    const next = lines[i]?.text ?? '';
    const m = /^(?:i|plats:?)\s+(.+)$/i.exec(next);
    if (!m) return null;
    parts.push(m[1] as string);
    i++;
  }
  for (let taken = 0; i < lines.length && taken < 3; i++) {
    const t = lines[i]?.text ?? '';
    if (!t) continue;
    if (LABEL.test(t) || findDate(t) || /^\d{1,3} \S/.test(t) && !/^\d{1,3},/.test(t)) break;
    parts.push(t);
    taken++;
  }
  const place = parts.join(' ').replace(/\s+/g, ' ').replace(/[.,]$/, '').trim();
  return place || null;
}

/** "Ordinarie: Lena Staaf (V) Ersättare: Anne-Lise Ljung (SD)" → two justerare with party and role. */
export function parseJusterare(text: string): Justerare[] {
  const out: Justerare[] = [];
  const re = /(ordinarie|ersättare|ersättare för justerare|justerare)\s*:?\s*/gi;
  const marks = [...text.matchAll(re)];
  const segments = marks.length
    ? marks.map((m, i) => ({ role: /ersättare/i.test(m[1] as string) ? 'ersättare' : 'ordinarie', text: text.slice((m.index ?? 0) + m[0].length, marks[i + 1]?.index ?? text.length) }))
    : [{ role: 'ordinarie', text }];
  for (const seg of segments) {
    for (const piece of seg.text.split(/,| och /)) {
      const m = /^\s*([A-ZÅÄÖ][\p{L}.'-]+(?: [A-ZÅÄÖ][\p{L}.'-]+){0,3})\s*(?:\(([\p{L}]{1,5})\))?\s*$/u.exec(piece);
      if (m) out.push({ name: m[1] as string, party: m[2] ?? null, role: seg.role as 'ordinarie' | 'ersättare' });
    }
  }
  return out;
}

/** Reads the meeting's head: the lines before the agenda, and the whole pack's text for the municipality. */
export function parseMeetingHeader(head: readonly Line[], wholeText: string): MeetingHeader {
  const out: MeetingHeader = { committee: null, municipality: municipalityOf(wholeText), date: null, dateLine: null, time: null, place: null, public: null, gruppmoten: null, justerare: [], justering: null };
  out.committee = committeeOf(head.filter((l) => l.text).slice(0, 4).map((l) => l.text).join(' '));
  let inJustering = false;
  for (let i = 0; i < head.length; i++) {
    const line = head[i] as Line;
    const t = line.text;
    if (!t) continue;
    if (/^tid och plats för justering|^justering\b/i.test(t)) {
      inJustering = true;
      // "Justering: måndag 20 maj 2024 kl. 10.00, Kommunhuset" carries its date on this very line.
      if (!findDate(t)) continue;
    }
    if (/inte öppet för allmänheten|ej öppet för allmänheten|stängt för allmänheten|inte offentligt/i.test(t)) out.public = false;
    else if (/öppet för allmänheten|offentligt sammanträde/i.test(t) && out.public === null) out.public = true;
    const grupp = /^gruppmöten?:?\s*(.*)$/i.exec(t);
    if (grupp) {
      out.gruppmoten = (grupp[1] as string).trim() || (head.slice(i + 1).find((l) => l.text)?.text ?? null);
      continue;
    }
    if (/^(förslag till justerare|justerare)\b/i.test(t)) {
      const inline = t.replace(/^(förslag till justerare|justerare)\s*:?\s*/i, '');
      const text = inline || (head.slice(i + 1).find((l) => l.text)?.text ?? '');
      out.justerare = parseJusterare(text);
      continue;
    }
    const plats = /^plats:?\s+(.+)$/i.exec(t);
    if (plats && !inJustering && !out.place) out.place = (plats[1] as string).trim();
    const date = findDate(t);
    if (!date) continue;
    // "Datum: 2024-05-13" / "Tid: kl. 09.00" give the time on a line of its own.
    const timeLine = head.slice(i + 1, i + 3).find((l) => findTime(l.text));
    const time = findTime(date.rest) ?? findTime(t) ?? (timeLine ? { time: findTime(timeLine.text)?.time ?? '', rest: '' } : null);
    const rest = time ? time.rest : date.rest;
    if (inJustering && !out.justering && out.date) {
      out.justering = { date: date.date, time: time?.time ?? null, place: placeAfter(head, i, rest) };
      inJustering = false;
    } else if (!out.date) {
      out.date = date.date;
      out.dateLine = line.no;
      out.time = time?.time ?? null;
      out.place ??= placeAfter(head, i, rest);
    }
  }
  return out;
}
