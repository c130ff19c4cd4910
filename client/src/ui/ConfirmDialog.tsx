import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * A modal "are you sure?" for what cannot be undone. The close button's label is passed in our
 * language: Designsystemet's own default is bokmål only.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog
      open={props.open}
      onClose={props.onCancel}
      closeButton={t('ui.dialogClose')}
      aria-labelledby={headingId}
    >
      <Heading level={2} data-size="sm" id={headingId}>
        {props.title}
      </Heading>
      <Paragraph>{props.body}</Paragraph>
      <div className="button-row">
        <Button data-color="danger" onClick={props.onConfirm}>
          {props.confirmLabel}
        </Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {t('ui.cancel')}
        </Button>
      </div>
    </Dialog>
  );
}
