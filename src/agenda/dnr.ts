/**
 * Diarienummer as Swedish registries print them: "SN22/11", "SN.2023.38", "KS 2023/145",
 * "KS 2022.123", "KS-2023-145", "DSO22/6:12", "2023/BUN 0214", "1.6-0463/2011", and with a label a
 * bare "2023/145". A letter prefix or a slash shape is required, so "2023", "12.30", "2023-2025" or
 * "kvartal 3, 2022" are never taken for one.
 */

// Law and standard references look like diarienummer but are not: "SFS 2001:453", "SOSFS 2011:9".
const NOT_A_SERIES = String.raw`(?!(?:SFS|SOSFS|HSLF|SKR|SKL|ISO|SS|EU|EG|LSS|SOL|LVU|LVM|OSL|KL|PBL|TF|RF)\b)`;
const SERIES = String.raw`${NOT_A_SERIES}[A-ZÅÄÖ]{1,6}`;
const SEP = String.raw`[./:-]`;
// "SN22/11", "SN.2023.38", "KS 2023/145", "DSO22/6:12", "KS-2023-145", "SBN 2023:456".
const PREFIXED = String.raw`${SERIES}(?:[ .\-/]?)\d{2,4}${SEP}\d{1,6}(?:${SEP}\d{1,6})*`;
// "2023/BUN 0214", "2023/KS0145".
const YEAR_SERIES = String.raw`\d{4}\/[A-ZÅÄÖ]{1,6} ?\d{1,6}`;
// "1.6-0463/2011" (classification code, löpnummer, year).
const CLASSIFIED = String.raw`\d{1,2}(?:\.\d{1,3})*-\d{1,6}\/\d{2,4}`;
// "2023/145", "2023.65": only with a "Dnr" label in front.
const BARE = String.raw`\d{2,4}[./:]\d{1,6}`;

const CORE = `(?:${PREFIXED}|${YEAR_SERIES}|${CLASSIFIED})`;
// Case-insensitive by hand: the series letters of a diarienummer must stay upper case ("KS", not "Plan").
const LABEL = String.raw`(?:[Dd][Nn][Rr]|[Dd]iarienr|[Dd]iarienummer|[ÄäAa]rendenr|[ÄäAa]rendenummer|[ÄäAa]rende nr)\.?\s*:?\s*`;
const BOUNDARY_BEFORE = String.raw`(?<![\p{L}\d])`;

const LINE = new RegExp(String.raw`^(?:${LABEL}(${CORE}|${BARE})|(${CORE}))[.,;]?$`, 'u');
const FIRST = new RegExp(String.raw`^(?:${LABEL})?(${CORE})(?:\s*[·•|:;,-]\s+|\s*[·•|]\s*|\s+|$)(.*)$`, 'u');
const LAST = new RegExp(String.raw`^(.*?\S)[\s,;(]+(?:${LABEL}(${CORE}|${BARE})|(${CORE}))\)?$`, 'u');
const LABELLED = new RegExp(String.raw`${BOUNDARY_BEFORE}[(,;]?\s*${LABEL}(${CORE}|${BARE})\)?`, 'u');

/** The diarienummer when the whole line is one ("SN22/11", "Dnr: KS 2023/145", "Diarienummer 2023.65"), else null. */
export function dnrLine(text: string): string | null {
  const m = LINE.exec(text);
  if (!m) return null;
  if (m[1]) return m[1];
  return m[2] && isPlausibleDnr(m[2]) ? m[2] : null;
}

/** A diarienummer that opens the text, and the rest ("SN.2023.2 · Samordnare hemtjänsten"). */
export function dnrFirst(text: string): { dnr: string; rest: string } | null {
  const m = FIRST.exec(text);
  if (!m || !m[1] || !isPlausibleDnr(m[1])) return null;
  return { dnr: m[1], rest: (m[2] ?? '').trim() };
}

/**
 * True unless the shape is as likely a title's year range as a diarienummer: "KF 2024-2026" is not
 * taken, "KS 2022.123" and anything with a slash, a colon or two separators is.
 */
export function isPlausibleDnr(dnr: string): boolean {
  if (/[/:]/.test(dnr) || (dnr.match(/[.-]/g) ?? []).length >= 2) return true;
  const numbers = dnr.match(/\d+/g) ?? [];
  return !(numbers.length === 2 && /^(19|20)\d\d$/.test(numbers[0] ?? '') && /^(19|20)\d\d$/.test(numbers[1] ?? ''));
}

/** A diarienummer that closes the text ("Budget 2024 KS 2023/145", "… Dnr 2023/145"), and what comes before it. */
export function dnrLast(text: string): { dnr: string; rest: string } | null {
  const m = LAST.exec(text);
  if (!m || !m[1]) return null;
  const labelled = m[2];
  const dnr = labelled ?? m[3];
  if (!dnr || (!labelled && !isPlausibleDnr(dnr))) return null;
  return { dnr, rest: m[1].replace(/[\s,;(]+$/, '') };
}

/** A labelled diarienummer anywhere in the text ("… (Dnr KS 2023/145)"), and the text without it. */
export function dnrLabelled(text: string): { dnr: string; rest: string } | null {
  const m = LABELLED.exec(text);
  if (!m || !m[1]) return null;
  const rest = (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').replace(/[\s,;]+$/, '').trim();
  return { dnr: m[1], rest };
}
