import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AppLink } from '../../ui/AppLink';
import { JoinForm } from '../join/JoinForm';

/** What a participant sees on arrival: what Samskap is, and where to type the join code. */
export function StartPage() {
  const { t } = useTranslation();
  const headingId = useId();
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
      <Card data-color="neutral" variant="tinted">
        <section aria-labelledby={headingId} className="start-facilitator">
          <Heading level={2} data-size="sm" id={headingId}>
            {t('start.facilitatorHeading')}
          </Heading>
          <Paragraph>{t('start.facilitatorBody')}</Paragraph>
          <AppLink to="/new" className="standalone-link">
            {t('start.create')}
          </AppLink>
        </section>
      </Card>
    </>
  );
}
