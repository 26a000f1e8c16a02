import fs from 'node:fs/promises';
import path from 'node:path';
import type { Agenda } from '../domain/agenda';
import { AgendaError } from './errors';
import { importAgenda } from './import';
import { PDF_MAX_BYTES } from './pdf-text';

/** Imports an agenda from a file on disk (the CLI); a missing or oversized file is the user's mistake, not a crash. */
export async function importAgendaFile(file: string): Promise<Agenda> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw Object.assign(new Error(file), { code: 'EISDIR' });
    // Refused before reading, so a mistaken path to a disk image does not fill the memory.
    if (stat.size > PDF_MAX_BYTES) throw new AgendaError('AGENDA.TOO_LARGE', `Filen ${file} är ${Math.ceil(stat.size / 1024 / 1024)} MB; den får vara högst ${PDF_MAX_BYTES / 1024 / 1024} MB`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof AgendaError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new AgendaError('AGENDA.EMPTY', code === 'ENOENT' ? `Filen ${file} finns inte` : code === 'EISDIR' ? `${file} är en mapp, inte en fil` : `Filen ${file} gick inte att läsa (${code})`);
  }
  return importAgenda({ bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName: path.basename(file) });
}
