import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Block } from '@samskap/shared/outcome';

export interface SummaryBlocksProps {
  readonly blocks: readonly Block[];
  /** The level a level-2 heading of the document takes on this screen. */
  readonly headingLevel: 2 | 3;
}

type Level = 2 | 3 | 4 | 5;

function repeatsHeading(blocks: readonly Block[], index: number): boolean {
  const before = blocks[index - 1];
  const table = blocks[index];
  return before?.type === 'heading' && table?.type === 'table' && before.text === table.caption;
}

/** The outcome's blocks as real structure: headings, lists and tables, as the document has them. */
export function SummaryBlocks({ blocks, headingLevel }: SummaryBlocksProps) {
  const shift = headingLevel - 2;
  return (
    <>
      {blocks.map((b, i) => {
        switch (b.type) {
          case 'heading': {
            const level = Math.min(5, Math.max(2, b.level + shift)) as Level;
            return (
              <Heading key={i} level={level} data-size={level <= headingLevel ? 'md' : 'sm'}>
                {b.text}
              </Heading>
            );
          }
          case 'paragraph':
            return (
              <Paragraph key={i} className={b.emphasis === 'note' ? 'summary__note' : undefined}>
                {b.text}
              </Paragraph>
            );
          case 'list': {
            const List = b.ordered ? 'ol' : 'ul';
            return (
              <List key={i} className="summary__list">
                {b.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </List>
            );
          }
          case 'table':
            return (
              // A wide table scrolls on a tablet: reachable by keyboard, named by its caption.
              <div
                key={i}
                className="summary__table-wrap"
                role="region"
                aria-label={b.caption}
                tabIndex={0}
              >
                <table className="summary__table">
                  {/* Right under a heading of the same words, the caption is for screen readers. */}
                  <caption className={repeatsHeading(blocks, i) ? 'visually-hidden' : undefined}>
                    {b.caption}
                  </caption>
                  <thead>
                    <tr>
                      {b.header.map((h, j) => (
                        <th key={j} scope="col">
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((row, j) => (
                      <tr key={j}>
                        {row.map((cell, k) =>
                          k === 0 ? (
                            <th key={k} scope="row">
                              {cell}
                            </th>
                          ) : (
                            <td key={k}>{cell}</td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
        }
      })}
    </>
  );
}

/**
 * The projector's pages: one per level-3 part (a focus area, a round, the timeline, a
 * question), each under its section's heading, so that a page fits the stage without scrolling.
 */
export function pagesOf(blocks: readonly Block[]): Block[][] {
  const pages: Block[][] = [];
  let section: Block | null = null;
  for (const b of blocks) {
    if (b.type === 'heading' && b.level <= 2) {
      section = b;
      pages.push([b]);
    } else if (b.type === 'heading' && b.level === 3) {
      const page = pages.at(-1);
      if (page && page.length === 1 && page[0] === section) page.push(b);
      else pages.push(section ? [section, b] : [b]);
    } else if (pages.length > 0) pages.at(-1)!.push(b);
    else pages.push([b]);
  }
  return pages;
}
