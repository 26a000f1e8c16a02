import type { Agenda } from '../domain/agenda';
import type { Arende } from '../domain/arende';
import { dnrLine } from './dnr';
import { scanKallelse } from './kallelse-scan';
import { joinLines, LineSource, normaliseSpacing, splitRawLines } from './normalise';
import { isPageFurniture } from './page-furniture';
import { looksLikeNames } from './signatures';

/**
 * The tjänsteskrivelser (and ärendeblad) of a meeting pack after its kallelse: each one's
 * diarienummer and förslag till beslut, matched to its ärende on the agenda. Pure: text in, data out.
 *
 * How the two seed packs are built (domain.md §0): Nyköping prints for each beslutsärende a
 * protokollsförslag ("SN § …", with its own copy of the förslag till beslut), then the
 * tjänsteskrivelse ("Tjänsteskrivelse" / date / "Dnr SN21/45"), then attachments; Gnesta prints
 * "Socialförvaltningen Tjänsteskrivelse" / "Diarienummer: SN.2023.38" and its förslag under
 * "Förslag till beslut i socialnämnden" (or "… i kommunfullmäktige"), and two ärendeblad without one.
 */

/** What kind of document of the pack it is. */
export type PackDocumentKind = 'tjansteskrivelse' | 'arendeblad';

/** One tjänsteskrivelse or ärendeblad as the pack prints it. */
export interface PackDocument {
  kind: PackDocumentKind;
  /**
   * 1-based line the document was known by: its "Tjänsteskrivelse" or "Ärendeblad" heading, or,
   * for a tjänsteskrivelse whose heading the text layer lost, its "Förslag till beslut".
   */
  line: number;
  /** Its own diarienummer, else that of the protokollsförslag before it, else the matched ärende's. */
  dnr: string | null;
  /** "Förslag till beslut", "Förslag till beslut i kommunfullmäktige"; null for an ärendeblad. */
  forslagHeading: string | null;
  /** The points of the förslag till beslut as printed, each joined across lines with single spaces. */
  forslag: string[];
  /** The ärende it belongs to, or null when no ärende on the agenda fits. */
  arende: { section: string | null; number: string } | null;
}

type DocKind = PackDocumentKind | 'protokollsforslag';

interface Doc {
  kind: DocKind;
  line: number;
  dnr: string | null;
  /** For a protokollsförslag: whether its "SN §" heading was seen (a second one starts the next). */
  paragraph: boolean;
  heading: string | null;
  forslag: string[] | null;
  /** The document's first lines, to tell ärenden with the same diarienummer apart by their titles. */
  head: string[];
}

const HEAD_LINES = 30;
// A förslag till beslut is a handful of points; a block longer than this has run into the body.
const MAX_BLOCK_LINES = 60;

const PROTOKOLLSFORSLAG = /^protokollsförslag$/i;
// "SN § Uppföljning av …", "KS § 45 Budget": a paragraph of draft minutes.
const PARAGRAPH = /^[A-ZÅÄÖ]{1,6}\s*§/;
// "Tjänsteskrivelse", "Socialförvaltningen Tjänsteskrivelse"; not "1. Tjänsteskrivelse 2023-09-26" in a list of documents.
const TJANSTESKRIVELSE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}tjänsteskrivelse$/iu;
const ARENDEBLAD = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}ärendeblad$/iu;
const FORSLAG_HEADING = /^förslag till beslut(?:\s+(?:i|till)\s+[\p{L} -]+)?\s*:?$/iu;
// "Socialnämnden beslutar", "Kommunstyrelsen föreslår kommunfullmäktige besluta:".
const INTRO = /\bbesluta(?:r)?\s*:?$/i;
// "1) att …", "2. Rapporten godkänns.", "a) att …", "- att …".
const POINT = /^(?:\d{1,2}\s?[).]|[a-h]\)|[-•–]\s*(?=att\b))\s*\S|^att\s/iu;
// What follows a förslag till beslut: recipients, the approval stamp, lists, the next section.
const AFTER_BLOCK =
  /^(?:beslut(?:et)?\s+(?:skickas\s+)?till\b|bilagor?\s+till\s+beslutet|slutversion av|sändlista|beslutsunderlag|sammanfattning|bakgrund|ärendebeskrivning|ärendet\b|inledning|förslag\b|barnrättsprövning|prövning av barnets|jämställdhetsanalys|~)/i;

