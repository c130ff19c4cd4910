import { Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AppLink } from '../../ui/AppLink';
import { parseJoinCode } from './joinCode';

export interface JoinLookupPageProps {
  /** The code segment of `/j/CODE`, as it came in the URL. */
  readonly code: string;
}

/**
 * Where the join form leads. For now it only says which workshop is being looked up; the
 * workshops issue replaces the body with the lookup itself.
 */
export function JoinLookupPage({ code }: JoinLookupPageProps) {
  const { t } = useTranslation();
  const parsed = parseJoinCode(code);
  const title = parsed.ok ? t('lookup.title') : t('lookup.invalidTitle');
  useDocumentTitle(title);

  return (
    <>
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {title}
      </Heading>
      {parsed.ok ? (
        <div className="lookup">
          <Spinner aria-label={t('lookup.busy')} data-size="md" />
          <Paragraph data-size="lg">{t('lookup.body', { code: parsed.code })}</Paragraph>
        </div>
      ) : (
        <Paragraph data-size="lg">{t('lookup.invalidBody', { code })}</Paragraph>
      )}
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('lookup.back')}
        </AppLink>
      </Paragraph>
    </>
  );
}
