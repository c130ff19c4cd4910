import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { JoinForm } from '../join/JoinForm';

/** What a participant sees on arrival: what Samskap is, and where to type the join code. */
export function StartPage() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  return (
    <>
      <Heading level={1} data-size="2xl" tabIndex={-1}>
        {t('start.title')}
      </Heading>
      <Paragraph data-size="lg" className="lead">
        {t('start.lead')}
      </Paragraph>
      <JoinForm />
    </>
  );
}