const fold = (s: string): string => s.toLowerCase().replace(/[\s.]/g, '');

/** True when the line starts a document of the pack (for the reader and for ending a förslag block). */
function documentKindOf(text: string): DocKind | null {
  if (PROTOKOLLSFORSLAG.test(text) || PARAGRAPH.test(text)) return 'protokollsforslag';
  if (TJANSTESKRIVELSE.test(text)) return 'tjansteskrivelse';
  if (ARENDEBLAD.test(text)) return 'arendeblad';
  return null;
}

/**
 * Reads a förslag till beslut from its heading at index i: the intro line ("Socialnämnden
 * beslutar") is skipped, each numbered point is joined across lines, and the block ends at what
 * follows it (a name, "Beslut till:", the next heading) or where a point ended with a full stop and
 * no new one starts. Returns the points and the index where reading stopped.
 */
function readForslag(text: (i: number) => string, length: number, i: number): { points: string[]; end: number } {
  const points: string[][] = [];
  let current: string[] | null = null;
  let j = i + 1;
  for (; j < length && j <= i + MAX_BLOCK_LINES; j++) {
    const t = text(j);
    if (!t || isPageFurniture(t)) continue;
    if (POINT.test(t)) {
      current = [t];
      points.push(current);
      continue;
    }
    if (!current && INTRO.test(t)) continue;
    // A name over a role ends the block; a line ending with a full stop is the end of a sentence, not a signature.
    const ends = AFTER_BLOCK.test(t) || documentKindOf(t) !== null || FORSLAG_HEADING.test(t) || (looksLikeNames(t) && !t.endsWith('.'));
    if (ends) break;
    const last = current?.[current.length - 1] ?? '';
    if (current && !last.endsWith('.')) {
      current.push(t);
      continue;
    }
    // An unnumbered proposal: "Socialnämnden godkänner delårsrapporten." is the whole förslag.
    if (!current && points.length === 0) {
      current = [t];
      points.push(current);
      continue;
    }
    break;
  }
  return { points: points.map((p) => joinLines(p)), end: j };
}

/** Score of how well an ärende's title fits a document's first lines: the share of its words found there. */
function titleFit(title: string, head: string): number {
  const words = title.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  if (!words.length) return 0;
  return words.filter((w) => head.includes(w)).length / words.length;
}

// Without a shared diarienummer, a document is matched by its title only when most of the title's words are there.
const TITLE_ONLY_FIT = 0.6;

/**
 * Matches each document to an ärende: among those not yet taken with the same diarienummer the best
 * title fit (ties: agenda order), else the best title fit overall if it is good enough. Several
 * ärenden share a diarienummer (domain.md §6: SN21/45 is ärende 1 and 2), hence the titles.
 */
function matchArenden(docs: Doc[], items: readonly Arende[]): Array<Arende | null> {
  const candidates = items.filter((a) => a.kind !== 'information' && a.kind !== 'sekretess');
  const taken = new Set<Arende>();
  return docs.map((d) => {
    const free = candidates.filter((a) => !taken.has(a));
    const sameDnr = d.dnr ? free.filter((a) => a.dnr !== null && fold(a.dnr) === fold(d.dnr as string)) : [];
    const pool = sameDnr.length ? sameDnr : free;
    const head = d.head.join(' ').toLowerCase();
    let best: { a: Arende; fit: number } | null = null;
    for (const a of pool) {
      const fit = titleFit(a.title, head);
      if (!best || fit > best.fit) best = { a, fit };
    }
    const found = best && (sameDnr.length || best.fit >= TITLE_ONLY_FIT) ? best.a : null;
    if (found) taken.add(found);
    return found;
  });
}

