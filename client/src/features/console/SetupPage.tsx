import { Alert, Button, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { LiveState } from '@samskap/shared/workshop';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../api/errorMessage';
import { fetchTemplate, updateSetup } from '../../api/workshops';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useLiveState } from '../../live/useLiveState';
import { useLinkToken } from '../../session/useLinkToken';
import { AppLink } from '../../ui/AppLink';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { AgendaEditor } from '../create/AgendaEditor';
import { BasicsFields } from '../create/BasicsFields';
import { FocusAreasEditor } from '../create/FocusAreasEditor';
import { ImportPanel } from '../create/ImportPanel';
import { ProblemSummary } from '../create/ProblemSummary';
import { useProblemText } from '../create/problems';
import { draftFromSetup, validateDraft } from '../create/setupDraft';
import type { FieldProblem, SetupDraft } from '../create/setupDraft';
import { TablesEditor } from '../create/TablesEditor';
import { AccessEnded, MissingToken } from '../workshop/AccessEnded';
import { ConnectingToWorkshop } from '../workshop/Notices';
import '../create/create.css';
import { StatementsEditor } from '../evaluering/StatementsEditor';
import { RundebordSetup } from '../rundebord/RundebordSetup';

const NO_PROBLEMS: ReadonlyMap<string, FieldProblem> = new Map();

export interface SetupPageProps {
  readonly workshopId: string;
}

/**
 * `/f/<id>/setup`: the facilitator edits the whole setup, before and during the workshop, with
 * the create page's editors. The server refuses what would break a running workshop and says
 * why ([U1]–[U4] in server/README.md); what it accepts reaches every screen at once.
 */
export function SetupPage({ workshopId }: SetupPageProps) {
  const token = useLinkToken('facilitator', workshopId);
  if (token === null) return <MissingToken />;
  return <SetupLoader workshopId={workshopId} token={token} />;
}

function SetupLoader({ workshopId, token }: { workshopId: string; token: string }) {
  const { t } = useTranslation();
  const live = useLiveState(workshopId, token);
  useDocumentTitle(t('console.setup.title'));
  if (live.ended !== null) return <AccessEnded reason={live.ended} />;
  if (live.state === null) return <ConnectingToWorkshop />;
  return <SetupForm workshopId={workshopId} token={token} state={live.state} />;
}

interface SetupFormProps {
  readonly workshopId: string;
  readonly token: string;
  /** The live state when the page opened, and as it changes (for the running phase). */
  readonly state: LiveState;
}

function SetupForm({ workshopId, token, state }: SetupFormProps) {
  const { t } = useTranslation();
  // The draft starts from the setup as it is and is not overwritten by later pushes: what the
  // facilitator is typing stays until they save or leave.
  const [draft, setDraft] = useState<SetupDraft>(() => draftFromSetup(state.workshop));
  const [attempt, setAttempt] = useState(0);
  const { run, busy, error } = useAsyncAction();
  const [notice, setNotice] = useState<'saved' | 'template' | null>(null);
  const validation = validateDraft(draft);
  const problems = attempt > 0 && !validation.ok ? validation.problems : NO_PROBLEMS;
  const problem = useProblemText(problems);
  const ended = state.workshop.endedAt !== null;
  const consolePath = `/f/${workshopId}`;
  const running = state.workshop.agenda[state.run.phaseIndex]?.id;

  function edit(next: SetupDraft): void {
    setDraft(next);
    setNotice(null);
  }

  async function applyTemplate(): Promise<void> {
    await run(async () => {
      edit(draftFromSetup(await fetchTemplate(draft.language)));
      setNotice('template');
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNotice(null);
    if (!validation.ok) return;
    if (await run(() => updateSetup(workshopId, token, validation.setup))) {
      setAttempt(0);
      setNotice('saved');
    }
  }

  const editor = { draft, onChange: edit, problem };
  return (
    <>
      <form className="create" noValidate onSubmit={(e) => void onSubmit(e)}>
        <AppLink to={consolePath}>{t('console.setup.back')}</AppLink>
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('console.setup.title')}
        </Heading>
        <Paragraph>{t('console.setup.lead', { title: state.workshop.title })}</Paragraph>
        {ended && (
          <Alert data-color="info">
            <Paragraph>{t('console.setup.ended')}</Paragraph>
          </Alert>
        )}
        <div className="create-template">
          <Button variant="secondary" disabled={busy || ended} onClick={() => void applyTemplate()}>
            {t('create.template.button')}
          </Button>
          <Paragraph data-size="sm">{t('console.setup.templateHint')}</Paragraph>
        </div>
        <ProblemSummary
          problems={problems}
          problem={problem}
          attempt={attempt}
          heading={t('console.setup.problems')}
        />
        <BasicsFields {...editor} />
        <ImportPanel draft={draft} onImported={edit} />
        <AgendaEditor
          {...editor}
          phaseNote={(id) => (id === running ? t('console.setup.runningPhase') : undefined)}
        />
        <TablesEditor {...editor} />
        <FocusAreasEditor {...editor} />
        {error !== null && (
          <Alert data-color="danger" role="alert">
            <Heading level={2} data-size="xs">
              {t('console.setup.failed')}
            </Heading>
            <Paragraph>
              {t(`errors.${apiErrorText(error).key}`, apiErrorText(error).values)}
            </Paragraph>
          </Alert>
        )}
        <div role="status">
          {notice !== null && (
            <Alert data-color="success">
              <Paragraph>
                {notice === 'saved' ? t('console.setup.saved') : t('console.setup.templateApplied')}
              </Paragraph>
            </Alert>
          )}
        </div>
        <div className="button-row">
          <Button type="submit" disabled={busy || ended}>
            {busy ? <Spinner aria-hidden="true" data-size="sm" /> : null}
            {busy ? t('console.setup.busy') : t('console.setup.save')}
          </Button>
          <AppLink to={consolePath}>{t('console.setup.back')}</AppLink>
        </div>
      </form>
      {/* Saved on their own: the question and statements are the activities', not the setup's. */}
      <RundebordSetup state={state} token={token} />
      <StatementsEditor state={state} token={token} />
    </>
  );
}
