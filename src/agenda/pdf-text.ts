import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AgendaError } from './errors';

const MAX_BYTES = 30 * 1024 * 1024;

/** The PDF's text, extracted in a worker thread (pdfjs-dist) that is stopped after `timeoutMs`. */
export function extractPdfText(bytes: Uint8Array, opts: { timeoutMs?: number } = {}): Promise<string> {
  if (bytes.byteLength > MAX_BYTES) return Promise.reject(new AgendaError('AGENDA.TOO_LARGE', 'PDF-filen är större än 30 MB'));
  const timeoutMs = opts.timeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'pdf-text-worker.mjs'), { workerData: { bytes: Buffer.from(bytes) } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new AgendaError('AGENDA.PDF_UNREADABLE', `PDF-filen tog för lång tid att läsa (över ${Math.round(timeoutMs / 1000)} s)`));
    }, timeoutMs);
    worker.once('message', (m: { ok: true; text: string } | { ok: false; name: string; message: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (m.ok) {
        if (!m.text.replace(/\s/g, '')) reject(new AgendaError('AGENDA.PDF_UNREADABLE', 'PDF-filen har ingen text (inskannad?). Exportera kallelsen som PDF med text, eller som text/JSON'));
        else resolve(m.text);
      } else if (m.name === 'PasswordException') {
        reject(new AgendaError('AGENDA.PDF_UNREADABLE', 'PDF-filen är lösenordsskyddad'));
      } else {
        reject(new AgendaError('AGENDA.PDF_UNREADABLE', `Filen gick inte att läsa som PDF: ${m.message}`));
      }
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(new AgendaError('AGENDA.PDF_UNREADABLE', `Filen gick inte att läsa som PDF: ${e.message}`));
    });
  });
}
