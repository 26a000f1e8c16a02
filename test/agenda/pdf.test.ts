import fs from 'node:fs';
import path from 'node:path';
import { AgendaError } from '../../src/agenda/errors';
import { importAgenda } from '../../src/agenda/import';
import { readMeetingPack } from '../../src/agenda/meeting-pack';
import { parseKallelseText } from '../../src/agenda/parse-kallelse';
import { extractPdfText } from '../../src/agenda/pdf-text';
import { makeDrawingPdf, makeLayoutPdf, makePdf, widthOf, type Bookmark } from '../helpers/make-pdf';

const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seedLines = (name: string): string[] => fs.readFileSync(path.join(SEEDS, name), 'utf8').split('\n');
const nykoping = seedLines('nykoping-socialnamnden-2022-12-08.txt').slice(0, 235);
const gnestaAll = seedLines('gnesta-socialnamnden-2023-10-03.txt');
const gnestaKallelse = gnestaAll.slice(0, 93);
const gnestaOutline = gnestaAll.slice(6540, 6559);

/** The error a promise rejects with (or a failure when it resolves). */
async function rejection(p: Promise<unknown>): Promise<AgendaError> {
  const e = await p.then(
    () => new Error('expected a rejection'),
    (err: unknown) => err,
  );
  if (!(e instanceof AgendaError)) throw e;
  return e;
}

let nykopingPdf: Buffer;
let gnestaPdf: Buffer;
beforeAll(async () => {
  nykopingPdf = await makePdf(nykoping);
  gnestaPdf = await makePdf([...gnestaKallelse, ...gnestaOutline]);
});

describe('reading a kallelse from a PDF', () => {
  it('extracts the lines of the Nyköping kallelse with Swedish letters intact', async () => {
    const lines = (await extractPdfText(nykopingPdf)).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['KALLELSE TILL SOCIALNÄMNDENS', 'Torsdagen den 8 december 2022 klockan 13:30', 'Sammanträdet är inte öppet för allmänheten', '1 Särskilt förordnad vårdnadshavare', 'SN22/11']));
    // Every printed line comes back whole and in order, so the text differs from the original at most in whitespace.
    const printed = nykoping.map((l) => l.trim()).filter(Boolean);
    expect(lines.map((l) => l.trim()).filter(Boolean)).toEqual(printed);
  });

  it('imports the Nyköping kallelse from a PDF to the same agenda as its text', async () => {
    const fromText = parseKallelseText(nykoping.join('\n'));
    const fromPdf = await importAgenda({ bytes: nykopingPdf, fileName: 'kallelse.pdf' });
    // Every ärende with its section, number, diarienummer, title, handlingar and föredragande, and the meeting.
    expect(fromPdf).toEqual(fromText);
    expect(fromPdf.items).toHaveLength(20);
  });

  it('imports the Gnesta kallelse with its outline printed after it to the same ärenden and handlingar', async () => {
    const fromText = parseKallelseText([...gnestaKallelse, ...gnestaOutline].join('\n'));
    const fromPdf = await importAgenda({ bytes: gnestaPdf, contentType: 'application/pdf' });
    expect(fromPdf).toEqual(fromText);
    expect(fromPdf.items.find((a) => a.number === '5')?.handlingar.map((h) => h.ref)).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5']);
  });

  it('reads the handlingar from the PDF bookmarks of a Gnesta meeting pack', async () => {
    const entries = gnestaOutline.map((l) => l.trim()).filter((l) => /^\d+\.\d+ /.test(l));
    const bookmarks: Bookmark[] = [{ title: 'Föredragningslistan', children: entries.map((title) => ({ title })) }];
    const pdf = await makePdf(gnestaKallelse, { bookmarks });
    const text = await extractPdfText(pdf);
    // Appended the way the seed's text extraction printed them: a tab, and four spaces a level.
    expect(text.split('\n').slice(-19)).toEqual(gnestaOutline.map((l) => l.trimEnd()));
    const fromPdf = await importAgenda({ bytes: pdf });
    expect(fromPdf).toEqual(parseKallelseText([...gnestaKallelse, ...gnestaOutline].join('\n')));
  });

  it('reads the whole Nyköping meeting pack, 158 pages, to the same agenda as the seed text', async () => {
    const all = seedLines('nykoping-socialnamnden-2022-12-08.txt');
    const fromPdf = await importAgenda({ bytes: await makePdf(all) });
    // The whole pack: the kallelse's agenda and each tjänsteskrivelse's förslag till beslut.
    expect(fromPdf).toEqual(readMeetingPack(all.join('\n')));
    expect(fromPdf.items.filter((i) => i.forslag.length > 0)).toHaveLength(12);
  });

  it('reads a whole Gnesta meeting pack, its outline as real bookmarks, to the same agenda as the seed text', async () => {
    const body = gnestaAll.slice(0, 6540);
    const titles = gnestaOutline.map((l) => l.trim()).filter((l) => /^\d+\.\d+ /.test(l));
    const pdf = await makePdf(body, { bookmarks: [{ title: 'Föredragningslistan', children: titles.map((title) => ({ title })) }] });
    const fromPdf = await importAgenda({ bytes: pdf, fileName: 'SN 2023-10-03 kallelse.pdf' });
    const fromText = readMeetingPack(gnestaAll.join('\n'));
    expect(fromPdf).toEqual(fromText);
    expect(fromPdf.items.filter((i) => i.forslag.length > 0)).toHaveLength(7);
  });

  it('reads a PDF protected by an owner password only, which anyone may open', async () => {
    const pdf = await makePdf(nykoping.slice(0, 40), { ownerPassword: 'sekreterare' });
    expect(await extractPdfText(pdf)).toContain('Torsdagen den 8 december 2022 klockan 13:30');
  });
});

