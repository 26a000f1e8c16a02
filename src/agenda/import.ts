import type { Agenda } from '../domain/agenda';
import { AgendaError } from './errors';
import { readMeetingPack } from './meeting-pack';
import { extractPdfText, PDF_MAX_BYTES } from './pdf-text';
import { parseAgendaJson, parseAgendaYaml } from './structured';

/** What was handed over: the bytes, and the file name or content type where known. */
export interface AgendaSource {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
}

/** What a source turned out to be: a PDF (still bytes), or decoded text to read as agenda JSON, YAML or a kallelse. */
export type SniffedAgenda = { kind: 'pdf'; bytes: Uint8Array } | { kind: 'json' | 'yaml' | 'text'; text: string };

const NOT_TEXT = 'Filen ser inte ut som text, PDF, JSON eller YAML';
// How much is looked at to tell text from binary: enough for any header, cheap for a 30 MB file.
const SAMPLE_BYTES = 64 * 1024;
// A few broken characters (a text cut mid-character, one odd byte) are tolerated; more means it is not UTF-8.
const MAX_BROKEN_SHARE = 0.01;
const MAX_CONTROL_SHARE = 0.005;

/** Formats that are neither text nor PDF but common enough to deserve their own answer. */
const KNOWN_BINARIES: ReadonlyArray<{ magic: number[]; what: string }> = [
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'ett Word-dokument eller ett zip-arkiv (.docx, .zip)' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'ett äldre Office-dokument (.doc)' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'en bild (PNG)' },
  { magic: [0xff, 0xd8, 0xff], what: 'en bild (JPEG)' },
  { magic: [0x49, 0x49, 0x2a, 0x00], what: 'en bild (TIFF)' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], what: 'en bild (TIFF)' },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);

/** True when "%PDF-" opens the file; readers accept it anywhere in the first kilobyte, after junk some mail systems add. */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i !== -1 && i + 5 <= head.length; i = head.indexOf(0x25, i + 1)) {
    if (head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** The charset a content type names ("text/plain; charset=windows-1252"), when TextDecoder knows it. */
function charsetOf(contentType: string): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  if (!m?.[1]) return null;
  try {
    return new TextDecoder(m[1]).encoding;
  } catch {
    return null;
  }
}

/** UTF-16 without a byte order mark: ASCII-heavy text has a zero in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), 2048);
  if (pairs < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero > 0.9 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.9 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

const share = (text: string, pattern: RegExp): number => (text.match(pattern)?.length ?? 0) / Math.max(1, text.length);
// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL; C1 controls.
// eslint-disable-next-line no-control-regex -- control characters are what tells binary from text
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F\u0080-\u009F]/g;
const looksLikeText = (sample: string): boolean => !sample.includes('\u0000') && share(sample, CONTROLS) <= MAX_CONTROL_SHARE;

/**
 * The text of a file: UTF-8 (BOM stripped), UTF-16 with a BOM (or plainly UTF-16 without one), the
 * charset its content type names, or Windows-1252 when it is clearly not UTF-8 but clearly Swedish text
 * from an older Windows program. Anything else is binary (AGENDA.BINARY).
 */
function decodeText(bytes: Uint8Array, contentType: string): string {
  const decode = (encoding: string, from = 0): string => new TextDecoder(encoding).decode(bytes.subarray(from));
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) text = decode('utf-8', 3);
  else if (startsWith(bytes, [0xff, 0xfe])) text = decode('utf-16le', 2);
  else if (startsWith(bytes, [0xfe, 0xff])) text = decode('utf-16be', 2);
  else {
    const utf16 = utf16WithoutBom(bytes);
    const charset = charsetOf(contentType);
    if (utf16) text = decode(utf16);
    else if (charset && charset !== 'utf-8') text = decode(charset);
    else {
      const sample = bytes.subarray(0, SAMPLE_BYTES);
      if (sample.includes(0)) throw new AgendaError('AGENDA.BINARY', NOT_TEXT);
      text = decode('utf-8');
      const head = text.slice(0, SAMPLE_BYTES);
      const broken = share(head, /\uFFFD/g);
      if (broken > 0) {
        // UTF-8 with a few broken characters still has its å, ä and ö as valid sequences; an 8-bit text has none.
        const valid = share(head, /[\u0080-\uFFFC\uFFFE\uFFFF]/g);
        if (valid >= broken) {
          if (broken > MAX_BROKEN_SHARE) throw new AgendaError('AGENDA.BINARY', NOT_TEXT);
        } else {
          text = decode('windows-1252');
          if (!looksLikeText(text.slice(0, SAMPLE_BYTES))) throw new AgendaError('AGENDA.BINARY', NOT_TEXT);
        }
      }
    }
  }
  if (!looksLikeText(text.slice(0, SAMPLE_BYTES))) throw new AgendaError('AGENDA.BINARY', NOT_TEXT);
  return text;
}

