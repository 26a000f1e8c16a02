import PDFDocument from 'pdfkit';

/** A PDF made in memory from text lines, 45 lines a landscape A3 page, in Helvetica (which draws å, ä, ö, é, – and ·). */
export function makePdf(lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A3', layout: 'landscape', margin: 30, info: { Title: 'Kallelse' } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font('Helvetica').fontSize(8);
    lines.forEach((line, i) => {
      if (i > 0 && i % 45 === 0) doc.addPage();
      // An empty line still takes its place on the page.
      doc.text(line.replace(/\t/g, '    ') || ' ', 30, 30 + (i % 45) * 15, { lineBreak: false });
    });
    doc.end();
  });
}
