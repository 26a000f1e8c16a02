/**
 * Presenters (föredragande) printed after an information item's title, in a column that PDF
 * extraction glues to the title and wraps mid-word: "Lägesrapport av ekonomiskt bistånd Områdeschef",
 * "… verksamhet Verksamhetsc" / "hef och" / "Verksamhetsl" / "edare", "… granskningar Division" /
 * "Social" / "omsorg" (domain.md §2.3). They are split off with a vocabulary of roles and units,
 * never by guessing at names.
 */

const ROLE_WORDS = new Set([
  'sakkunnig', 'sakkunniga', 'tjänsteperson', 'tjänstepersoner', 'förvaltningen', 'förvaltningsledningen', 'ledningsgruppen',
  'ordförande', 'ordföranden', 'presidiet', 'revisorerna', 'revisor', 'revisorer', 'mas', 'mar', 'controller', 'ekonom', 'ekonomen',
  'jurist', 'juristen', 'kurator', 'utredare', 'utredaren', 'handläggare', 'samordnare', 'samordnaren', 'strateg', 'strategen',
  'nämndsekreterare', 'kommundirektör', 'kommundirektören', 'stadsdirektör', 'kanslichef', 'hr', 'ekonomiavdelningen',
]);
// Compound role nouns: "Områdeschef", "Verksamhetsledare", "Utvecklingsstrateg", "Alkoholhandläggare", "Socialförvaltningen".
const ROLE_SUFFIX = /(?:chef|chefen|chefer|ledare|ledaren|strateg|strategen|handläggare|sekreterare|direktör|direktören|utvecklare|controller|ekonom|inspektör|inspektören|samordnare|samordnaren|utredare|jurist|sjuksköterska|konsult|revisor|revisorer|revisorerna|ansvarig|ansvariga|förvaltningen|kontoret|kansliet|enheten|avdelningen)$/;
// A unit named by a head noun and its own name: "Division Social omsorg", "Sektor Välfärd", "Avdelning Stöd".
const UNIT_HEADS = new Set(['division', 'sektor', 'avdelning', 'enhet', 'område', 'förvaltning', 'staben', 'stab']);
const JOINERS = new Set(['och', 'samt', '&', '/', ',', 'resp.', 'respektive']);
// A title does not end in a preposition: "Rapport från Förvaltningschef" keeps its last word.
const PREPOSITIONS = new Set(['från', 'av', 'med', 'om', 'till', 'för', 'hos', 'inom', 'angående', 'gällande', 'avseende', 'via', 'genom']);
const MAX_FRAGMENTS = 3;

/** One word of the text, and whether it opens a line (a column wrap may have cut a word there). */
export interface Token {
  word: string;
  lineStart: boolean;
}

/** Words of text lines; the first word of every line after the first may continue the word before it. */
export function tokenise(lines: readonly string[]): Token[] {
  const out: Token[] = [];
  lines.forEach((line, li) => {
    line.split(' ').filter(Boolean).forEach((word, wi) => out.push({ word, lineStart: li > 0 && wi === 0 }));
  });
  return out;
}

function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[,:]$/, '');
  return ROLE_WORDS.has(w) || ROLE_SUFFIX.test(w);
}

/**
 * Reads a presenter from tokens[start..]: role words (each perhaps glued from fragments cut at line
 * starts), units ("Division Social omsorg") and joiners between them. Returns the words, or null when
 * the tail is not entirely a presenter.
 */
