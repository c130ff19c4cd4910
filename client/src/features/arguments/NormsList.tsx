import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface NormsListProps {
  readonly norms: readonly string[];
  readonly headingLevel: 2 | 3 | 4;
  readonly size?: 'normal' | 'large';
}

/** The agreed discussion norms (the "style" step), on every screen. */
export function NormsList({ norms, headingLevel, size = 'normal' }: NormsListProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="norms" data-size={size} aria-labelledby={headingId} data-testid="norms">
      <Heading level={headingLevel} data-size={size === 'large' ? 'sm' : '2xs'} id={headingId}>
        {t('arguments.norms.heading')}
      </Heading>
      {norms.length === 0 ? (
        <p className="norms__empty">{t('arguments.norms.empty')}</p>
      ) : (
        <ul className="norms__list">
          {norms.map((norm, index) => (
            <li key={`${index}-${norm}`}>{norm}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
