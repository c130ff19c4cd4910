import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ArgumentsView, InputBlock } from '@samskap/shared/arguments';
import type { LiveState } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';

export interface InputNoticeProps {
  readonly state: LiveState;
  readonly view: ArgumentsView;
  readonly block: InputBlock | null;
  readonly headingLevel: 2 | 3 | 4;
}

/**
 * Why the forms are off (paused, another table has the floor), or that this table has the floor,
 * or that entries wait for the facilitator. Locked and ended have the workshop's own banners.
 */
export function InputNotice({ state, view, block, headingLevel }: InputNoticeProps) {
  const { t } = useTranslation();
  const tableName = (id: string) => state.workshop.tables.find((x) => x.id === id)?.name ?? id;
  if (block === 'paused') {
    return (
      <Alert data-color="warning" data-testid="input-paused">
        <Heading level={headingLevel} data-size="xs">
          {t('arguments.input.pausedTitle')}
        </Heading>
        <Paragraph>{t('arguments.input.pausedBody')}</Paragraph>
      </Alert>
    );
  }
  if (block === 'floor_elsewhere' && view.floorTableId !== null) {
    const table = tableName(view.floorTableId);
    return (
      <Alert data-color="info" data-testid="floor-elsewhere">
        <Heading level={headingLevel} data-size="xs">
          {t('arguments.input.floorTitle', { table })}
        </Heading>
        <Paragraph>{t('arguments.input.floorBody', { table })}</Paragraph>
      </Alert>
    );
  }
  return (
    <>
      {block === null && view.floorTableId !== null && (
        <p className="arguments-note" data-testid="floor-yours">
          {t('arguments.input.floorYours')}
        </p>
      )}
      {block === null && view.controlled && (
        <p className="arguments-note" data-testid="controlled-note">
          {t('arguments.input.controlled')}
        </p>
      )}
    </>
  );
}
