import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { CreateWorkshopResponse } from '@samskap/shared/workshop';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { createWorkshop, fetchTemplate } from '../../api/workshops';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { isLanguage } from '../../i18n/languages';
import { resolveLinkToken } from '../../session/credentials';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { AgendaEditor } from './AgendaEditor';
import { BasicsFields } from './BasicsFields';
import { RestorePanel } from '../outcome';
import { CreatedLinks } from './CreatedLinks';
import { FocusAreasEditor } from './FocusAreasEditor';
import { ImportPanel } from './ImportPanel';
import { ProblemSummary } from './ProblemSummary';
import { useProblemText } from './problems';
import { draftFromSetup, emptyDraft, validateDraft } from './setupDraft';
import type { FieldProblem, SetupDraft } from './setupDraft';
import { TablesEditor } from './TablesEditor';
import './create.css';

const NO_PROBLEMS: ReadonlyMap<string, FieldProblem> = new Map();

/** `/new`: the facilitator prepares a workshop and gets its three links. */
export function CreateWorkshopPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('create.title'));
  const [draft, setDraft] = useState<SetupDraft>(() =>
    emptyDraft(isLanguage(i18n.language) ? i18n.language : 'nb', new Date()),
  );
  const [attempt, setAttempt] = useState(0);
  const { run, busy, error } = useAsyncAction();
  const [templateApplied, setTemplateApplied] = useState(false);
  const [created, setCreated] = useState<CreateWorkshopResponse | null>(null);
  // Problems show after the first submit and then follow the edits, clearing as they are fixed.
  const validation = validateDraft(draft);
  const problems = attempt > 0 && !validation.ok ? validation.problems : NO_PROBLEMS;
  const problem = useProblemText(problems);

  if (created !== null) return <CreatedLinks created={created} />;

  async function applyTemplate(): Promise<void> {
    await run(async () => {
      setDraft(draftFromSetup(await fetchTemplate(draft.language)));
      setTemplateApplied(true);
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!validation.ok) return;
    await run(async () => {
      const response = await createWorkshop(validation.setup);
      const id = response.workshop.id;
      resolveLinkToken('facilitator', id, `#${response.facilitatorToken}`);
      resolveLinkToken('projector', id, `#${response.projectorToken}`);
      window.scrollTo(0, 0);
      setCreated(response);
    });
  }

  const editor = { draft, onChange: setDraft, problem };
  return (
    <form className="create" noValidate onSubmit={(e) => void onSubmit(e)}>
      <Heading level={1} data-size="lg" tabIndex={-1}>
        {t('create.title')}
      </Heading>
      <Paragraph>{t('create.lead')}</Paragraph>
      <div className="create-template">
        <Button variant="secondary" disabled={busy} onClick={() => void applyTemplate()}>
          {t('create.template.button')}
        </Button>
        <Paragraph data-size="sm">{t('create.template.hint')}</Paragraph>
        {templateApplied && (
          <Paragraph role="status" data-size="sm">
            {t('create.template.applied')}
          </Paragraph>
        )}
      </div>
      <ProblemSummary problems={problems} problem={problem} attempt={attempt} />
      <BasicsFields {...editor} />
      <ImportPanel draft={draft} onImported={setDraft} />
      <RestorePanel
        onRestored={(restored) => {
          resolveLinkToken('facilitator', restored.workshop.id, `#${restored.facilitatorToken}`);
          resolveLinkToken('projector', restored.workshop.id, `#${restored.projectorToken}`);
          window.scrollTo(0, 0);
          setCreated(restored);
        }}
      />
      <AgendaEditor {...editor} />
      <TablesEditor {...editor} />
      <FocusAreasEditor {...editor} />
      {error !== null && (
        <Alert data-color="danger" role="alert">
          <Heading level={2} data-size="xs">
            {t('create.failed')}
          </Heading>
          <Paragraph>
            {t(`errors.${apiErrorText(error).key}`, apiErrorText(error).values)}
          </Paragraph>
        </Alert>
      )}
      <div className="button-row">
        <Button type="submit" disabled={busy}>
          {busy ? <Spinner aria-hidden="true" data-size="sm" /> : null}
          {busy ? t('create.busy') : t('create.submit')}
        </Button>
      </div>
    </form>
  );
}
