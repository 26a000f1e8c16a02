import YAML from 'yaml';
import type { ZodIssue } from 'zod';
import { Agenda } from '../domain';
import { AgendaError } from './errors';

/** "items[3].number" from a zod path. */
function pathOf(issue: ZodIssue): string {
  return issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : String(p)), '') || '(hela dokumentet)';
}

/** Validates parsed JSON/YAML against the Agenda schema; the error names the first problems with their paths. */
export function agendaFromData(data: unknown): Agenda {
  const parsed = Agenda.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${pathOf(i)}: ${i.message === 'Required' ? 'saknas' : i.message}`);
  throw new AgendaError('AGENDA.SCHEMA', `Dagordningen följer inte formatet: ${issues.join('; ')}`, pathOf(parsed.error.issues[0] as ZodIssue));
}

/** Reads the agenda JSON that `namndbot agenda parse --json` prints (a handling may be {title, url}). */
export function parseAgendaJson(text: string): Agenda {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    let where: string | null = null;
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      where = `rad ${line}, kolumn ${Number(pos[1]) - before.lastIndexOf('\n')}`;
    }
    throw new AgendaError('AGENDA.INVALID_JSON', `Ogiltig JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}`, where);
  }
  return agendaFromData(data);
}

/** Reads the same agenda as YAML. */
export function parseAgendaYaml(text: string): Agenda {
  let data: unknown;
  try {
    data = YAML.parse(text);
  } catch (e) {
    const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    throw new AgendaError('AGENDA.INVALID_YAML', `Ogiltig YAML: ${(e as Error).message.split('\n')[0]}`, line ? `rad ${line}` : null);
  }
  return agendaFromData(data);
}
