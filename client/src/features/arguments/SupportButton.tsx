import { Button } from '@digdir/designsystemet-react';
import type { EntryView } from '@samskap/shared/arguments';
import { useTranslation } from 'react-i18next';
import { ActionError } from './ActionError';
import { setSupport } from './api';
import { useAsyncAction } from '../../ui/useAsyncAction';

export interface SupportButtonProps {
  readonly workshopId: string;
  readonly token: string;
  readonly entry: EntryView;
  readonly disabled: boolean;
}

/**
 * +1 on someone else's entry, once; pressed again, the support is taken back. Not shown on one's
 * own entry or one that is not yet visible (the server refuses both).
 */
export function SupportButton({ workshopId, token, entry, disabled }: SupportButtonProps) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  if (entry.mine || entry.status !== 'visible') return null;
  return (
    <div className="support">
      <Button
        type="button"
        variant={entry.supportedByMe ? 'primary' : 'secondary'}
        data-size="sm"
        className="support__button"
        aria-pressed={entry.supportedByMe}
        disabled={disabled || action.busy}
        data-testid="support-button"
        onClick={() =>
          void action.run(() => setSupport(workshopId, token, entry.id, !entry.supportedByMe))
        }
      >
        {t('arguments.entry.support')}
        <span className="visually-hidden"> «{entry.text}»</span>
      </Button>
      <ActionError error={action.error} />
    </div>
  );
}
