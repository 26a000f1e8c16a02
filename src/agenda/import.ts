import type { Agenda } from '../domain';
import { AgendaError } from './errors';
import { parseKallelseText } from './parse-kallelse';
import { extractPdfText } from './pdf-text';
import { parseAgendaJson, parseAgendaYaml } from './structured';

/** What was handed over: the bytes, and the file name or content type where known. */
export interface AgendaSource {
  bytes: Uint8Array;
  fileName?: string;
  contentType?: string;
}

/** Decodes text: UTF-8 (BOM stripped) or UTF-16 with a BOM; refuses binary that is not a PDF. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.includes(0)) throw new AgendaError('AGENDA.BINARY', 'Filen ser inte ut som text, PDF, JSON eller YAML');
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const bad = (text.slice(0, 64 * 1024).match(/\uFFFD/g) ?? []).length;
  if (bad > 8) throw new AgendaError('AGENDA.BINARY', 'Filen är inte UTF-8-text (spara kallelsen som UTF-8, PDF eller JSON)');
  return text;
}

/** Every import path ends here: PDF, kallelse text, agenda JSON or YAML, told apart by content, name and type. */
export async function importAgenda(source: AgendaSource): Promise<Agenda> {
  const { bytes } = source;
  const type = (source.contentType ?? '').toLowerCase();
  const name = (source.fileName ?? '').toLowerCase();
  if (bytes.byteLength === 0) throw new AgendaError('AGENDA.EMPTY', 'Filen är tom');
  if (bytes.byteLength >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-') return parseKallelseText(await extractPdfText(bytes));
  if (type.includes('pdf') || name.endsWith('.pdf')) throw new AgendaError('AGENDA.PDF_UNREADABLE', 'Filen är ingen PDF (den börjar inte med %PDF-)');
  const text = decodeText(bytes);
  if (!text.trim()) throw new AgendaError('AGENDA.EMPTY', 'Filen är tom');
  if (type.includes('json') || name.endsWith('.json') || /^\s*[{[]/.test(text)) return parseAgendaJson(text);
  if (type.includes('yaml') || name.endsWith('.yaml') || name.endsWith('.yml')) return parseAgendaYaml(text);
  return parseKallelseText(text);
}
