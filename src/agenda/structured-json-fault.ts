/**
 * Where and why a text is not JSON, in Swedish. JSON.parse says where only for some mistakes, and in
 * English; this scanner walks the text by the JSON grammar (RFC 8259) and stops at the first mistake.
 */

/** The first mistake in a JSON text: its offset (UTF-16 index), 1-based line and column, and why. */
export interface JsonFault {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

class Fault {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

const show = (ch: string): string => (ch === '\n' ? 'radbrytning' : ch === '\t' ? 'tabb' : `"${ch}"`);

class JsonScanner {
  private i = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.skipSpace();
    if (this.i >= this.text.length) throw new Fault(this.i, 'texten är tom');
    this.value();
    this.skipSpace();
    if (this.i < this.text.length) throw new Fault(this.i, `text efter JSON-dokumentets slut (${show(this.text[this.i] as string)})`);
  }

  private skipSpace(): void {
    while (this.i < this.text.length && WS.has(this.text[this.i] as string)) this.i++;
  }

  private unexpected(expected: string): Fault {
    const ch = this.text[this.i];
    if (ch === undefined) return new Fault(this.i, `texten tar slut för tidigt: ${expected} saknas`);
    if (ch === "'") return new Fault(this.i, `enkla citattecken ('), men JSON kräver dubbla (")`);
    if (ch === '/') return new Fault(this.i, 'kommentarer är inte tillåtna i JSON');
    return new Fault(this.i, `väntade ${expected}, men här står ${show(ch)}`);
  }

  private value(): void {
    const ch = this.text[this.i];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    if (ch !== undefined && /[A-Za-zÅÄÖåäö]/.test(ch)) throw new Fault(this.i, 'text utan citattecken; skriv den inom dubbla citattecken (")');
    throw this.unexpected('ett värde');
  }

  private object(): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === '}') return void this.i++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] === '}') throw new Fault(this.i, 'ett kommatecken för mycket före "}"');
      if (this.text[this.i] !== '"') throw this.unexpected('ett namn inom dubbla citattecken');
      this.string();
      this.skipSpace();
      if (this.text[this.i] !== ':') throw this.unexpected('":" efter namnet');
      this.i++;
      this.skipSpace();
      this.value();
      this.skipSpace();
      if (this.text[this.i] === '}') return void this.i++;
      if (this.text[this.i] !== ',') throw this.unexpected('"," eller "}"');
      this.i++;
    }
  }

  private array(): void {
    this.i++;
    this.skipSpace();
    if (this.text[this.i] === ']') return void this.i++;
    for (;;) {
      this.skipSpace();
      if (this.text[this.i] === ']') throw new Fault(this.i, 'ett kommatecken för mycket före "]"');
      this.value();
      this.skipSpace();
      if (this.text[this.i] === ']') return void this.i++;
      if (this.text[this.i] !== ',') throw this.unexpected('"," eller "]"');
      this.i++;
    }
  }

  private string(): void {
    const start = this.i;
    this.i++;
    for (;;) {
      const ch = this.text[this.i];
      if (ch === undefined) throw new Fault(start, 'en text inom citattecken tar aldrig slut (" saknas)');
      if (ch === '"') return void this.i++;
      if (ch < ' ') throw new Fault(this.i, `${show(ch)} inuti en text inom citattecken (skriv \\n eller \\t)`);
      if (ch === '\\') {
        const next = this.text[this.i + 1] ?? '';
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.i + 2, this.i + 6))) this.i += 6;
        else if (ESCAPES.has(next)) this.i += 2;
        else throw new Fault(this.i, `ogiltig teckenkod "\\${next}" (skriv \\\\ för ett omvänt snedstreck)`);
        continue;
      }
      this.i++;
    }
  }

  private number(): void {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!m || m[0] === '-') throw new Fault(this.i, 'ett felaktigt tal');
    this.i += m[0].length;
  }
}

/** Line and column (both 1-based) of an offset in a text. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** The first mistake that makes `text` invalid JSON, or null when the scanner finds none (or the nesting is too deep to follow). */
export function findJsonFault(text: string): JsonFault | null {
  try {
    new JsonScanner(text).document();
    return null;
  } catch (e) {
    if (!(e instanceof Fault)) return null; // a RangeError from nesting thousands deep: leave it to JSON.parse's message
    return { offset: e.offset, ...lineColumnOf(text, e.offset), reason: e.reason };
  }
}
