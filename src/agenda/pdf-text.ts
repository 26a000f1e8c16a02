import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AgendaError } from './errors';

/** The largest PDF read: a whole meeting pack with its attachments fits; anything larger is refused unread. */
export const PDF_MAX_BYTES = 30 * 1024 * 1024;

const DEFAULT_TIMEOUT_MS = 20_000;
// pdf.js parses fonts and streams on the heap; a hostile PDF that wants more is stopped by V8, not the host.
const WORKER_HEAP_MB = 512;
// A page that holds a kallelse has far more than this; a scanned page has nothing, or a stamped page number.
const MIN_CHARS_ON_SOME_PAGE = 40;
// ts-jest runs this file from src/, the build from dist/: scripts/copy-assets.js puts the worker beside it.
const WORKER_FILE = path.join(__dirname, 'pdf-text-worker.mjs');

type WorkerAnswer =
  | { ok: true; text: string; pages: number; longestPage: number }
  | { ok: false; kind: 'password' | 'invalid' | 'internal'; detail: string };

const unreadable = (why: string): AgendaError => new AgendaError('AGENDA.PDF_UNREADABLE', `Filen gick inte att läsa som PDF: ${why}`);

/** Runs the worker once; settles on its answer, its failure, its exit or the time-out, and always stops it. */
function runWorker(bytes: Uint8Array, timeoutMs: number): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    // A copy of exactly these bytes is moved, not cloned, to the worker; the caller's array stays as it was.
    const copy = new Uint8Array(bytes);
    const worker = new Worker(WORKER_FILE, {
      workerData: { bytes: copy },
      transferList: [copy.buffer],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      finish();
    };
    const timer = setTimeout(
      () => settle(() => reject(new AgendaError('AGENDA.PDF_UNREADABLE', `PDF-filen tog för lång tid att läsa (mer än ${Math.ceil(timeoutMs / 1000)} s) och lästes inte klart`))),
      timeoutMs,
    );
    worker.once('message', (answer: WorkerAnswer) => settle(() => resolve(answer)));
    worker.once('error', (e: Error & { code?: string }) =>
      settle(() => {
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') reject(new AgendaError('AGENDA.PDF_UNREADABLE', 'PDF-filen är för stor eller för invecklad att läsa'));
        // The worker file or pdfjs-dist missing is the program's fault, not the user's file.
        else if (e.code === 'ERR_MODULE_NOT_FOUND') reject(e);
        else reject(unreadable(e.message));
      }),
    );
    worker.once('exit', (code) => settle(() => reject(new Error(`PDF-läsaren avslutades utan svar (kod ${code})`))));
  });
}

/** The text of a PDF, line by line and page by page with its bookmarks after, read by pdf.js in a worker stopped after `timeoutMs` (20 s); AgendaError when it cannot be read. */
export async function extractPdfText(bytes: Uint8Array, opts: { timeoutMs?: number } = {}): Promise<string> {
  if (bytes.byteLength > PDF_MAX_BYTES) {
    throw new AgendaError('AGENDA.TOO_LARGE', `PDF-filen är ${Math.ceil(bytes.byteLength / 1024 / 1024)} MB; den får vara högst ${PDF_MAX_BYTES / 1024 / 1024} MB`);
  }
  const answer = await runWorker(bytes, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (!answer.ok) {
    if (answer.kind === 'internal') throw new Error(answer.detail);
    if (answer.kind === 'password') {
      throw new AgendaError('AGENDA.PDF_UNREADABLE', 'PDF-filen är lösenordsskyddad och kan inte läsas. Spara den utan lösenord (eller skicka kallelsen som text) och försök igen');
    }
    throw unreadable(`den är skadad eller ofullständig (${answer.detail.replace(/\.$/, '')})`);
  }
  if (answer.longestPage < MIN_CHARS_ON_SOME_PAGE) {
    throw new AgendaError(
      'AGENDA.PDF_UNREADABLE',
      `PDF-filen har ingen text (inskannad?): ingen av dess ${answer.pages} sidor har läsbar text. Exportera kallelsen som PDF från ordbehandlaren eller skicka den som text`,
    );
  }
  return answer.text;
}
