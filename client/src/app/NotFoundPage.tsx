import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../ui/AppLink';
import { useDocumentTitle } from './useDocumentTitle';

export interface NotFoundPageProps {
  readonly path: string;
}

export function NotFoundPage({ path }: NotFoundPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.body', { path })}</Paragraph>
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('notFound.back')}
        </AppLink>
      </Paragraph>
    </>
  );
}
