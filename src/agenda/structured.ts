import YAML, { YAMLError } from 'yaml';
import type { ZodIssue } from 'zod';
import { Agenda } from '../domain/agenda';
import { AgendaError } from './errors';
import { findJsonFault, lineColumnOf } from './structured-json-fault';

const MAX_ISSUES_SHOWN = 3;

/** "items[3].number" from a zod path; "dokumentet" for the whole. */
function pathOf(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || 'dokumentet';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  nan: 'ett tal',
  integer: 'ett heltal',
  boolean: 'true eller false',
  object: 'ett objekt',
  array: 'en lista',
  null: 'null',
  date: 'ett datum',
};
const typeName = (t: string): string => TYPE_NAMES[t] ?? t;

/** A union's issue (a handling is a title or an object) told by the alternative the value was meant as. */
function unionIssue(issue: Extract<ZodIssue, { code: 'invalid_union' }>): ZodIssue {
  const atRoot = (i: ZodIssue): boolean => i.code === 'invalid_type' && i.path.length === issue.path.length;
  const meant = issue.unionErrors.find((e) => !e.issues.some(atRoot));
  if (meant?.issues[0]) return meant.issues[0];
  const expected = issue.unionErrors.flatMap((e) => e.issues.filter(atRoot).map((i) => (i.code === 'invalid_type' ? typeName(i.expected) : '')));
  const received = issue.unionErrors[0]?.issues.find(atRoot);
  const was = received?.code === 'invalid_type' ? `, inte ${typeName(received.received)}` : '';
  return { ...issue, code: 'custom', message: `ska vara ${[...new Set(expected)].filter(Boolean).join(' eller ')}${was}` };
}

/** One schema issue in Swedish; the schema's own messages are Swedish already, zod's defaults are not. */
function describeIssue(raw: ZodIssue): string {
  const issue = raw.code === 'invalid_union' ? unionIssue(raw) : raw;
  let text: string;
  switch (issue.code) {
    case 'invalid_type':
      text = issue.received === 'undefined' ? 'saknas' : `ska vara ${typeName(issue.expected)}, inte ${typeName(issue.received)}`;
      break;
    case 'invalid_enum_value':
      text = `ska vara ett av ${issue.options.map((o) => `"${String(o)}"`).join(', ')}, inte "${String(issue.received)}"`;
      break;
    case 'too_small':
      text = /^(String|Array|Number) must/.test(issue.message) ? (issue.type === 'string' ? 'får inte vara tom' : issue.type === 'array' ? 'får inte vara en tom lista' : `ska vara minst ${String(issue.minimum)}`) : issue.message;
      break;
    default:
      text = issue.message;
  }
  return `${pathOf(issue.path)}: ${text}`;
}

/** Agenda files write ärende numbers as numbers (`number: 5` in YAML); the schema wants the printed text. */
function numbersAsText(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { items?: unknown }).items)) return data;
  const items = (data as { items: unknown[] }).items.map((item) =>
    typeof item === 'object' && item !== null && typeof (item as { number?: unknown }).number === 'number' && Number.isInteger((item as { number: number }).number)
      ? { ...item, number: String((item as { number: number }).number) }
      : item,
  );
  return { ...data, items };
}

/** An Agenda from parsed JSON or YAML data; a schema violation names its first problems with their paths (AGENDA.SCHEMA). */
export function agendaFromData(data: unknown): Agenda {
  const parsed = Agenda.safeParse(numbersAsText(data));
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map(describeIssue);
  const more = issues.length > MAX_ISSUES_SHOWN ? ` (och ${issues.length - MAX_ISSUES_SHOWN} fel till)` : '';
  throw new AgendaError('AGENDA.SCHEMA', `Dagordningen följer inte formatet: ${shown.join('; ')}${more}`);
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function refuseEmpty(text: string, kind: string): void {
  if (!text.trim()) throw new AgendaError('AGENDA.EMPTY', `${kind}-texten är tom`);
}

/** Reads the agenda JSON that `agendaToJson` prints (a handling may also be {title, url}); AGENDA.INVALID_JSON names line and column. */
export function parseAgendaJson(text: string): Agenda {
  const source = withoutBom(text);
  refuseEmpty(source, 'JSON');
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    const fault = findJsonFault(source);
    if (fault) throw new AgendaError('AGENDA.INVALID_JSON', `Ogiltig JSON: ${fault.reason}`, `rad ${fault.line}, kolumn ${fault.column}`);
    // The scanner and JSON.parse disagree (or the nesting is too deep to follow): use what JSON.parse says.
    const message = e instanceof Error ? e.message : String(e);
    const at = /at position (\d+)/.exec(message);
    const where = at ? lineColumnOf(source, Number(at[1])) : null;
    throw new AgendaError('AGENDA.INVALID_JSON', `Ogiltig JSON (${message.replace(/ in JSON at position.*$/, '')})`, where ? `rad ${where.line}, kolumn ${where.column}` : null);
  }
  return agendaFromData(data);
}

const YAML_REASONS: Record<string, string> = {
  DUPLICATE_KEY: 'samma nyckel står två gånger',
  TAB_AS_INDENT: 'tabb som indrag; använd mellanslag',
  BAD_INDENT: 'felaktigt indrag, eller en [ eller { som aldrig stängs',
  MISSING_CHAR: 'ett tecken saknas, till exempel ett avslutande citattecken eller en hakparentes',
  MULTIPLE_DOCS: 'filen innehåller flera YAML-dokument; en dagordning är ett dokument',
  BLOCK_AS_IMPLICIT_KEY: 'en nyckel saknar ":" eller indraget är fel',
  MULTILINE_IMPLICIT_KEY: 'en nyckel sträcker sig över flera rader; saknas ":"?',
  RESOURCE_EXHAUSTION: 'för många alias (*namn); skriv ut värdena i stället',
};

/** Reads the same agenda as YAML (YAML 1.2: dates and times stay text); AGENDA.INVALID_YAML names the line. */
export function parseAgendaYaml(text: string): Agenda {
  const source = withoutBom(text);
  refuseEmpty(source, 'YAML');
  let data: unknown;
  try {
    data = YAML.parse(source, { logLevel: 'error', uniqueKeys: true, maxAliasCount: 100 });
  } catch (e) {
    // Turning the document into data can fail too, without a position ("Unresolved alias").
    if (!(e instanceof YAMLError)) throw new AgendaError('AGENDA.INVALID_YAML', `Ogiltig YAML (${e instanceof Error ? e.message : String(e)})`);
    const pos = e.linePos?.[0];
    const detail = e.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
    const reason = YAML_REASONS[e.code] ?? `oväntat innehåll (${detail})`;
    throw new AgendaError('AGENDA.INVALID_YAML', `Ogiltig YAML: ${reason}`, pos ? `rad ${pos.line}, kolumn ${pos.col}` : null);
  }
  return agendaFromData(data);
}
