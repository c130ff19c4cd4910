import { Alert, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { OppdragLimits, type OppdragImportProblem } from '@samskap/shared/oppdrag';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../../api/http';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { importOppdrag, OppdragImportRefusedError } from './api';
import { oppdragErrorMessage } from './errors';

/** Reads the CSV as bytes and lets the server take it whole or refuse it with every problem. */
export function ImportPanel(props: {
  readonly workshopId: string;
  readonly token: string;
  readonly headingLevel: 3 | 4;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const action = useAsyncAction();
  const [imported, setImported] = useState<number | null>(null);
  const refused = action.error instanceof OppdragImportRefusedError ? action.error : null;

  async function onFile(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    if (!file) return;
    setImported(null);
    await action.run(async () => {
      if (file.size > OppdragLimits.importBytesMax)
        throw new ApiRequestError('file_too_large', 413, 'The file is larger than 1 MiB.');
      const result = await importOppdrag(props.workshopId, props.token, await file.arrayBuffer());
      setImported(result.imported);
    });
    // The same file again is a new choice (after fixing it in the spreadsheet).
    if (input.current) input.current.value = '';
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
        disabled={action.busy}
        aria-describedby={`${id}-hint`}
        data-testid="oppdrag-file"
        onChange={(e) => void onFile(e)}
      />
      {action.busy && <p role="status">{t('oppdrag.console.importBusy')}</p>}
      {imported !== null && (
        <Alert data-color="success" role="status" data-testid="oppdrag-import-result">
          {t('oppdrag.console.imported', { count: imported })}
        </Alert>
      )}
      {refused && (
        <Alert data-color="danger" role="alert" data-testid="oppdrag-import-problems">
          <Heading level={(props.headingLevel + 1) as 4 | 5} data-size="2xs">
            {t('oppdrag.console.refusedTitle')}
          </Heading>
          <Paragraph>{t('oppdrag.console.refusedBody')}</Paragraph>
          <ul>
            {refused.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {action.error !== null && !refused && (
        <Alert data-color="danger" role="alert" data-testid="oppdrag-import-problems">
          {oppdragErrorMessage(t, action.error)}
        </Alert>
      )}
    </section>
  );
}
