import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { duplicateWorkshop } from '../../api/workshops';
import { resolveLinkToken } from '../../session/credentials';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { FacilitatorActions } from './useFacilitatorActions';

export interface WorkshopPanelProps {
  readonly workshopId: string;
  readonly token: string;
  readonly actions: FacilitatorActions;
  readonly ended: boolean;
  onError(error: unknown): void;
}

/** Duplicate the workshop as a template, or end it (it becomes a read-only archive). */
export function WorkshopPanel({ workshopId, token, actions, ended, onError }: WorkshopPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [duplicating, setDuplicating] = useState(false);

  async function duplicate(): Promise<void> {
    setDuplicating(true);
    try {
      const created = await duplicateWorkshop(workshopId, token);
      // Remember the new projector link too: the server shows it only now.
      resolveLinkToken('projector', created.workshop.id, `#${created.projectorToken}`);
      location.assign(created.links.console);
    } catch (error) {
      onError(error);
      setDuplicating(false);
    }
  }

  return (
    <section className="console-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.workshop.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('console.workshop.duplicateHint')}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" disabled={duplicating} onClick={() => void duplicate()}>
          {t('console.workshop.duplicate')}
        </Button>
        {!ended && (
          <Button
            data-color="danger"
            variant="secondary"
            disabled={actions.busy}
            onClick={() => setConfirming(true)}
          >
            {t('console.workshop.end')}
          </Button>
        )}
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('console.workshop.confirmEndTitle')}
        body={t('console.workshop.confirmEndBody')}
        confirmLabel={t('console.workshop.confirmEnd')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void actions.run({ type: 'workshop.end' });
        }}
      />
    </section>
  );
}
