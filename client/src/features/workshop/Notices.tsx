import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { LiveState } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';

/** The banners a running workshop may need: input locked, workshop ended. */
export function WorkshopNotices({ state }: { readonly state: LiveState }) {
  const { t } = useTranslation();
  return (
    <>
      {state.workshop.endedAt !== null && (
        <Alert data-color="info" data-testid="archived-notice">
          <Heading level={2} data-size="xs">
            {t('workshop.archived.title')}
          </Heading>
          <Paragraph>{t('workshop.archived.body')}</Paragraph>
        </Alert>
      )}
      {state.run.locked && state.workshop.endedAt === null && (
        <Alert data-color="warning" data-testid="locked-banner">
          <Heading level={2} data-size="xs">
            {t('workshop.locked.title')}
          </Heading>
          <Paragraph>{t('workshop.locked.body')}</Paragraph>
        </Alert>
      )}
    </>
  );
}

/** Shown until the first live state arrives. */
export function ConnectingToWorkshop() {
  const { t } = useTranslation();
  return (
    <div className="lookup" role="status">
      <Spinner aria-hidden="true" data-size="md" />
      <Paragraph data-size="lg">{t('workshop.loading')}</Paragraph>
    </div>
  );
}

/** Where the features of later issues (ambitions, planbehov, arguments) render the phase. */
export function PhaseContentFrame({
  state,
  headingLevel,
}: {
  readonly state: LiveState;
  readonly headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const phase = state.workshop.agenda[state.run.phaseIndex];
  return (
    <section className="phase-content" aria-label={t('workshop.content.heading')}>
      <Heading level={headingLevel} data-size="sm">
        {phase?.title ?? t('workshop.content.heading')}
      </Heading>
      <Paragraph>{t('workshop.content.placeholder')}</Paragraph>
    </section>
  );
}
