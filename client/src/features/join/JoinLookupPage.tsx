import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { JoinLookupResponse } from '@samskap/shared/workshop';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { lookupJoinCode } from '../../api/workshops';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AppLink } from '../../ui/AppLink';
import { JoinDetailsForm } from './JoinDetailsForm';
import { parseJoinCode } from './joinCode';

export interface JoinLookupPageProps {
  /** The code segment of `/j/CODE`, as it came in the URL. */
  readonly code: string;
}

type Lookup =
  | { readonly status: 'loading' }
  | { readonly status: 'found'; readonly workshop: JoinLookupResponse }
  | { readonly status: 'failed'; readonly error: unknown };

/** `/j/CODE`: looks the code up, then asks who is joining and where they sit. */
export function JoinLookupPage({ code }: JoinLookupPageProps) {
  const parsed = parseJoinCode(code);
  if (!parsed.ok) return <InvalidCode code={code} />;
  return <ValidCode key={parsed.code} code={parsed.code} />;
}

function ValidCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const [lookup, setLookup] = useState<Lookup>({ status: 'loading' });
  const load = useCallback(() => {
    let cancelled = false;
    lookupJoinCode(code).then(
      (workshop) => !cancelled && setLookup({ status: 'found', workshop }),
      (error: unknown) => !cancelled && setLookup({ status: 'failed', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [code]);
  useEffect(load, [load]);
  const title =
    lookup.status === 'found'
      ? lookup.workshop.title
      : lookup.status === 'failed'
        ? t('join.lookup.failedTitle')
        : t('join.lookup.title');
  useDocumentTitle(title);

  if (lookup.status === 'found') {
    return <JoinDetailsForm code={code} workshop={lookup.workshop} onStale={load} />;
  }
  return (
    <>
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {title}
      </Heading>
      {lookup.status === 'loading' ? (
        <div className="lookup" role="status">
          <Spinner aria-hidden="true" data-size="md" />
          <Paragraph data-size="lg">{t('join.lookup.body', { code })}</Paragraph>
        </div>
      ) : (
        <Alert data-color="danger" data-testid="join-error">
          <Paragraph>{t(`errors.${apiErrorText(lookup.error).key}`)}</Paragraph>
        </Alert>
      )}
      {lookup.status === 'failed' && (
        <div>
          <Button variant="secondary" onClick={() => (setLookup({ status: 'loading' }), load())}>
            {t('join.lookup.retry')}
          </Button>
        </div>
      )}
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('join.lookup.back')}
        </AppLink>
      </Paragraph>
    </>
  );
}

function InvalidCode({ code }: { code: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('join.lookup.invalidTitle'));
  return (
    <>
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('join.lookup.invalidTitle')}
      </Heading>
      <Paragraph data-size="lg">{t('join.lookup.invalidBody', { code })}</Paragraph>
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('join.lookup.back')}
        </AppLink>
      </Paragraph>
    </>
  );
}
