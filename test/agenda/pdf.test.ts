import fs from 'node:fs';
import path from 'node:path';
import { AgendaError } from '../../src/agenda/errors';
import { importAgenda } from '../../src/agenda/import';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { extractPdfText } from '../../src/agenda/pdf-text';
import { makePdf } from '../helpers/make-pdf';

const seed = (name: string) => fs.readFileSync(path.resolve(__dirname, '../../../shared/seeds', name), 'utf8').split('\n');
const shape = (text: string) => parseKallelseText(text).items.map((a) => [a.section, a.number, a.dnr, a.title, a.handlingar.map((h) => h.title), a.presenter]);

describe('a kallelse as PDF', () => {
  it('reads the Nyköping kallelse from a PDF to the same agenda as its text', async () => {
    const lines = seed('nykoping-socialnamnden-2022-12-08.txt').slice(0, 235);
    const pdf = await makePdf(lines);
    const text = await extractPdfText(pdf);
    expect(text).toContain('KALLELSE TILL SOCIALNÄMNDENS');
    expect(text).toContain('Särskilt förordnad vårdnadshavare');
    const fromPdf = await importAgenda({ bytes: pdf, fileName: 'kallelse.pdf' });
    expect(fromPdf.items.map((a) => [a.section, a.number, a.dnr, a.title, a.handlingar.map((h) => h.title), a.presenter])).toEqual(shape(lines.join('\n')));
    expect(fromPdf.meeting).toMatchObject({ date: '2022-12-08', time: '13:30', place: 'Stadshuset Sal B', public: false });
  });

  it('reads the Gnesta kallelse with its bookmark outline from a PDF', async () => {
    const all = seed('gnesta-socialnamnden-2023-10-03.txt');
    const lines = [...all.slice(0, 93), ...all.slice(6540, 6560)];
    const fromPdf = await importAgenda({ bytes: await makePdf(lines), contentType: 'application/pdf' });
    expect(fromPdf.items.map((a) => [a.section, a.number, a.dnr, a.title, a.handlingar.map((h) => h.title), a.presenter])).toEqual(shape(lines.join('\n')));
    expect(fromPdf.items[4]?.handlingar.map((h) => h.ref)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
    expect(fromPdf.meeting.justering).toEqual({ date: '2023-10-05', time: '16:00', place: 'Kommunledningskontoret Västra Storgatan 15, Gnesta' });
  });

  it.each([
    ['random bytes behind a PDF header', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256))])],
    ['a truncated PDF', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog')],
  ])('refuses %s with a clear error', async (_what, bytes) => {
    const err = await importAgenda({ bytes, fileName: 'kallelse.pdf' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AgendaError);
    expect((err as AgendaError).code).toBe('AGENDA.PDF_UNREADABLE');
  });

  it('refuses a text file named .pdf', async () => {
    await expect(importAgenda({ bytes: Buffer.from('Kallelse'), fileName: 'kallelse.pdf' })).rejects.toThrow('Filen är ingen PDF');
  });

  it('says a PDF without text has no text', async () => {
    await expect(importAgenda({ bytes: await makePdf([]), fileName: 'skannad.pdf' })).rejects.toThrow(/ingen text/);
  });
});
