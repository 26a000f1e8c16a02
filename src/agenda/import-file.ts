import fs from 'node:fs/promises';
import path from 'node:path';
import type { Agenda } from '../domain';
import { AgendaError } from './errors';
import { importAgenda } from './import';

/** Imports an agenda from a file on disk (the CLI); a missing file is the user's mistake, not a crash. */
export async function importAgendaFile(file: string): Promise<Agenda> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new AgendaError('AGENDA.EMPTY', code === 'ENOENT' ? `Filen ${file} finns inte` : code === 'EISDIR' ? `${file} är en mapp, inte en fil` : `Filen ${file} gick inte att läsa (${code})`);
  }
  return importAgenda({ bytes: new Uint8Array(bytes), fileName: path.basename(file) });
}
