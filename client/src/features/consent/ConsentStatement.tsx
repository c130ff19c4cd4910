import { Heading } from '@digdir/designsystemet-react';
import type { ConsentCheck } from '@samskap/shared/consent';
import { statementBlocksOf } from './checks';
import './consent.css';

export interface ConsentStatementProps {
  readonly check: ConsentCheck;
  /** The level of the statement's own headings (the A/B/C headings of an ambition). */
  readonly headingLevel: 3 | 4 | 5 | 6;
}

/**
 * [K3] The statement people answer to, as it was written: headings, paragraphs and lists. Each
 * block's text is rendered as text by React, never as markup.
 */
export function ConsentStatement({ check, headingLevel }: ConsentStatementProps) {
  return (
    <blockquote className="consent-statement" data-testid="consent-statement">
      {statementBlocksOf(check).map((block, i) => {
        switch (block.type) {
          case 'heading':
            return (
              <Heading key={i} level={headingLevel} data-size="2xs">
                {block.text}
              </Heading>
            );
          case 'paragraph':
            return <p key={i}>{block.text}</p>;
          case 'list': {
            const List = block.ordered ? 'ol' : 'ul';
            return (
              <List key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>{item}</li>
                ))}
              </List>
            );
          }
        }
      })}
    </blockquote>
  );
}
