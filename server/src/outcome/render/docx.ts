import {
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { Block, OutcomeDocument } from '../document';
import { cleanDocument } from './safeText';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

function blocks(b: Block, listIndex: () => number): Array<Paragraph | Table> {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ text: b.text, heading: HEADINGS[b.level] })];
    case 'paragraph':
      return [
        new Paragraph({
          // A line break in the text is a break in the paragraph, never a new paragraph.
          children: b.text
            .split('\n')
            .map(
              (line, i) =>
                new TextRun({ text: line, italics: b.emphasis === 'note', break: i > 0 ? 1 : 0 }),
            ),
        }),
      ];
    case 'list': {
      // Each ordered list restarts its numbering: a new instance of the numbering definition.
      const instance = listIndex();
      return b.items.map((item) =>
        b.ordered
          ? new Paragraph({ text: item, numbering: { reference: 'ordered', level: 0, instance } })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    }
    case 'table':
      return [
        new Paragraph({ children: [new TextRun({ text: b.caption, bold: true })] }),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.header.map(
                (h) =>
                  new TableCell({
                    children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })],
                  }),
              ),
            }),
            ...b.rows.map(
              (r) =>
                new TableRow({
                  children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })),
                }),
            ),
          ],
        }),
      ];
  }
}

/**
 * DOCX for the administration's draft: real Word headings (Heading 1–3), real lists and tables
 * with a repeated header row, so it stays editable and readable with a screen reader.
 */
export async function renderDocx(outcome: OutcomeDocument): Promise<Buffer> {
  // [E1–E2] Names and entries add text only; the docx library escapes XML itself.
  const doc = cleanDocument(outcome);
  let lists = 0;
  const section: ISectionOptions = {
    children: doc.blocks.flatMap((b) => blocks(b, () => ++lists)),
  };
  const document = new Document({
    title: doc.title,
    subject: doc.subject,
    creator: 'Samskap',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: 'start' }],
        },
      ],
    },
    sections: [section],
  });
  return Packer.toBuffer(document);
}
