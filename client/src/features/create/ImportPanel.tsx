import { Alert, Button, Details, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, importSamfunnsdel } from './setupDraft';
import type { ImportResult, SetupDraft } from './setupDraft';

export interface ImportPanelProps {
  readonly draft: SetupDraft;
  onImported(next: SetupDraft): void;
}

type Outcome = ImportResult | { ok: false; problem: 'tooLarge' } | null;

/** Brings focus areas and goals in from the samfunnsdel's JSON export: a file, or pasted text. */
export function ImportPanel({ draft, onImported }: ImportPanelProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const pasteId = useId();
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(null);

  function apply(text: string): void {
    const result = importSamfunnsdel(draft, text);
    setOutcome(result);
    if (result.ok) onImported(result.draft);
  }

  function onFile(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    event.target.value = ''; // so choosing the same file again reads it again
    if (!file) return;
    if (file.size > IMPORT_MAX_BYTES) {
      setOutcome({ ok: false, problem: 'tooLarge' });
      return;
    }
    void file.text().then(apply);
  }

  return (
    <Details>
      <Details.Summary>{t('create.import.heading')}</Details.Summary>
      <Details.Content>
        <div className="import-panel">
          <Paragraph data-size="sm">{t('create.import.hint')}</Paragraph>
          <div>
            <Label htmlFor={fileId}>{t('create.import.file')}</Label>
            <input
              id={fileId}
              type="file"
              accept="application/json,.json"
              className="import-panel__file"
              onChange={onFile}
            />
          </div>
          <div>
            <Label htmlFor={pasteId}>{t('create.import.paste')}</Label>
            <Textarea
              id={pasteId}
              rows={4}
              value={pasted}
              onChange={(e) => setPasted(e.target.value)}
            />
          </div>
          <Button variant="secondary" disabled={pasted.trim() === ''} onClick={() => apply(pasted)}>
            {t('create.import.apply')}
          </Button>
          {outcome !== null && (
            <Alert data-color={outcome.ok ? 'success' : 'danger'} role="status">
              {outcome.ok
                ? t('create.import.done', { areas: outcome.draft.focusAreas.length })
                : outcome.problem === 'tooLarge'
                  ? t('create.import.tooLarge', { kb: IMPORT_MAX_BYTES / 1024 })
                  : outcome.problem === 'json'
                    ? t('create.import.json')
                    : t('create.import.shape', { path: outcome.path })}
            </Alert>
          )}
        </div>
      </Details.Content>
    </Details>
  );
}
