import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import type { ActivityProps } from '../workshop/activity';
import { pagesOf, SummaryBlocks } from './SummaryBlocks';
import { useSummary, type SummaryLoad } from './useSummary';
import './summary.css';

/** How long the projector shows one section before the next: read from 5 m, never scrolled. */
const PAGE_MS = 12_000;

function Status({ load }: { readonly load: SummaryLoad }) {
  const { t } = useTranslation();
  if (load.kind === 'loading') return <Paragraph role="status">{t('summary.loading')}</Paragraph>;
  if (load.kind === 'failed') {
    const text = apiErrorText(load.error);
    return (
      <Alert data-color="danger" role="alert">
        {t('summary.failed')} {t(`errors.${text.key}`, text.values)}
      </Alert>
    );
  }
  return null;
}

/** Tablets and the console: the whole summary, scrolling, as the outcome document has it. */
export function SummaryTablet({ state, token, headingLevel }: ActivityProps) {
  const id = useId();
  const load = useSummary(state, token);
  return (
    <section className="summary" aria-labelledby={id} data-testid="summary">
      <Heading level={headingLevel} data-size="lg" id={id}>
        {load.kind === 'ready'
          ? load.summary.title
          : state.workshop.agenda[state.run.phaseIndex]?.title}
      </Heading>
      <Status load={load} />
      {load.kind === 'ready' && (
        <SummaryBlocks
          blocks={load.summary.blocks}
          headingLevel={Math.min(3, headingLevel + 1) as 2 | 3}
        />
      )}
    </section>
  );
}

/** The projector: one part at a time, turning every 12 s, with where it is in the round. */
export function SummaryProjector({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const id = useId();
  const load = useSummary(state, token);
  const sections = load.kind === 'ready' ? pagesOf(load.summary.blocks) : [];
  const [page, setPage] = useState(0);
  const count = sections.length;
  useEffect(() => {
    if (count < 2) return;
    const timer = setInterval(() => setPage((p) => (p + 1) % count), PAGE_MS);
    return () => clearInterval(timer);
  }, [count]);
  const current = count > 0 ? page % count : 0;
  return (
    <section className="summary summary--projector" aria-labelledby={id} data-testid="summary">
      <div className="summary__bar">
        <Heading level={headingLevel} data-size="lg" id={id}>
          {load.kind === 'ready'
            ? load.summary.title
            : state.workshop.agenda[state.run.phaseIndex]?.title}
        </Heading>
        {count > 1 && (
          <p className="summary__page" data-testid="summary-page">
            {t('summary.page', { page: current + 1, count })}
          </p>
        )}
      </div>
      <Status load={load} />
      {sections.map((blocks, i) => (
        <div
          key={i}
          className="summary__section"
          hidden={i !== current}
          data-testid={`summary-section-${i}`}
        >
          <SummaryBlocks blocks={blocks} headingLevel={Math.min(3, headingLevel + 1) as 2 | 3} />
        </div>
      ))}
    </section>
  );
}
