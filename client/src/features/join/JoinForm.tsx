import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { parseJoinCode } from './joinCode';
import type { JoinCodeResult } from './joinCode';

/** The participant's way in: type the code from the projector and go to `/j/CODE`. */
export function JoinForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  // Errors appear only after a submit, then follow the typing so they clear as soon as it is right.
  const [submitted, setSubmitted] = useState(false);
  const result = parseJoinCode(value);
  const error = submitted && !result.ok ? errorText(result) : undefined;

  function errorText(failed: Exclude<JoinCodeResult, { ok: true }>): string {
    switch (failed.error) {
      case 'empty':
        return t('join.errors.empty');
      case 'length':
        return t('join.errors.length', { length: failed.length });
      case 'characters':
        return t('join.errors.characters', { characters: failed.characters.join(', ') });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setSubmitted(true);
    if (result.ok) navigate(`/j/${result.code}`);
    else inputRef.current?.focus(); // so that a screen reader reads the error it describes
  }

  return (
    <Card className="join-card" data-color="neutral">
      <form noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="join-form">
        <Heading level={2} data-size="md" id={headingId}>
          {t('join.heading')}
        </Heading>
        <Textfield
          ref={inputRef}
          label={t('join.codeLabel')}
          description={t('join.codeDescription')}
          error={error}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          name="code"
          className="join-form__field"
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="go"
        />
        <Button type="submit" data-color="accent">
          {t('join.submit')}
        </Button>
      </form>
    </Card>
  );
}
