import { dnrLine } from './dnr';
import { followsInSequence, isHandlingarLabel, itemStart, letterStart, type ItemDraft, type ItemNumber, type ItemStart } from './items';
import type { Line, LineSource } from './normalise';
import { isOutlineEntry, isOutlineHeading } from './outline';
import { isPageFurniture } from './page-furniture';
import { presenterLabel } from './presenters';
import {
  hasKallelseWord, isAgendaHeading, isDocumentStart, isItemBodyLabel, isVocabularyHeading, looksLikeHeading, tableHeader, type DnrColumn,
} from './sections';
import { looksLikeNames, roleLine, splitNames, type SignatureRole } from './signatures';

/**
 * One pass over the start of a meeting pack that finds where the kallelse's agenda begins and
 * ends, its section headings and items, and the signature block. The pass stops at the first
 * document after the kallelse (a protokollsförslag, a tjänsteskrivelse, an ärendeblad), or after a
 * signature block that no further item follows, so nothing of the rest of the pack is read.
 */
export interface KallelseScan {
  /** Content lines before the agenda (the kallelse's head). */
  head: Line[];
  /** Lines inside the agenda that belong to no item (preamble points, notes). */
  loose: Line[];
  items: ItemDraft[];
  dnrColumn: DnrColumn;
  signatures: Array<{ role: SignatureRole; name: string; line: number }>;
  /** 0-based index of the first line after the kallelse. */
  end: number;
  /** A document start seen before anything that makes the text a kallelse (for the error message). */
  foreignStart: Line | null;
  /** Whether a kallelse word, agenda heading or section heading was seen. */
  sawKallelse: boolean;
}

// A title line that cannot end an item's title: the next line must continue it ("… av" / "Delegationsbeslut").
const DANGLING = /(?:\s(?:av|och|för|till|om|med|i|på|från|samt|enligt|över|gällande|avseende|inom|vid|mot|mellan|efter|under|eller|en|ett|den|det|de)|[-,:/&])$/i;
// A page header repeated at the top of every page: "Socialnämnden 2024-05-13", "Kallelse 2024-05-13".
const PAGE_HEADER = /^(?:kallelse|föredragningslista|dagordning|[\p{L} -]*(?:nämnd|styrelse|fullmäktige|utskott)\p{L}*)\b[^\d]*\d{4}-\d{2}-\d{2}$/iu;
// How far to look for the next content line; a page break with its footer is well inside this.
const LOOKAHEAD = 25;
// Lines after a signature block that may still precede an item (a footer, a page header) before the kallelse counts as ended.
const AFTER_SIGNATURE_SLACK = 4;

type State = 'head' | 'agenda' | 'signed';

