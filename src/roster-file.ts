import fs from 'node:fs';
import YAML from 'yaml';
import { Roster } from './domain';

/** Reads ROSTER_FILE (YAML or JSON); a bad file stops the start with a message naming the problem. */
export function readRosterFile(file: string): Roster {
  let raw: unknown;
  try {
    raw = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`ROSTER_FILE ${file} gick inte att läsa: ${(e as Error).message}`);
  }
  const parsed = Roster.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(filen)'}: ${i.message}`);
    throw new Error(`ROSTER_FILE ${file} är felaktig:\n  ${issues.join('\n  ')}`);
  }
  return parsed.data;
}
