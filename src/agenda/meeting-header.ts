import type { Justerare, Justering } from '../domain/meeting';
import { parseJusterare } from './justerare';
import type { Line } from './normalise';
import { findDate, findTime } from './swedish-dates';

/**
 * The head of a kallelse, before its agenda: date, time and place of the sammanträde, whether it is
 * public, gruppmöten, proposed justerare and the time and place of justering. Labelled blocks
 * ("Tid och plats för sammanträde", "Gruppmöten", "Förslag till justerare", "Tid och plats för
 * justering") and free lines ("Torsdagen den 8 december 2022 klockan 13:30" / "i Stadshuset Sal B")
 * are both read.
 */
export interface MeetingHeader {
  date: string | null;
  time: string | null;
  place: string | null;
  public: boolean | null;
  gruppmoten: string | null;
  justerare: Justerare[];
  justering: Justering | null;
}

type Context = 'meeting' | 'justering' | 'justerare' | 'gruppmoten' | 'place' | 'time' | 'other';

// Block labels and what the text after them (on the line or the next) is about. Order matters: justering before tid/plats.
const LABELS: ReadonlyArray<[RegExp, Context]> = [
  [/^(?:tid och plats för justering|tid för justering|plats för justering|justering(?:stid|sdatum)?|justeras|protokollet justeras)\b(?:\s*(?:sker|äger rum))?\s*:?\s*/i, 'justering'],
  [/^(?:förslag till justerare|förslag på justerare|föreslagna? justerare|justerare|justeringsperson(?:er)?)\b\s*:?\s*/i, 'justerare'],
  [/^(?:partigruppmöten|gruppmöten|gruppmöte|partigrupper)\b\s*:?\s*/i, 'gruppmoten'],
  [/^(?:tid|klockan)\s*:?\s*(?=(?:kl(?:ockan)?\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?!\d|-\d{2}-))/i, 'time'],
  [/^(?:tid och plats(?: för sammanträdet| för sammanträde| för mötet)?|sammanträdesdatum|sammanträdestid|datum och tid|datum|när|tid)\b\s*:?\s*/i, 'meeting'],
  [/^(?:plats|lokal|mötesplats|sammanträdeslokal|var)\s*:\s*|^(?:plats|lokal)\s+(?=\p{Lu})/iu, 'place'],
  [/^(?:handlingarnas tillgänglighet|handlingar|frågor|förhinder|anmälan om förhinder|ledamöter|ersättare|kallade|övriga deltagare|närvarande|beslutsunderlag|information|upplysningar|välkomna)\b/i, 'other'],
];

// A line that starts something else, so a place does not run on into it.
const STOPS = /^(?:sammanträdet|mötet|gruppmöte|observera|obs\b|välkommen|välkomna|ordförande|sekreterare|kallelse|dagordning|föredragningslista|ärenden)/i;

/** True when the line says whether the public may attend: false for "inte öppet", true for "öppet"; null when it does not say. */
export function publicStatus(text: string): boolean | null {
  if (/(?:inte|ej|icke)\s+(?:öppet|öppna|offentlig[at]?)\b.*allmänhet|stängt för allmänheten|inte öppet för allmänheten|ej offentligt|inte offentligt|sammanträdet är stängt/i.test(text)) return false;
  if (/öppet för allmänheten|öppna för allmänheten|offentligt sammanträde|sammanträdet är offentligt|allmänheten är välkommen|öppet sammanträde/i.test(text)) return true;
  return null;
}

/** Place text cleaned: "i Stadshuset Sal B" → "Stadshuset Sal B"; punctuation at the ends removed. */
function cleanPlace(text: string): string | null {
  const t = text.replace(/^[\s.,;:-]+/, '').replace(/^(?:i|på|plats|lokal)\s*:?\s+(?=\p{Lu}|\d)/iu, '').replace(/[\s.,;:]+$/, '').trim();
  return t && /\p{L}/u.test(t) ? t : null;
}

/** True when the next line continues a place: after a trailing comma, a house number, or a short line of one to three words. */
function continuesPlace(place: string, next: string): boolean {
  if (!next || next.length > 50 || STOPS.test(next) || labelOf(next) || findDate(next) || publicStatus(next) !== null) return false;
  if (/,$/.test(place)) return true;
  if (/^\d{1,4}\b/.test(next)) return true;
  return !/[.]$/.test(place) && next.split(' ').length <= 3 && /^\p{Lu}/u.test(next) && !/[.:]$/.test(next);
}

