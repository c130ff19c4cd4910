import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { LiveEndReason } from '../../live/liveConnection';
import { AppLink } from '../../ui/AppLink';

export interface AccessEndedProps {
  readonly reason: LiveEndReason;
}

/** What a device sees once its token stops working: why, and the way back to the join page. */
export function AccessEnded({ reason }: AccessEndedProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('workshop.ended.title'));
  return (
    <section className="notice-page" data-testid="access-ended">
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('workshop.ended.title')}
      </Heading>
      <Paragraph data-size="lg">{t(`workshop.ended.${reason}`)}</Paragraph>
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('workshop.ended.back')}
        </AppLink>
      </Paragraph>
    </section>
  );
}

/** A console or projector link opened without its `#token`. */
export function MissingToken() {
  const { t } = useTranslation();
  useDocumentTitle(t('workshop.noToken.title'));
  return (
    <section className="notice-page">
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('workshop.noToken.title')}
      </Heading>
      <Paragraph data-size="lg">{t('workshop.noToken.body')}</Paragraph>
      <Paragraph>
        <AppLink to="/" className="standalone-link">
          {t('workshop.ended.back')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
