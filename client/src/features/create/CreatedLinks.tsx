import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { formatJoinCode } from '@samskap/shared/workshop';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { CopyField } from '../../ui/CopyField';

export interface CreatedLinksProps {
  readonly created: CreateWorkshopResponse;
}

/** The three ways into the new workshop, shown once: console (secret), projector, join code. */
export function CreatedLinks({ created }: CreatedLinksProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('create.created.title'));
  const origin = location.origin;
  const { links, workshop } = created;
  return (
    <div className="created">
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('create.created.title')}
      </Heading>
      <Paragraph data-size="lg">{workshop.title}</Paragraph>
      <Paragraph>{t('create.created.lead')}</Paragraph>
      <CopyField
        label={t('create.created.console')}
        value={`${origin}${links.console}`}
        testId="created-console-link"
      />
      <Alert data-color="warning">{t('create.created.secret')}</Alert>
      <CopyField
        label={t('create.created.projector')}
        value={`${origin}${links.projector}`}
        testId="created-projector-link"
      />
      <p className="console-code">
        <span className="console-code__label">{t('create.created.joinCode')}</span>
        <span className="console-code__value" data-testid="created-join-code">
          {formatJoinCode(workshop.joinCode)}
        </span>
      </p>
      <CopyField label={t('create.created.joinUrl')} value={`${origin}${links.join}`} />
      <div>
        <Button asChild>
          <a href={links.console}>{t('create.created.open')}</a>
        </Button>
      </div>
    </div>
  );
}