function labelOf(text: string): { context: Context; rest: string } | null {
  for (const [re, context] of LABELS) {
    const m = re.exec(text);
    if (m) return { context, rest: text.slice(m[0].length).trim() };
  }
  return null;
}

/** Reads the head lines of a kallelse; `fallbackYear` dates a "måndag 13 maj" printed without its year. */
export function parseMeetingHeader(lines: readonly Line[], fallbackYear: number | null): MeetingHeader & { dateLine: number | null } {
  const out: MeetingHeader & { dateLine: number | null } = {
    date: null, dateLine: null, time: null, place: null, public: null, gruppmoten: null, justerare: [], justering: null,
  };
  let context: Context = 'meeting';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    let text = line.text;
    const status = publicStatus(text);
    if (status !== null && out.public === null) out.public = status;
    const label = labelOf(text);
    if (label) {
      context = label.context;
      text = label.rest;
      if (!text) continue;
    }
    // Takes place lines after index `from`, while they continue the place.
    const placeFrom = (first: string, from: number): string | null => {
      let place = first;
      while (from + 1 < lines.length && continuesPlace(place, (lines[from + 1] as Line).text)) {
        place = `${place} ${(lines[from + 1] as Line).text}`;
        from++;
        i = from;
      }
      return cleanPlace(place);
    };
    switch (context) {
      case 'justerare':
        if (out.justerare.length === 0) out.justerare = parseJusterare(text);
        context = 'other';
        continue;
      case 'gruppmoten':
        out.gruppmoten ??= text;
        context = 'other';
        continue;
      case 'place':
        if (!out.place) out.place = placeFrom(text, i);
        context = 'meeting';
        continue;
      case 'time': {
        const t = findTime(`kl ${text.replace(/^kl(?:ockan)?\.?\s*/i, '')}`);
        if (t && !out.time) out.time = t.time;
        context = 'meeting';
        continue;
      }
      default:
        break;
    }
    const found = findDate(text, fallbackYear);
    if (!found) {
      // "Plats: …" may follow the date line without a label: "i Stadshuset Sal B".
      if (out.date && !out.place && context === 'meeting' && /^i\s+\p{Lu}/u.test(text) && i === lineAfterDate(lines, out.dateLine)) out.place = placeFrom(text, i);
      continue;
    }
    const isJustering = context === 'justering' || /juster/i.test(text.slice(0, found.index));
    const time = findTime(text.slice(found.end), true);
    const restAt = time ? found.end + time.end : found.end;
    const rest = text.slice(restAt);
    if (isJustering) {
      if (!out.justering) out.justering = { date: found.date, time: time?.time ?? null, place: placeFrom(rest, i) };
      context = 'other';
    } else if (out.date === found.date && !out.time && time) {
      // "Socialnämnden 2024-04-17" in the heading, then "Sammanträde: onsdag 17 april 2024, kl. 09.00": the same day, now with its time.
      out.time = time.time;
      if (!out.place && cleanPlace(rest)) out.place = placeFrom(rest, i);
    } else if (!out.date && !/utskick|utskrift|upprättad|publicerad|skickad|senast|inkommit|daterad/i.test(text.slice(0, found.index))) {
      out.date = found.date;
      out.dateLine = line.no;
      out.time = time?.time ?? null;
      const place = cleanPlace(rest);
      if (place) out.place = placeFrom(rest, i);
      else if (!out.time) {
        // "Datum: 2024-05-13" / "Tid: kl. 09.00" on the next line.
        const next = lines[i + 1]?.text ?? '';
        const t = findTime(next);
        if (t && !findDate(next)) out.time = t.time;
      }
      context = 'meeting';
    }
  }
  return out;
}

/** The line number just after the date line, as an index into lines; -1 when no date yet. */
function lineAfterDate(lines: readonly Line[], dateLine: number | null): number {
  if (dateLine === null) return -1;
  const at = lines.findIndex((l) => l.no === dateLine);
  return at < 0 ? -1 : at + 1;
}
