import {
  Button,
  Field,
  FieldDescription,
  Input,
  Label,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CopyFieldProps {
  readonly label: string;
  readonly value: string;
  readonly description?: string;
  readonly testId?: string;
}

/** A read-only field with a copy button, for links the facilitator passes on. */
export function CopyField({ label, value, description, testId }: CopyFieldProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  function copy(): void {
    navigator.clipboard.writeText(value).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  }

  return (
    <Field className="copy-field">
      <Label>{label}</Label>
      {description !== undefined && <FieldDescription>{description}</FieldDescription>}
      <div className="copy-field__row">
        <Input readOnly value={value} data-testid={testId} onFocus={(e) => e.target.select()} />
        <Button variant="secondary" onClick={copy} aria-label={`${t('ui.copy')}: ${label}`}>
          {state === 'copied' ? t('ui.copied') : t('ui.copy')}
        </Button>
      </div>
      {state === 'failed' && <ValidationMessage>{t('ui.copyFailed')}</ValidationMessage>}
    </Field>
  );
}
