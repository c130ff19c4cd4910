import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Block, OutcomeDocument } from '../document';
import { cleanDocument } from './safeText';

// PDF/A requires every font embedded: DejaVu Sans (a registry package) covers æ, ø, å and more.
const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const REGULAR = join(fontDir, 'DejaVuSans.ttf');
const BOLD = join(fontDir, 'DejaVuSans-Bold.ttf');
const OBLIQUE = join(fontDir, 'DejaVuSans-Oblique.ttf');

const HEADING_SIZE = { 1: 20, 2: 15, 3: 12.5 } as const;

type Pdf = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Pdf['struct']>;

function renderBlock(pdf: Pdf, root: Struct, b: Block): void {
  const width = pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
  switch (b.type) {
    case 'heading':
      pdf.moveDown(b.level === 1 ? 0 : 0.6);
      pdf.font('bold').fontSize(HEADING_SIZE[b.level]);
      pdf.text(b.text, { width, structParent: root, structType: `H${b.level}` });
      pdf.moveDown(0.3);
      return;
    case 'paragraph':
      pdf.font(b.emphasis === 'note' ? 'oblique' : 'regular').fontSize(10.5);
      pdf.text(b.text, { width, structParent: root, structType: 'P' });
      pdf.moveDown(0.4);
      return;
    case 'list': {
      const list = pdf.struct('L');
      root.add(list);
      pdf.font('regular').fontSize(10.5);
      pdf.list(b.items, { width, structParent: list, listType: b.ordered ? 'numbered' : 'bullet' });
      list.end();
      pdf.moveDown(0.4);
      return;
    }
    case 'table':
      drawTable(pdf, root, b, width);
      return;
  }
}

const CELL_PAD = 3;
const CELL_SIZE = 9;

/** Column widths: the first column (what a row is about) gets more room in wide tables. */
function columns(count: number, width: number): number[] {
  if (count < 4) return Array.from({ length: count }, () => width / count);
  const first = width * 0.28;
  return [first, ...Array.from({ length: count - 1 }, () => (width - first) / (count - 1))];
}

function rowHeight(pdf: Pdf, cells: string[], header: boolean, width: number): number {
  const widths = columns(cells.length, width);
  pdf.font(header ? 'bold' : 'regular').fontSize(CELL_SIZE);
  const heights = cells.map((c, i) =>
    pdf.heightOfString(c || ' ', { width: widths[i]! - 2 * CELL_PAD }),
  );
  return Math.max(...heights) + 2 * CELL_PAD;
}

/**
 * Draws one row at the current position: tagged TH or TD cells under `table`, or, with no
 * table, as an artifact (a header repeated on a new page is for the eye, not the structure).
 */
function drawRow(
  pdf: Pdf,
  table: Struct | null,
  cells: string[],
  header: boolean,
  x: number,
  width: number,
): void {
  const widths = columns(cells.length, width);
  const lefts = widths.map((_, i) => x + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const height = rowHeight(pdf, cells, header, width);
  const top = pdf.y;
  const row = table ? pdf.struct('TR') : null;
  if (row) table!.add(row);
  else pdf.markContent('Artifact', { type: 'Pagination' });
  cells.forEach((text, i) => {
    const cell = row ? pdf.struct(header ? 'TH' : 'TD') : null;
    if (cell) row!.add(cell);
    pdf.font(header ? 'bold' : 'regular').fontSize(CELL_SIZE);
    const options = {
      width: widths[i]! - 2 * CELL_PAD,
      ...(cell ? { structParent: cell, structType: 'P' } : {}),
    };
    pdf.text(text, lefts[i]! + CELL_PAD, top + CELL_PAD, options);
    cell?.end();
  });
  row?.end();
  if (row) pdf.markContent('Artifact', { type: 'Layout' });
  pdf.lineWidth(0.5).rect(x, top, width, height).stroke();
  for (const left of lefts.slice(1))
    pdf
      .moveTo(left, top)
      .lineTo(left, top + height)
      .stroke();
  pdf.endMarkedContent();
  pdf.x = x;
  pdf.y = top + height;
}

/**
 * A table with a tagged header row, repeated at the top of each page it continues on.
 * (pdfkit's own table re-reads the embedded font for every cell: seconds for a plan list.)
 */
function drawTable(
  pdf: Pdf,
  root: Struct,
  b: Extract<Block, { type: 'table' }>,
  width: number,
): void {
  const x = pdf.page.margins.left;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;
  pdf.font('bold').fontSize(10.5);
  const firstRow = b.rows[0] ? rowHeight(pdf, b.rows[0], false, width) : 0;
  if (pdf.y + 30 + rowHeight(pdf, b.header, true, width) + firstRow > bottom()) pdf.addPage();
  pdf.font('bold').fontSize(10.5);
  pdf.text(b.caption, x, pdf.y, { width, structParent: root, structType: 'Caption' });
  pdf.moveDown(0.2);
  const table = pdf.struct('Table');
  root.add(table);
  drawRow(pdf, table, b.header, true, x, width);
  for (const r of b.rows) {
    if (pdf.y + rowHeight(pdf, r, false, width) > bottom()) {
      pdf.addPage();
      drawRow(pdf, null, b.header, true, x, width);
    }
    drawRow(pdf, table, r, false, x, width);
  }
  table.end();
  pdf.moveDown(0.6);
}

/**
 * A tagged PDF/A-2a for the municipality's records: embedded fonts, the document language,
 * the title shown as the window title, and a structure tree with real headings, lists and
 * tables for screen readers.
 */
export function renderPdf(outcome: OutcomeDocument): Promise<Buffer> {
  // [E1–E2] Names and entries add text only: one line where the structure has one.
  const doc = cleanDocument(outcome);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: doc.language,
    displayTitle: true,
    info: { Title: doc.title, Subject: doc.subject, Author: 'Samskap', Creator: 'Samskap' },
  });
  pdf.registerFont('regular', REGULAR);
  pdf.registerFont('bold', BOLD);
  pdf.registerFont('oblique', OBLIQUE);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  for (const b of doc.blocks) renderBlock(pdf, root, b);
  root.end();
  pdf.end();
  return done;
}
