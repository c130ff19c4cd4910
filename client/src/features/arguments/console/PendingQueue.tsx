import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../ActionError';
import { useAuthorLabel } from '../EntryMeta';
import { pendingEntries } from '../tree';
import type { ConsoleSectionProps } from './types';
import { useMapActions } from './useMapActions';

/** Controlled mode: entries wait here until the facilitator approves or hides them. */
export function PendingQueue({ state, view, token, headingLevel, disabled }: ConsoleSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const act = useMapActions(state.workshop.id, token);
  const author = useAuthorLabel();
  const pending = pendingEntries(view);
  return (
    <section
      className="console-panel arguments-panel"
      aria-labelledby={headingId}
      data-testid="pending-queue"
    >
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t('arguments.console.pending.heading')} ({pending.length})
      </Heading>
      {pending.length === 0 ? (
        <Paragraph>{t('arguments.console.pending.empty')}</Paragraph>
      ) : (
        <ul className="pending-list">
          {pending.map(({ entry, question }) => (
            <li key={entry.id} className="pending-item" data-testid="pending-entry">
              <p className="pending-item__text">{entry.text}</p>
              <p className="entry-meta">
                <span>{t(`arguments.kind.${entry.kind}`)}</span>
                <span>{author(entry)}</span>
                {question && <span>{question.text}</span>}
              </p>
              <div className="button-row">
                <Button
                  data-size="sm"
                  disabled={disabled || act.busy}
                  onClick={() => void act.run({ type: 'entry.approve', entryId: entry.id })}
                >
                  {t('arguments.console.pending.approve')}
                  <span className="visually-hidden"> «{entry.text}»</span>
                </Button>
                <Button
                  data-size="sm"
                  variant="secondary"
                  data-color="danger"
                  disabled={disabled || act.busy}
                  onClick={() => void act.run({ type: 'entry.hide', entryId: entry.id })}
                >
                  {t('arguments.console.pending.hide')}
                  <span className="visually-hidden"> «{entry.text}»</span>
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={act.error} />
    </section>
  );
}
