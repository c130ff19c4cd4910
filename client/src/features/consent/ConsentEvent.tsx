import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { LiveState } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';
import { consentEventCheck } from './checks';
import { ConsentCheckAnswer } from './ConsentCheckAnswer';
import { ConsentCheckResult } from './ConsentCheckResult';
import { ConsentStatement } from './ConsentStatement';
import { useConsentAnswers } from './useConsentAnswers';
import './consent.css';

export interface ConsentEventProps {
  readonly state: LiveState;
  /** The participant's token. */
  readonly token: string;
  readonly headingLevel: 2 | 3;
}

const HEADING_ID = 'consent-event-heading';

/** The check a tablet shows at the top now (`consentEventCheck`), or null. */
export function useConsentEvent(state: LiveState) {
  const activity = state.workshop.agenda[state.run.phaseIndex]?.activity ?? null;
  return consentEventCheck(state.consent, activity);
}

/**
 * [K2] A consent check is an event: while one is open, every tablet shows it at the top, whatever
 * activity it is in, with the statement as written and the five answers; once closed, the result
 * as the room saw it ([D1]: aggregates only, once revealed) until the room moves on.
 */
export function ConsentEvent({ state, token, headingLevel }: ConsentEventProps) {
  const { t } = useTranslation();
  const answers = useConsentAnswers(state.workshop.id, token);
  const check = useConsentEvent(state);
  if (check === null) return null;
  const area =
    check.subject.kind === 'ambition'
      ? state.workshop.focusAreas.find((a) => a.id === check.subject.id)
      : undefined;
  const sub = (headingLevel + 1) as 3 | 4;
  return (
    <section
      className="consent-event"
      id="consent-event"
      aria-labelledby={HEADING_ID}
      data-testid="consent-event"
      data-status={check.status}
    >
      <Heading level={headingLevel} data-size="xs" id={HEADING_ID} tabIndex={-1}>
        {t(`consent.event.${check.subject.kind}`)}
        {area ? ` · ${area.name}` : ''}
      </Heading>
      <ConsentStatement check={check} headingLevel={sub} />
      {check.status === 'closed' && check.revealed ? (
        <ConsentCheckResult check={check} headingLevel={sub} roles="folded" />
      ) : (
        // Open: the five answers. Closed, result not yet shown: the answers stay in view, read-only,
        // with one's own marked, so a writer sees what they said while the room waits.
        <ConsentCheckAnswer check={check} answers={answers} />
      )}
      {check.status === 'closed' && !check.revealed && (
        <Paragraph data-size="sm">{t('consent.event.closed')}</Paragraph>
      )}
    </section>
  );
}

/**
 * For the tablet's sticky bar: while a check is open and the writer is further down the page, one
 * tap brings the question into view (the page is not moved under a writer's hands by itself).
 */
export function ConsentEventJump({ state }: { readonly state: LiveState }) {
  const { t } = useTranslation();
  const check = useConsentEvent(state);
  if (check === null || check.status !== 'open') return null;
  return (
    <Button
      data-size="sm"
      variant="secondary"
      className="consent-event-jump"
      onClick={() => {
        const heading = document.getElementById(HEADING_ID);
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus({ preventScroll: true });
      }}
    >
      {t('consent.event.jump')}
    </Button>
  );
}
