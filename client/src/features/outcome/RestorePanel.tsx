import { Alert, Details, Label, Paragraph } from '@digdir/designsystemet-react';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { apiErrorSchema } from '@samskap/shared/workshop';
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { ApiRequestError } from '../../api/http';

export interface RestorePanelProps {
  onRestored(created: CreateWorkshopResponse): void;
}

/** Restores an exported workshop as a new read-only archive (the server checks it whole). */
export function RestorePanel({ onRestored }: RestorePanelProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch('/api/workshops/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: await file.text(),
      });
      const payload: unknown = await response.json().catch(() => null);
      if (response.ok) {
        onRestored(payload as CreateWorkshopResponse);
        return;
      }
      const parsed = apiErrorSchema.safeParse(payload);
      // [M1] Worded from the server's code and field, in the reader's language (not its English).
      const text = apiErrorText(
        parsed.success
          ? new ApiRequestError(
              parsed.data.error.code,
              response.status,
              parsed.data.error.message,
              parsed.data.error.field,
            )
          : null,
      );
      setProblem(t(`errors.${text.key}`, text.values));
    } catch {
      setProblem(t('errors.network'));
    } finally {
      setBusy(false);
    }
  }

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
            onChange={(e) => void onFile(e)}
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
