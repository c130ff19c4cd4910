import { Alert, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { PlanbehovLimits } from '@samskap/shared/planbehov';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/http';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { importPlans, ImportRefusedError, type ImportProblem } from './api';
import { planbehovErrorMessage } from './errors';

export interface ImportSectionProps {
  readonly workshopId: string;
  readonly token: string;
  readonly planCount: number;
  /** The list is frozen once voting has opened. */
  readonly locked: boolean;
  readonly headingLevel: 3 | 4;
}

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; problems: readonly ImportProblem[] }
  | { kind: 'failed'; error: unknown };

/** Reads a CSV file as bytes (BOM and all) and lets the server take it whole or refuse it. */
export function ImportSection(props: ImportSectionProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [waiting, setWaiting] = useState<File | null>(null);

  async function send(file: File): Promise<void> {
    setBusy(true);
    setOutcome(null);
    try {
      if (file.size > PlanbehovLimits.importBytesMax) {
        throw new ApiRequestError('file_too_large', 413, 'The file is larger than 1 MiB.', 'file', {
          mib: PlanbehovLimits.importBytesMax / (1024 * 1024),
        });
      }
      const { imported } = await importPlans(
        props.workshopId,
        props.token,
        await file.arrayBuffer(),
      );
      setOutcome({ kind: 'imported', count: imported });
    } catch (err) {
      setOutcome(
        err instanceof ImportRefusedError
          ? { kind: 'refused', problems: err.problems }
          : { kind: 'failed', error: err },
      );
    } finally {
      setBusy(false);
      // The same file can be chosen again after fixing it.
      if (input.current) input.current.value = '';
    }
  }

  function onFile(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    if (!file) return;
    if (props.planCount > 0) setWaiting(file);
    else void send(file);
  }

  /** The server names each problem by code; the words are ours, in the reader's language. */
  function problemText(p: ImportProblem): string {
    const message = t(`planbehov.importProblems.${p.code}`, p.params);
    if (p.line === 0) return t('planbehov.console.problemFile', { message });
    if (p.field) {
      return t('planbehov.console.problemLineField', { line: p.line, field: p.field, message });
    }
    return t('planbehov.console.problemLine', { line: p.line, message });
  }

  return (
    <section className="pb-import" aria-labelledby={`${inputId}-heading`}>
      <Heading level={props.headingLevel} data-size="xs" id={`${inputId}-heading`}>
        {t('planbehov.console.importHeading')}
      </Heading>
      {props.locked ? (
        <Paragraph>{t('planbehov.console.lockedList')}</Paragraph>
      ) : (
        <div>
          <Label htmlFor={inputId}>{t('planbehov.console.importLabel')}</Label>
          <p className="pb-hint" id={`${inputId}-hint`}>
            {t('planbehov.console.importHint')}
          </p>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            className="pb-import__file"
            disabled={busy}
            aria-describedby={`${inputId}-hint`}
            data-testid="planbehov-file"
            onChange={onFile}
          />
          {busy && <p role="status">{t('planbehov.console.importBusy')}</p>}
        </div>
      )}
      {outcome?.kind === 'imported' && (
        <Alert data-color="success" role="status" data-testid="import-result">
          {t('planbehov.console.imported', { count: outcome.count })}
        </Alert>
      )}
      {outcome?.kind === 'refused' && (
        <Alert data-color="danger" role="alert" data-testid="import-problems">
          <Heading level={(props.headingLevel + 1) as 4 | 5} data-size="2xs">
            {t('planbehov.console.refusedTitle')}
          </Heading>
          <Paragraph>{t('planbehov.console.refusedBody')}</Paragraph>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {outcome?.kind === 'failed' && (
        <Alert data-color="danger" role="alert" data-testid="import-problems">
          {planbehovErrorMessage(t, outcome.error)}
        </Alert>
      )}
      <ConfirmDialog
        open={waiting !== null}
        title={t('planbehov.console.replaceTitle')}
        body={t('planbehov.console.replaceBody', { count: props.planCount })}
        confirmLabel={t('planbehov.console.replaceConfirm')}
        onConfirm={() => {
          const file = waiting;
          setWaiting(null);
          if (file) void send(file);
        }}
        onCancel={() => {
          setWaiting(null);
          if (input.current) input.current.value = '';
        }}
      />
    </section>
  );
}