/**
 * Reads every tjänsteskrivelse and ärendeblad in a meeting pack (the text after its kallelse) and
 * matches each to an ärende of `agenda`. A protokollsförslag carries its own copy of the förslag; a
 * second förslag till beslut under one protokollsförslag belongs to the tjänsteskrivelse after it,
 * whose heading the text layer lost (Nyköping ärende 2 and 4).
 */
export function readTjansteskrivelser(text: string, agenda: Agenda): PackDocument[] {
  if (typeof text !== 'string' || !text) return [];
  const raw = splitRawLines(text);
  const start = scanKallelse(new LineSource(raw)).end;
  const cache = new Map<number, string>();
  const line = (i: number): string => {
    let t = cache.get(i);
    if (t === undefined) {
      t = i >= 0 && i < raw.length ? normaliseSpacing(raw[i] ?? '') : '';
      cache.set(i, t);
    }
    return t;
  };

  const docs: Doc[] = [];
  let doc: Doc | null = null;
  const open = (kind: DocKind, i: number): Doc => {
    const d: Doc = { kind, line: i + 1, dnr: null, paragraph: false, heading: null, forslag: null, head: [] };
    docs.push(d);
    return d;
  };

  for (let i = start; i < raw.length; i++) {
    const t = line(i);
    if (!t || isPageFurniture(t)) continue;
    const kind = documentKindOf(t);
    if (kind === 'protokollsforslag') {
      const paragraph = PARAGRAPH.test(t);
      // "PROTOKOLLSFÖRSLAG" heads every page of one; only a new "SN §" or a heading after another document starts the next.
      if (doc?.kind !== 'protokollsforslag' || (paragraph && doc.paragraph)) doc = open('protokollsforslag', i);
      if (paragraph) doc.paragraph = true;
      continue;
    }
    if (kind) {
      doc = open(kind, i);
      continue;
    }
    if (!doc) continue;
    if (FORSLAG_HEADING.test(t)) {
      const block = readForslag(line, raw.length, i);
      if (doc.kind === 'protokollsforslag' && doc.forslag !== null) {
        // The protokollsförslag already has its förslag: this one is the next tjänsteskrivelse's.
        // Its first lines (addressee, title) came after the protokollsförslag's förslag.
        const head = doc.head;
        doc = open('tjansteskrivelse', i);
        doc.head = head;
      }
      if (doc.forslag === null) {
        doc.heading = t.replace(/\s*:$/, '');
        doc.forslag = block.points;
        if (doc.kind === 'protokollsforslag') doc.head = [];
      }
      i = block.end - 1;
      continue;
    }
    if (doc.forslag === null && doc.dnr === null) {
      const dnr = dnrLine(t);
      if (dnr) {
        doc.dnr = dnr;
        continue;
      }
    }
    if (doc.head.length < HEAD_LINES) doc.head.push(t);
  }

  // A tjänsteskrivelse without a förslag is a page header repeated or a reference, not a document of its own.
  const kept = docs.filter((d) => d.kind === 'arendeblad' || (d.kind === 'tjansteskrivelse' && d.forslag !== null));
  // Each tjänsteskrivelse without its own diarienummer takes the protokollsförslag's printed before it.
  let lastCase: string | null = null;
  for (const d of docs) {
    if (d.kind === 'protokollsforslag') lastCase = d.dnr;
    else if (d.dnr === null) d.dnr = lastCase;
  }
  const matched = matchArenden(kept, agenda.items);
  return kept.map((d, k) => {
    const a = matched[k] ?? null;
    return {
      kind: d.kind as PackDocumentKind,
      line: d.line,
      dnr: d.dnr ?? a?.dnr ?? null,
      forslagHeading: d.kind === 'tjansteskrivelse' ? d.heading : null,
      forslag: d.forslag ?? [],
      arende: a ? { section: a.section, number: a.number } : null,
    };
  });
}
