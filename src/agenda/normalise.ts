/** One line of the kallelse text after normalisation, with its 1-based line number in the input. */
export interface Line {
  /** 1-based line number in the text as given (for error messages). */
  no: number;
  /** Trimmed text with regular spaces and dashes; "" for a blank or whitespace-only line. */
  text: string;
}

// PDF extraction leaves no-break, thin and figure spaces where the layout had them (domain.md §2.3).
const ODD_SPACES = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Soft hyphens and zero-width characters are invisible in the PDF and must not split words here.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// En and em dashes, minus signs and non-breaking hyphens: "0158 – 275 000", "12.30–13.30".
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2212]/g;

/** Normalises one raw line: odd spaces, invisible characters and dashes made plain, runs of spaces collapsed, trimmed. */
export function normaliseLine(raw: string): string {
  return normaliseSpacing(raw.replace(DASHES, '-'));
}

/** Normalises spacing only: odd spaces and invisible characters made plain, runs collapsed, trimmed; dashes stay as printed. */
export function normaliseSpacing(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Splits text into raw lines on LF, CRLF or CR; the number of a line is its index + 1. */
export function splitRawLines(text: string): string[] {
  // A plain split is twice as fast on a 7 000-line pack; most texts have no CR at all.
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/**
 * Lines normalised on demand: a meeting pack is thousands of lines, of which the kallelse is the
 * first few hundred, so only the lines the parser actually looks at are normalised.
 */
export class LineSource {
  private readonly cache: (string | undefined)[];

  constructor(readonly raw: readonly string[]) {
    this.cache = new Array<string | undefined>(raw.length);
  }

  /** Number of lines. */
  get length(): number {
    return this.raw.length;
  }

  /** The normalised text of line index i (0-based); "" past the end. */
  text(i: number): string {
    if (i < 0 || i >= this.raw.length) return '';
    let t = this.cache[i];
    if (t === undefined) {
      t = normaliseLine(this.raw[i] ?? '');
      this.cache[i] = t;
    }
    return t;
  }

  /** The line at index i as a Line. */
  line(i: number): Line {
    return { no: i + 1, text: this.text(i) };
  }
}

/** True when a line ends a title part with a date or year cut at its hyphen: "2022-" before "11-23", "2023-" before "2025". */
function endsWithCutDate(part: string): boolean {
  return /(?:^|[^\d])\d{4}-$/.test(part);
}

/**
 * Joins the parts of a title broken across lines with single spaces. A date or year range cut at
 * its hyphen ("2022-" / "11-23") joins without a space; every other hyphen is kept with its space,
 * because a Swedish suspended compound ("avvikelse- och Lex Sarah-hantering") must stay as printed.
 */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const p = part.trim();
    if (!p) continue;
    if (!out) out = p;
    else if (endsWithCutDate(out) && /^\d/.test(p)) out += p;
    else out += ` ${p}`;
  }
  return out;
}
