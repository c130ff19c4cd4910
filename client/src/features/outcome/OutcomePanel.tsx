import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { downloadWithToken } from './download';
import './outcome.css';

export interface OutcomePanelProps {
  readonly workshopId: string;
  readonly token: string;
}

type Kind = 'docx' | 'pdf' | 'md' | 'export';

const PATHS: Record<Kind, (id: string) => string> = {
  docx: (id) => `/workshops/${id}/outcome/docx`,
  pdf: (id) => `/workshops/${id}/outcome/pdf`,
  md: (id) => `/workshops/${id}/outcome/md`,
  export: (id) => `/workshops/${id}/export`,
};

/** The console's downloads: the outcome as DOCX, PDF/A and Markdown, and the whole workshop. */
export function OutcomePanel({ workshopId, token }: OutcomePanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const action = useAsyncAction();
  const [which, setWhich] = useState<Kind | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { error } = action;

  async function download(kind: Kind): Promise<void> {
    setWhich(kind);
    setDone(null);
    const ext = kind === 'export' ? 'json' : kind;
    await action.run(async () =>
      setDone(await downloadWithToken(PATHS[kind](workshopId), token, `samskap.${ext}`)),
    );
  }

  const button = (kind: Kind, label: string) => (
    <Button
      variant="secondary"
      disabled={action.busy}
      onClick={() => void download(kind)}
      data-testid={`download-${kind}`}
    >
      {action.busy && which === kind ? t('outcome.busy') : label}
    </Button>
  );

  return (
    <section className="console-panel outcome-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('outcome.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('outcome.lead')}</Paragraph>
      <div className="outcome-panel__buttons">
        {button('docx', t('outcome.docx'))}
        {button('pdf', t('outcome.pdf'))}
        {button('md', t('outcome.markdown'))}
      </div>
      <Paragraph data-size="sm">{t('outcome.exportHint')}</Paragraph>
      {button('export', t('outcome.export'))}
      <div role="status" aria-live="polite">
        {done !== null && <Paragraph data-size="sm">{t('outcome.done', { name: done })}</Paragraph>}
      </div>
      {error !== null && (
        <Alert data-color="danger" role="alert">
          <Paragraph>
            {t('outcome.failed')}{' '}
            {t(`errors.${apiErrorText(error).key}`, apiErrorText(error).values)}
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