function readPresenter(tokens: readonly Token[], start: number): string[] | null {
  const words: string[] = [];
  let i = start;
  let expectUnit = true;
  while (i < tokens.length) {
    const tok = tokens[i] as Token;
    if (!expectUnit) {
      if (!JOINERS.has(tok.word.toLowerCase())) return null;
      words.push(tok.word);
      i++;
      expectUnit = true;
      continue;
    }
    // A glued role word: this token plus fragments that open the following lines.
    let glued: { word: string; next: number } | null = null;
    for (let n = Math.min(MAX_FRAGMENTS, tokens.length - i); n >= 1 && !glued; n--) {
      const parts = tokens.slice(i, i + n);
      if (parts.slice(1).some((p) => !p.lineStart || /^\p{Lu}/u.test(p.word))) continue;
      const word = parts.map((p) => p.word).join('');
      if (isRoleWord(word)) glued = { word, next: i + n };
    }
    if (glued) {
      // "Sakkunnig," before a joiner keeps its comma as the joiner.
      words.push(glued.word.replace(/,$/, ''));
      if (glued.word.endsWith(',')) words.push(',');
      i = glued.next;
      expectUnit = !!glued.word.endsWith(',');
      continue;
    }
    if (UNIT_HEADS.has(tok.word.toLowerCase()) && i + 1 < tokens.length) {
      // The unit's name runs to the end, or to a joiner before another presenter: "Division Vård och omsorg" is one unit,
      // "Division Social omsorg och Sakkunnig" two presenters.
      words.push(tok.word);
      i++;
      while (i < tokens.length && !(JOINERS.has((tokens[i] as Token).word.toLowerCase()) && readPresenter(tokens, i + 1))) {
        words.push((tokens[i++] as Token).word);
      }
      expectUnit = false;
      continue;
    }
    return null;
  }
  return expectUnit ? null : words;
}

/**
 * Splits "Title Presenter" when the tail is a presenter from the vocabulary: the longest such tail
 * that starts with a capital, leaves a title, and does not follow a preposition.
 */
export function splitPresenter(lines: readonly string[]): { title: string[]; presenter: string | null } {
  const tokens = tokenise(lines);
  for (let start = 1; start < tokens.length; start++) {
    const tok = tokens[start] as Token;
    const before = tokens[start - 1] as Token;
    if (!/^\p{Lu}/u.test(tok.word) || PREPOSITIONS.has(before.word.toLowerCase())) continue;
    const presenter = readPresenter(tokens, start);
    if (!presenter) continue;
    return { title: titleLines(tokens.slice(0, start)), presenter: presenter.join(' ').replace(/ ,/g, ',') };
  }
  return { title: [...lines], presenter: null };
}

/** Tokens back into lines, so the title is joined by the same rule as any other. */
function titleLines(tokens: readonly Token[]): string[] {
  const lines: string[] = [];
  for (const t of tokens) {
    if (t.lineStart || lines.length === 0) lines.push(t.word);
    else lines[lines.length - 1] += ` ${t.word}`;
  }
  return lines;
}

// Case by hand, not with the i flag: the presenter after the label must start with a capital.
const LABEL = String.raw`(?:[Ff]öredragande|FÖREDRAGANDE|[Ff]öredragare|[Ff]öredras av|[Pp]resenteras av|[Dd]ragande)(?:\s+tjänste(?:person|man))?`;
// After a colon the presenter may start in lower case ("föredragande: ekonomichef Bo Lind"); without one it must be capitalised.
const LABEL_LINE = new RegExp(String.raw`^(?:(.*?)[\s,;(]+)?${LABEL}\s*(?::\s*(\S.*)|\s(\p{Lu}.*))$`, 'u');

/** A "Föredragande: Anna Ek, ekonomichef" line (also "Föredragare", "Föredras av", "Presenteras av"): the presenter, else null. */
export function presenterLabel(text: string): { before: string; presenter: string } | null {
  const m = LABEL_LINE.exec(text);
  const presenter = m?.[2] ?? m?.[3];
  if (!m || !presenter) return null;
  const before = (m[1] ?? '').trim().replace(/[,;(-]$/, '').trim();
  // Mid-line, only a colon makes "föredragande" a label: "Information från föredragande" is a title.
  if (before && !m[2]) return null;
  return { before, presenter: presenter.trim().replace(/[.;)]$/, '') };
}
