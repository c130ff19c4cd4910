import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatJoinCode } from '@samskap/shared/workshop';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveLinkToken } from '../../session/credentials';
import { CopyField } from '../../ui/CopyField';

export interface LinksPanelProps {
  readonly workshopId: string;
  readonly joinCode: string;
  readonly facilitatorToken: string;
}

/** The links the facilitator hands out: join code and URL, projector, and this console. */
export function LinksPanel({ workshopId, joinCode, facilitatorToken }: LinksPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const origin = location.origin;
  // The server gives the projector token once, at creation; this device remembers it then.
  const projectorToken = resolveLinkToken('projector', workshopId, '');
  return (
    <section className="console-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('console.links.heading')}
      </Heading>
      <p className="console-code">
        <span className="console-code__label">{t('console.links.joinCode')}</span>
        <span className="console-code__value" data-testid="console-join-code">
          {formatJoinCode(joinCode)}
        </span>
      </p>
      <CopyField label={t('console.links.joinUrl')} value={`${origin}/j/${joinCode}`} />
      {projectorToken !== null ? (
        <CopyField
          label={t('console.links.projector')}
          value={`${origin}/p/${workshopId}#${projectorToken}`}
          testId="projector-link"
        />
      ) : (
        <Paragraph data-size="sm">{t('console.links.projectorUnknown')}</Paragraph>
      )}
      <CopyField
        label={t('console.links.console')}
        value={`${origin}/f/${workshopId}#${facilitatorToken}`}
        description={t('console.links.secret')}
        testId="console-link"
      />
    </section>
  );
}
