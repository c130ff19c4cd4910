import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ParticipantSummary } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { PanelProps } from './AgendaPanel';
import { ParticipantRow } from './ParticipantRow';

/** Everyone who has joined, table by table, with move and remove. */
export function ParticipantsPanel({ state, actions, readOnly }: PanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [removing, setRemoving] = useState<ParticipantSummary | null>(null);
  const { tables } = state.workshop;
  const nameOf = (p: ParticipantSummary) => p.displayName ?? t('console.participants.unnamed');

  return (
    <section className="console-panel console-panel--wide" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.participants.heading')}
      </Heading>
      {state.participants.length === 0 && <Paragraph>{t('console.participants.nobody')}</Paragraph>}
      <div className="participant-tables">
        {tables.map((table) => {
          const seated = state.participants.filter((p) => p.tableId === table.id);
          return (
            <section key={table.id} className="participant-table" aria-label={table.name}>
              <Heading level={3} data-size="2xs">
                {table.name}{' '}
                <span className="participant-table__count">
                  {seated.length}/{table.capacity}
                </span>
              </Heading>
              {seated.length === 0 ? (
                <Paragraph data-size="sm">{t('console.participants.empty')}</Paragraph>
              ) : (
                <ul className="participant-list">
                  {seated.map((participant) => (
                    <ParticipantRow
                      key={participant.id}
                      participant={participant}
                      name={nameOf(participant)}
                      tables={tables}
                      disabled={readOnly || actions.busy}
                      onMove={(tableId) =>
                        void actions.run({
                          type: 'participant.move',
                          participantId: participant.id,
                          tableId,
                        })
                      }
                      onRemove={() => setRemoving(participant)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
      <ConfirmDialog
        open={removing !== null}
        title={t('console.participants.confirmRemoveTitle', {
          name: removing ? nameOf(removing) : '',
        })}
        body={t('console.participants.confirmRemoveBody')}
        confirmLabel={t('console.participants.confirmRemove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          const participant = removing;
          setRemoving(null);
          if (participant) {
            void actions.run({ type: 'participant.remove', participantId: participant.id });
          }
        }}
      />
    </section>
  );
}
