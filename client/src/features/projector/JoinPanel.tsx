import { formatJoinCode } from '@samskap/shared/workshop';
import { Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from '../../ui/qr/QrCode';

export interface JoinPanelProps {
  readonly joinCode: string;
}

function joinAddress(joinCode: string) {
  // What people type: host only, without the scheme, which nobody reads aloud.
  return { url: `${location.origin}/j/${joinCode}`, readable: `${location.host}/j/${joinCode}` };
}

/** The way in while people are joining: QR code, a readable URL and the code itself, large. */
export function JoinPanel({ joinCode }: JoinPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { url, readable } = joinAddress(joinCode);
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

export interface JoinStripProps extends JoinPanelProps {
  /** How many are connected, and how many have joined. */
  readonly connected: number;
  readonly total: number;
}

/** Once most have joined: the way in stays, small, beside the phase title. */
export function JoinStrip({ joinCode, connected, total }: JoinStripProps) {
  const { t } = useTranslation();
  const { url, readable } = joinAddress(joinCode);
  return (
    <section className="join-strip" aria-label={t('projector.joinHeading')}>
      <QrCode value={url} label={t('projector.qrLabel', { url })} className="join-strip__qr" />
      <p className="join-strip__text">
        <span data-testid="join-url" className="join-strip__url">
          {readable}
        </span>
        <span data-testid="join-code" className="join-strip__code">
          {formatJoinCode(joinCode)}
        </span>
        <span data-testid="attendance-total" className="join-strip__here">
          {t('workshop.attendance.connected', { connected, total })}
        </span>
      </p>
    </section>
  );
}