/** Scans the lines of a meeting pack for its kallelse. */
export function scanKallelse(src: LineSource): KallelseScan {
  const scan: KallelseScan = { head: [], loose: [], items: [], dnrColumn: null, signatures: [], end: src.length, foreignStart: null, sawKallelse: false };
  const pageHeaders = new Set<string>();
  let state: State = 'head';
  let section: string | null = null;
  let current: ItemDraft | null = null;
  let afterHeading = false;
  let lastNumber: ItemNumber | null = null;
  let bodyMode = false;
  // Inside an item's "Handlingar:" list, "Tjänsteskrivelse 2024-01-30" names a document of the item, not the next document of the pack.
  let listOpen = false;
  // Lines after a signature block: they join the last item only if another item follows.
  let signedBuffer: Line[] = [];

  const isSkippable = (text: string): boolean =>
    !text || isPageFurniture(text) || (state !== 'head' && (pageHeaders.has(text) || PAGE_HEADER.test(text)));

  /** Index of the next content line after i, or -1. */
  const nextContent = (i: number): number => {
    for (let j = i + 1; j < src.length && j <= i + LOOKAHEAD; j++) if (!isSkippable(src.text(j))) return j;
    return -1;
  };

  /**
   * The item a line starts in the current agenda, if its number fits the sequence. The same number
   * again with a title is taken too: a kallelse that prints "1 Budget" twice is wrong, and the
   * schema says so, instead of the second line vanishing into the first title.
   */
  const startAt = (text: string, heading: boolean, i: number): ItemStart | null => {
    const start = itemStart(text) ?? letterStart(text, lastNumber);
    if (!start) return null;
    // In an item's body, "1. Budgeten godkänns." is a point of the proposed decision: a sentence, where a title has no full stop.
    if (bodyMode && (start.bare || /^att\b/i.test(start.rest) || endsSentence(i))) return null;
    const repeated = !bodyMode && !start.bare && lastNumber !== null && start.number.n === lastNumber.n && start.number.letter === lastNumber.letter;
    return repeated || followsInSequence(lastNumber, start.number, heading) ? start : null;
  };

  /** True when the text from line i to the next item-like line ends a sentence ("… anta budgeten."). */
  const endsSentence = (i: number): boolean => {
    let text = src.text(i);
    for (let j = nextContent(i), n = 0; j >= 0 && n < 4; j = nextContent(j), n++) {
      const next = src.text(j);
      if (itemStart(next) || isVocabularyHeading(next) || isItemBodyLabel(next) || dnrLine(next) || roleLine(next)) break;
      text = next;
    }
    return /[.;!]$/.test(text);
  };

  const lastText = (): string => {
    if (!current) return '';
    const body = current.body[current.body.length - 1];
    return body ? body.text : current.head;
  };

  const open = (start: ItemStart, line: Line): void => {
    current = { section, number: start.number, line: line.no, head: start.rest, body: [] };
    scan.items.push(current);
    lastNumber = start.number;
    afterHeading = false;
    bodyMode = false;
    listOpen = false;
  };

  /** True when the line at i, a heading candidate, is followed by an item that may open the new section. */
  const headingBeforeItem = (i: number): boolean => {
    const j = nextContent(i);
    if (j < 0) return false;
    const next = src.text(j);
    const start = itemStart(next);
    return !!start && !start.bare && followsInSequence(lastNumber, start.number, true);
  };

  /**
   * True when the agenda ends after line i: the signature block, the next document or the text's
   * end follows. A heading there ("Övriga frågor") is a section without items, not part of a title.
   */
  const nothingFollows = (i: number): boolean => {
    const j = nextContent(i);
    if (j < 0) return true;
    const next = src.text(j);
    if (roleLine(next) || isDocumentStart(next) || isOutlineHeading(next)) return true;
    return looksLikeNames(next) && !!roleLine(src.text(nextContent(j)));
  };

  /**
   * True when a number alone on line i ("5") starts an item whose title is on the next line, and is
   * not a page number: the title before it is complete and a capitalised title, not another item, follows.
   */
  const bareStartsItem = (i: number): boolean => {
    if (DANGLING.test(lastText())) return false;
    const next = src.text(nextContent(i));
    return /^\p{Lu}/u.test(next) && !itemStart(next) && !isVocabularyHeading(next);
  };

  /** Pops the name line a role line signs under, from wherever the last content line went. */
  const popNames = (): Line | null => {
    const pools = [signedBuffer, current?.body, state === 'head' ? scan.head : scan.loose];
    for (const pool of pools) {
      const candidate = pool?.[pool.length - 1];
      if (candidate) return looksLikeNames(candidate.text) ? (pool?.pop() ?? null) : null;
    }
    return null;
  };

  let i = 0;
  for (; i < src.length; i++) {
    const text = src.text(i);
    if (isSkippable(text)) continue;
    const line = src.line(i);

    // The pack's PDF outline ("Föredragningslistan" / "2.1 …") may follow the agenda at once when the pack has no other documents.
    if ((!listOpen && isDocumentStart(text)) || (isOutlineHeading(text) && isOutlineEntry(src.text(nextContent(i))))) {
      if (!scan.sawKallelse && scan.items.length === 0) scan.foreignStart = line;
      break;
    }

    // A role line is capitalised and cannot continue a title cut after "Val av vice" ("… vice" / "ordförande").
    const roles = /^\p{Lu}/u.test(text) && !DANGLING.test(lastText()) ? roleLine(text) : null;
    if (roles) {
      const names = popNames();
      const split = names ? splitNames(names.text, roles.length) : null;
      roles.forEach((role, k) => {
        const name = split?.[k];
        if (name) scan.signatures.push({ role, name, line: names?.no ?? line.no });
      });
      if (state !== 'head') {
        state = 'signed';
        current = null;
      }
      continue;
    }

    if (state === 'head') {
      if (hasKallelseWord(text)) scan.sawKallelse = true;
      // The first lines of the head come back at the top of every page: "KALLELSE", "Socialnämnden 2024-05-13".
      if (scan.head.length < 4 && (hasKallelseWord(text) || /nämnd|styrelse|fullmäktige|utskott|\d{4}-\d{2}-\d{2}/i.test(text))) pageHeaders.add(text);
      const table = tableHeader(text);
      if (isAgendaHeading(text) || table) {
        if (table) scan.dnrColumn = table.dnrColumn;
        state = 'agenda';
        scan.sawKallelse = true;
        continue;
      }
      if (isVocabularyHeading(text) && headingBeforeItem(i)) {
        state = 'agenda';
        section = text.replace(/:$/, '');
        afterHeading = true;
        scan.sawKallelse = true;
        continue;
      }
      const start = itemStart(text);
      if (start && !start.bare && (start.number.n === 1 || /^§/.test(text)) && !start.number.letter) {
        state = 'agenda';
        open(start, line);
        continue;
      }
      scan.head.push(line);
      continue;
    }

    if (state === 'signed') {
      const start = startAt(text, afterHeading, i);
      const heading = isVocabularyHeading(text) && headingBeforeItem(i);
      if ((start && !start.bare) || heading) {
        // The agenda goes on after a signature printed mid-page: what came between belongs to the last item.
        const last = scan.items[scan.items.length - 1];
        if (last) last.body.push(...signedBuffer);
        signedBuffer = [];
        state = 'agenda';
        current = last ?? null;
      } else {
        signedBuffer.push(line);
        if (signedBuffer.length > AFTER_SIGNATURE_SLACK) break;
        continue;
      }
    }

    // state === 'agenda'
    const table = tableHeader(text);
    if (table) {
      scan.dnrColumn = table.dnrColumn;
      continue;
    }
    if (isAgendaHeading(text) && !current) continue;
    const bodyLabel = isItemBodyLabel(text);
    if (!bodyLabel && isVocabularyHeading(text) && !DANGLING.test(lastText()) && (headingBeforeItem(i) || nothingFollows(i))) {
      section = text.replace(/:$/, '');
      afterHeading = true;
      current = null;
      continue;
    }
    const start = startAt(text, afterHeading, i);
    if (start && (!start.bare || bareStartsItem(i))) {
      open(start, line);
      continue;
    }
    // A number alone that starts no item is a page number.
    if (/^\d{1,3}$/.test(text)) continue;
    // A heading outside the vocabulary: a short capitalised line, then an item numbered 1 again (or the line is in capitals).
    if (!bodyLabel && looksLikeHeading(text) && lastNumber && !DANGLING.test(lastText()) && headingBeforeItem(i)) {
      const j = nextContent(i);
      const next = itemStart(src.text(j));
      if (next && (next.number.n === 1 || text === text.toUpperCase())) {
        section = text;
        afterHeading = true;
        current = null;
        continue;
      }
    }
    if (current) {
      if (isHandlingarLabel(text)) listOpen = true;
      else if (dnrLine(text) || presenterLabel(text)?.before === '') listOpen = false;
      if (bodyLabel) bodyMode = true;
      // In an item's body (its "Förslag till beslut" …) only a diarienummer or a presenter is still the agenda's.
      if (!bodyMode || dnrLine(text) || presenterLabel(text)?.before === '') current.body.push(line);
    } else {
      scan.loose.push(line);
    }
  }
  // After a closing signature, the lines read ahead are not the kallelse's.
  scan.end = state === 'signed' && signedBuffer[0] ? signedBuffer[0].no - 1 : i;
  return scan;
}
