import { Button, Select } from '@digdir/designsystemet-react';
import type { ParticipantSummary, WorkshopTable } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ParticipantRowProps {
  readonly participant: ParticipantSummary;
  readonly name: string;
  readonly tables: readonly WorkshopTable[];
  readonly disabled: boolean;
  onMove(tableId: string): void;
  onRemove(): void;
}

/** One participant: connected or not, name, role, party; move (select + button) and remove. */
export function ParticipantRow(props: ParticipantRowProps) {
  const { participant, name, tables, disabled } = props;
  const { t } = useTranslation();
  const selectId = useId();
  const others = tables.filter((table) => table.id !== participant.tableId);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const chosen = others.some((table) => table.id === target) ? target : (others[0]?.id ?? '');
  return (
    <li className="participant" data-testid="participant" data-connected={participant.connected}>
      <span className="participant__who">
        <span
          className="participant__dot"
          data-connected={participant.connected}
          role="img"
          aria-label={
            participant.connected
              ? t('console.participants.connected')
              : t('console.participants.disconnected')
          }
        />
        <span className="participant__name">{name}</span>
        <span className="participant__role">
          {t(`workshop.roles.${participant.role}`)}
          {participant.party ? ` · ${participant.party}` : ''}
        </span>
      </span>
      {others.length > 0 && (
        <span className="participant__move">
          <label htmlFor={selectId} className="visually-hidden">
            {t('console.participants.moveLabel', { name })}
          </label>
          <Select
            id={selectId}
            data-size="sm"
            value={chosen}
            disabled={disabled}
            onChange={(event) => setTarget(event.target.value)}
          >
            {others.map((table) => (
              <option key={table.id} value={table.id}>
                {table.name}
              </option>
            ))}
          </Select>
          <Button
            variant="secondary"
            data-size="sm"
            disabled={disabled}
            onClick={() => props.onMove(chosen)}
          >
            {t('console.participants.move')}
          </Button>
        </span>
      )}
      <Button
        variant="tertiary"
        data-color="danger"
        data-size="sm"
        disabled={disabled}
        aria-label={t('console.participants.removeLabel', { name })}
        onClick={props.onRemove}
      >
        {t('console.participants.remove')}
      </Button>
    </li>
  );
}