describe('rebuilding lines from where the text stands on the page', () => {
  it('joins pieces of a line left to right whatever order they were drawn in, with spaces only at gaps', async () => {
    const pdf = await makeLayoutPdf([
      {
        pieces: [
          { text: 'Samman', x: 40, y: 40 },
          { text: 'träde i socialnämnden', x: 40 + widthOf('Samman'), y: 40 },
          // Drawn twice, a fraction of a point apart: how some programs make bold.
          { text: 'Beslutsärenden', x: 40, y: 70 },
          { text: 'Beslutsärenden', x: 40.4, y: 70 },
          // An agenda table: the title cell drawn before the number cell, the diarienummer in its own column.
          { text: 'Riksnorm för försörjningsstöd 2025', x: 80, y: 100 },
          { text: '1', x: 40, y: 100 },
          { text: 'SN24/9', x: 450, y: 100 },
          { text: 'Delårsrapport', x: 40, y: 112 },
          // A footnote mark raised a third of the font size stays on its line, right after its word.
          { text: '2)', x: 40 + widthOf('Delårsrapport'), y: 110.5, size: 6 },
          // Text turned up the margin keeps its own line, after the page's lines.
          { text: 'Dnr SN24/9 sida 1', x: 570, y: 300, angle: -90 },
        ],
      },
    ]);
    expect((await extractPdfText(pdf)).split('\n')).toEqual(['Sammanträde i socialnämnden', '', 'Beslutsärenden', '', '1 Riksnorm för försörjningsstöd 2025 SN24/9', 'Delårsrapport2)', 'Dnr SN24/9 sida 1']);
  });

  it('reads a page turned by the viewer (/Rotate 90) top to bottom as it is shown', async () => {
    // Drawn turned a quarter anticlockwise on a page the viewer turns a quarter clockwise: upright on screen.
    const shown = (text: string, line: number) => ({ text, x: 100 + 14 * line, y: 500, angle: -90 });
    const pdf = await makeLayoutPdf([{ rotate: 90, pieces: [shown('Andra raden på den liggande sidan', 1), shown('Första raden', 0), shown('Tredje raden', 2)] }]);
    expect(await extractPdfText(pdf)).toBe('Första raden\nAndra raden på den liggande sidan\nTredje raden');
  });

  it('puts a blank line between pages', async () => {
    const first = 'Kallelse till socialnämndens sammanträde, sida ett';
    const second = 'Kallelse till socialnämndens sammanträde, sida två';
    const pdf = await makeLayoutPdf([{ pieces: [{ text: first, x: 40, y: 40 }] }, { pieces: [{ text: second, x: 40, y: 40 }] }]);
    expect(await extractPdfText(pdf)).toBe(`${first}\n\n${second}`);
  });
});

describe('refusing a PDF that cannot be read', () => {
  it.each([
    ['random bytes behind a PDF header', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + (i >> 3)) % 256))])],
    ['a PDF cut off after its first object', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog')],
  ])('refuses %s as unreadable', async (_what, bytes) => {
    const e = await rejection(importAgenda({ bytes, fileName: 'kallelse.pdf' }));
    expect(e.code).toBe('AGENDA.PDF_UNREADABLE');
    expect(e.message).toMatch(/^(Filen gick inte att läsa som PDF|PDF-filen har ingen text)/);
  });

  it('refuses the real PDF truncated to half its length', async () => {
    const e = await rejection(importAgenda({ bytes: nykopingPdf.subarray(0, Math.floor(nykopingPdf.length / 2)) }));
    expect(e.code).toBe('AGENDA.PDF_UNREADABLE');
  });

  it('refuses random bytes named .pdf, saying they are no PDF', async () => {
    const noise = Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 11) % 256));
    const e = await rejection(importAgenda({ bytes: noise, fileName: 'kallelse.pdf' }));
    expect(e.code).toBe('AGENDA.PDF_UNREADABLE');
    expect(e.message).toMatch(/är ingen PDF/);
  });

  it('refuses a text file named .pdf, saying it is no PDF', async () => {
    const e = await rejection(importAgenda({ bytes: Buffer.from(nykoping.join('\n')), fileName: 'kallelse.pdf' }));
    expect(e.code).toBe('AGENDA.PDF_UNREADABLE');
    expect(e.message).toMatch(/är ingen PDF/);
  });

  it('says a password-protected PDF needs its password removed', async () => {
    const e = await rejection(extractPdfText(await makePdf(nykoping.slice(0, 40), { userPassword: 'hemligt' })));
    expect(e.code).toBe('AGENDA.PDF_UNREADABLE');
    expect(e.message).toMatch(/lösenordsskyddad/);
  });

  it('says a PDF of drawings or scans has no text', async () => {
    const e = await rejection(importAgenda({ bytes: await makeDrawingPdf(3), fileName: 'skannad.pdf' }));
    expect(e.code).toBe('AGENDA.PDF_UNREADABLE');
    expect(e.message).toMatch(/^PDF-filen har ingen text \(inskannad\?\)/);
  });

  it('stops reading a PDF that takes longer than the time limit', async () => {
    const started = Date.now();
    const e = await rejection(extractPdfText(nykopingPdf, { timeoutMs: 1 }));
    expect(e.message).toMatch(/tog för lång tid/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a PDF larger than 30 MB without reading it', async () => {
    const huge = new Uint8Array(30 * 1024 * 1024 + 1);
    huge.set(Buffer.from('%PDF-1.7\n'));
    expect((await rejection(extractPdfText(huge))).code).toBe('AGENDA.TOO_LARGE');
  });
});