const fileExtension = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';

/** What the source is, by content first (PDF magic, a text's first character), then by file name and content type. */
export function sniffAgenda(source: AgendaSource): SniffedAgenda {
  const { bytes } = source;
  const type = (source.contentType ?? '').toLowerCase();
  const ext = fileExtension(source.fileName ?? '');
  if (bytes.byteLength === 0) throw new AgendaError('AGENDA.EMPTY', 'Filen är tom');
  if (bytes.byteLength > PDF_MAX_BYTES) {
    throw new AgendaError('AGENDA.TOO_LARGE', `Filen är ${Math.ceil(bytes.byteLength / 1024 / 1024)} MB; den får vara högst ${PDF_MAX_BYTES / 1024 / 1024} MB`);
  }
  if (isPdf(bytes)) return { kind: 'pdf', bytes };
  const known = KNOWN_BINARIES.find((k) => startsWith(bytes, k.magic));
  if (known) throw new AgendaError('AGENDA.UNSUPPORTED_TYPE', `Filen är ${known.what}. Spara kallelsen som PDF eller text, eller skicka dagordningen som JSON eller YAML`);
  if (ext === 'pdf' || type.includes('/pdf')) {
    throw new AgendaError('AGENDA.PDF_UNREADABLE', 'Filen är ingen PDF fast den heter så: den börjar inte med "%PDF-". Spara kallelsen som PDF igen');
  }
  const text = decodeText(bytes, type);
  if (!text.trim()) throw new AgendaError('AGENDA.EMPTY', 'Filen innehåller bara blanktecken');
  const head = text.trimStart();
  if (/^<(!doctype html|html[\s>])/i.test(head)) {
    throw new AgendaError('AGENDA.UNSUPPORTED_TYPE', 'Filen är en webbsida (HTML), inte en kallelse. Ladda ner kallelsen som PDF och försök igen');
  }
  if (/^\{\\rtf/.test(head)) throw new AgendaError('AGENDA.UNSUPPORTED_TYPE', 'Filen är ett RTF-dokument. Spara kallelsen som PDF eller text');
  if (ext === 'yaml' || ext === 'yml' || type.includes('yaml')) return { kind: 'yaml', text };
  if (ext === 'json' || type.includes('json') || head.startsWith('{') || head.startsWith('[')) return { kind: 'json', text };
  // A YAML agenda handed over without a name: it opens with a document marker or one of its two keys.
  if (/^(?:---[ \t]*(?:\r?\n|$)|%YAML|(?:#[^\n]*\n\s*)*(?:meeting|items)[ \t]*:)/.test(head)) return { kind: 'yaml', text };
  return { kind: 'text', text };
}

/** Every import path ends here: a kallelse as PDF or text, or agenda JSON or YAML, told apart by content, name and type. */
export async function importAgenda(source: AgendaSource): Promise<Agenda> {
  const sniffed = sniffAgenda(source);
  switch (sniffed.kind) {
    case 'pdf':
      return readMeetingPack(await extractPdfText(sniffed.bytes));
    case 'json':
      return parseAgendaJson(sniffed.text);
    case 'yaml':
      return parseAgendaYaml(sniffed.text);
    case 'text':
      return readMeetingPack(sniffed.text);
  }
}
