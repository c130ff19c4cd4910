import { formatJoinCode } from '@samskap/shared/workshop';
import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../ui/qr/QrCode';

export interface JoinPanelProps {
  readonly joinCode: string;
}

/** The way in, always in view on the projector: QR code, a readable URL and the code itself. */
export function JoinPanel({ joinCode }: JoinPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const url = `${location.origin}/j/${joinCode}`;
  // What people type: host only, without the scheme, which nobody reads aloud.
  const readable = `${location.host}/j/${joinCode}`;
  return (
    <section className="join-panel" aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('projector.joinHeading')}
      </Heading>
      <QrCode value={url} label={t('projector.qrLabel', { url })} className="join-panel__qr" />
      <p className="join-panel__url">
        <span className="join-panel__hint">{t('projector.joinHow')}</span>
        <span data-testid="join-url">{readable}</span>
      </p>
      <p className="join-panel__code">
        <span className="join-panel__hint">{t('projector.codeLabel')}</span>
        <span data-testid="join-code" className="join-panel__code-value">
          {formatJoinCode(joinCode)}
        </span>
      </p>
    </section>
  );
}
