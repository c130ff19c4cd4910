import { Alert, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { OppdragLimits, type OppdragImportProblem } from '@samskap/shared/oppdrag';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/http';
import { importOppdrag, OppdragImportRefusedError } from './api';
import { oppdragErrorMessage } from './errors';

type Outcome =
  | { kind: 'imported'; count: number }
  | { kind: 'refused'; problems: readonly OppdragImportProblem[] }
  | { kind: 'failed'; error: unknown };

/** Reads the CSV as bytes and lets the server take it whole or refuse it with every problem. */
export function ImportPanel(props: {
  readonly workshopId: string;
  readonly token: string;
  readonly headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function onFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (file.size > OppdragLimits.importBytesMax)
        throw new ApiRequestError('file_too_large', 413, 'The file is larger than 1 MiB.');
      const { imported } = await importOppdrag(
        props.workshopId,
        props.token,
        await file.arrayBuffer(),
      );
      setOutcome({ kind: 'imported', count: imported });
    } catch (err) {
      setOutcome(
        err instanceof OppdragImportRefusedError
          ? { kind: 'refused', problems: err.problems }
          : { kind: 'failed', error: err },
      );
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  function problemText(p: OppdragImportProblem): string {
    const message = t(`oppdrag.importProblems.${p.code}`, p.params);
    if (p.line === 0) return t('oppdrag.console.problemFile', { message });
    if (p.field)
      return t('oppdrag.console.problemLineField', { line: p.line, field: p.field, message });
    return t('oppdrag.console.problemLine', { line: p.line, message });
  }

  return (
    <section className="op-panel" aria-labelledby={`${id}-h`}>
      <Heading level={props.headingLevel} data-size="xs" id={`${id}-h`}>
        {t('oppdrag.console.importHeading')}
      </Heading>
      <Label htmlFor={id}>{t('oppdrag.console.importLabel')}</Label>
      <p className="op-muted" id={`${id}-hint`}>
        {t('oppdrag.console.importHint')}
      </p>
      <input
        ref={input}
        id={id}
        type="file"
        accept=".csv,text/csv"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        data-testid="oppdrag-file"
        onChange={(e) => void onFile(e)}
      />
      {busy && <p role="status">{t('oppdrag.console.importBusy')}</p>}
      {outcome?.kind === 'imported' && (
        <Alert data-color="success" role="status" data-testid="oppdrag-import-result">
          {t('oppdrag.console.imported', { count: outcome.count })}
        </Alert>
      )}
      {outcome?.kind === 'refused' && (
        <Alert data-color="danger" role="alert" data-testid="oppdrag-import-problems">
          <Heading level={(props.headingLevel + 1) as 4 | 5} data-size="2xs">
            {t('oppdrag.console.refusedTitle')}
          </Heading>
          <Paragraph>{t('oppdrag.console.refusedBody')}</Paragraph>
          <ul>
            {outcome.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {outcome?.kind === 'failed' && (
        <Alert data-color="danger" role="alert" data-testid="oppdrag-import-problems">
          {oppdragErrorMessage(t, outcome.error)}
        </Alert>
      )}
    </section>
  );
}
