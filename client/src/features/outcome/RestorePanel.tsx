import { Alert, Details, Label, Paragraph } from '@digdir/designsystemet-react';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { useId } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { apiRequest } from '../../api/http';
import { useAsyncAction } from '../../ui/useAsyncAction';

export interface RestorePanelProps {
  onRestored(created: CreateWorkshopResponse): void;
}

/** Restores an exported workshop as a new read-only archive (the server checks it whole). */
export function RestorePanel({ onRestored }: RestorePanelProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const restore = useAsyncAction();

  function onFile(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    void restore.run(async () => {
      const created = await apiRequest<CreateWorkshopResponse>('/workshops/import', {
        method: 'POST',
        raw: { data: await file.text(), contentType: 'application/json' },
      });
      onRestored(created);
    });
  }

  const busy = restore.busy;
  // [M1] Worded from the server's code and field, in the reader's language (not its English).
  const problemText = restore.error === null ? null : apiErrorText(restore.error);
  const problem = problemText && t(`errors.${problemText.key}`, problemText.values);

  return (
    <Details>
      <Details.Summary>{t('outcome.restore.heading')}</Details.Summary>
      <Details.Content>
        <div className="import-panel">
          <Paragraph data-size="sm">{t('outcome.restore.hint')}</Paragraph>
          <Label htmlFor={fileId}>{t('outcome.restore.file')}</Label>
          <input
            id={fileId}
            type="file"
            accept="application/json,.json"
            className="import-panel__file"
            disabled={busy}
            onChange={onFile}
            data-testid="restore-file"
          />
          <div role="status" aria-live="polite">
            {busy && <Paragraph data-size="sm">{t('outcome.restore.busy')}</Paragraph>}
          </div>
          {problem !== null && (
            <Alert data-color="danger" role="alert">
              <Paragraph>{t('outcome.restore.failed')}</Paragraph>
              <Paragraph data-size="sm">{problem}</Paragraph>
            </Alert>
          )}
        </div>
      </Details.Content>
    </Details>
  );
}
