/**
 * The words a kallelse uses to structure its agenda: section headings ("Sekretessärenden",
 * "Beslutsärenden kommunfullmäktige", "Information från föredragande", "Förvaltningschefen
 * informerar", "Övriga frågor" …), the agenda's own heading ("Dagordning"), table headers ("Nr
 * Diarienummer Ärende"), unnumbered preamble points, and the first lines of the documents that follow
 * the kallelse in a meeting pack (tjänsteskrivelse, protokollsförslag, ärendeblad).
 */

// A heading names a kind of ärende in its first words …
const HEADING_FIRST = new RegExp(
  '^(?:' +
    [
      'sekretessärenden?', 'sekretessbelagda ärenden', 'informationsärenden?', 'informationspunkter', 'information(?: från| om| av| till)?',
      'beslutsärenden?', 'beslutspunkter', 'ärenden för (?:beslut|information|kännedom)', 'övriga ärenden', 'ärenden',
      'delegationsärenden', 'delegationsbeslut', 'redovisning av delegationsbeslut', 'anmälan av delegationsbeslut', 'anmälningsärenden',
      'anmälningar', 'anmälda ärenden', 'meddelanden', 'delgivningar', 'inkomna skrivelser', 'övriga frågor', 'övrigt', 'valärenden', 'val',
      'motioner', 'medborgarförslag', 'remisser', 'remissärenden', 'interpellationer', 'frågor', 'rapporter', 'ordförandens? informerar',
      'förvaltningschefens? informerar', 'förvaltningens? informerar', 'information från förvaltningen', 'myndighetsärenden',
      'individärenden', 'ärenden till (?:kommunfullmäktige|kommunstyrelsen)',
    ].join('|') +
    ')(?=$|[\\s:,-])',
  'i',
);
// … or in its last word.
const HEADING_LAST = /(?:ärenden|informerar|information|frågor|meddelanden|delgivningar|anmälningar|delegationsbeslut)$/i;

// Unnumbered preamble points of a dagordning (domain.md §6.5): never a section, never an item.
const PREAMBLE = /^(?:(?:mötets|sammanträdets)\s+)?(?:öppnande|upprop|närvaro|val av (?:protokoll)?justerare|justering|(?:godkännande|fastställande) av (?:dagordning|föredragningslista)|dagordningens godkännande|avslutning|mötet avslutas|sammanträdet avslutas)/i;

/** True when the line names a section of the agenda from the heading vocabulary. */
export function isVocabularyHeading(text: string): boolean {
  if (!looksLikeHeading(text)) return false;
  const t = text.replace(/:$/, '');
  return HEADING_FIRST.test(t) || HEADING_LAST.test(t);
}

/**
 * The shape every section heading has: short, capitalised, no digits (an item or a date has them),
 * no sentence punctuation at its end, no page furniture, no preamble point.
 */
export function looksLikeHeading(text: string): boolean {
  if (text.length < 3 || text.length > 60 || /\d/.test(text)) return false;
  if (!/^\p{Lu}/u.test(text) || /[.,;!?(-]$/.test(text)) return false;
  if (text.split(' ').length > 6) return false;
  return !PREAMBLE.test(text);
}

/** True for an unnumbered preamble point ("Sammanträdets öppnande samt upprop", "Val av justerare …"). */
export function isPreamble(text: string): boolean {
  return PREAMBLE.test(text);
}

/** The agenda's own heading: "Dagordning", "Föredragningslista", "Ärendelista", "Förteckning över ärenden". */
export function isAgendaHeading(text: string): boolean {
  return /^(?:dagordning|föredragningslista|ärendelista|förteckning över ärenden|ärenden|ärendeförteckning)(?:en)?:?$/i.test(text);
}

/** Where a table puts the diarienummer: "Nr Diarienummer Ärende" → first, "Nr Ärende Dnr" → last. */
export type DnrColumn = 'first' | 'last' | null;

/** The column order of an agenda table header ("Nr Diarienummer Ärende", "Nr Ärende Dnr", "§ Ärende"), or undefined for another line. */
export function tableHeader(text: string): { dnrColumn: DnrColumn } | undefined {
  const words = text.toLowerCase().replace(/[.:]/g, '').split(' ');
  if (words.length < 2 || words.length > 6) return undefined;
  // "Nr Ärende Dnr", "§ Ärende", or without a number column: "Ärende Diarienummer".
  if (!/^(?:nr|nummer|§|punkt|p)$/.test(words[0] ?? '') && !(/^ärende$/.test(words[0] ?? '') && words.length === 2)) return undefined;
  const titleAt = words.findIndex((w) => /^(?:ärende|ärenden|rubrik|ärendemening)$/.test(w));
  if (titleAt < 0) return undefined;
  const dnrAt = words.findIndex((w) => /^(?:dnr|diarienummer|diarienr|ärendenr|ärendenummer)$/.test(w));
  const others = words.every((w, i) => (i === 0 && titleAt !== 0) || i === titleAt || i === dnrAt || /^(?:föredragande|handlingar|bilagor|anteckningar|beslut|förslag)$/.test(w));
  if (!others) return undefined;
  return { dnrColumn: dnrAt < 0 ? null : dnrAt < titleAt ? 'first' : 'last' };
}

// An organisation before "Tjänsteskrivelse" on a memo's first line: "Socialförvaltningen Tjänsteskrivelse", "KLK, Politisk beredning …".
// Case by hand: the organisation words must be capitalised, so "enligt bilaga till tjänsteskrivelse" is no header.
const MEMO_HEADER = /^(?:\p{Lu}[\p{L},&-]*\s+){0,5}(?:[Tt]jänsteskrivelse|TJÄNSTESKRIVELSE|[Ää]rendeblad|ÄRENDEBLAD|[Mm]issiv|MISSIV)(?:\s+\d{4}-\d{2}-\d{2})?$/u;

/**
 * True for the first line of a document that follows the kallelse in a meeting pack: the agenda has
 * ended before it. "PROTOKOLLSFÖRSLAG", "Socialförvaltningen Tjänsteskrivelse", "Tjänsteskrivelse
 * 2022-11-23", "Ärendeblad", "Upprättad: 2023-09-26", a paragraf without its number ("SN § …").
 */
export function isDocumentStart(text: string): boolean {
  if (/^[-•·*]/.test(text)) return false;
  return (
    /^(?:protokollsförslag|protokollsutdrag|förslag till protokoll|protokoll|sammanträdesprotokoll|utdrag ur protokoll)$/i.test(text) ||
    MEMO_HEADER.test(text) ||
    /^upprättad(?:\s+den)?\s*:?\s*\d{4}-\d{2}-\d{2}/i.test(text) ||
    /^\p{Lu}{2,6} §(?!\s*\d)/u.test(text)
  );
}

/** A label that opens an item's body in a föredragningslista: the title ends, and the body is not the title. */
export function isItemBodyLabel(text: string): boolean {
  // The label stands alone (or before a colon): "Beredning av ärenden" in a title is no label.
  return /^(?:förslag till beslut|beslutsförslag|ordförandens förslag|förvaltningens förslag|sammanfattning|ärendebeskrivning|ärendet|bakgrund|yrkanden?|beredning)\s*(?::.*)?$/i.test(text);
}

/** True when a kallelse's words appear: "kallelse", "sammanträde", "dagordning", "föredragningslista". */
export function hasKallelseWord(text: string): boolean {
  return /kallelse|sammanträde|dagordning|föredragningslista|ärendelista|kallas (?:till|härmed)/i.test(text);
}
