import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatJoinCode } from '@samskap/shared/workshop';
import { useEffect, useId, useState } from 'react';
import { fetchProjectorLink } from '../../api/workshops';
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
  // Remembered on the device that created the workshop; asked of the server on any other.
  const remembered = resolveLinkToken('projector', workshopId, '');
  const [fetched, setFetched] = useState<string | null>(null);
  useEffect(() => {
    if (remembered !== null) return;
    let cancelled = false;
    fetchProjectorLink(workshopId, facilitatorToken).then(
      (link) => {
        if (!cancelled) setFetched(link.projector);
      },
      () => {
        // Offline or refused: the panel says the link is not known here.
      },
    );
    return () => {
      cancelled = true;
    };
  }, [remembered, workshopId, facilitatorToken]);
  const projectorPath = remembered !== null ? `/p/${workshopId}#${remembered}` : fetched;
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
      {projectorPath !== null ? (
        <CopyField
          label={t('console.links.projector')}
          value={`${origin}${projectorPath}`}
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
