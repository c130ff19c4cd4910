import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { RundebordLimits, type RundebordView } from '@samskap/shared/rundebord';
import type { LiveState } from '@samskap/shared/workshop';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import { rundebordAction } from './api';
import { RundebordError } from './RundebordError';

interface Props {
  readonly state: LiveState;
  readonly token: string;
  readonly view: RundebordView;
  readonly headingLevel: 2 | 3 | 4;
  /**
   * Where it shows: the console's round table (with the pause), or the setup page, where the
   * question is set before the seminar (no pause there: nothing runs yet).
   */
  readonly place?: 'console' | 'setup';
}

/** One text the facilitator saves on its own: the question, a table's question, the handout. */
function SavedText(props: SavedTextProps) {
  const { t } = useTranslation();
  // Kept across the form's fresh start, so the facilitator sees that the text was saved.
  const [saved, setSaved] = useState(false);
  return (
    <div className="rt-saved-text">
      {/* Started afresh whenever the saved value changes (from this console or another). */}
      <SavedTextForm
        key={props.value}
        {...props}
        onSave={async (text) => {
          setSaved(false);
          await props.onSave(text);
          setSaved(true);
        }}
        onEdit={() => setSaved(false)}
      />
      <p className="rt-saved-text__status" role="status">
        {saved ? t('rundebord.console.saved') : ''}
      </p>
    </div>
  );
}

interface SavedTextProps {
  readonly label: string;
  readonly value: string;
  readonly multiline?: boolean;
  readonly max: number;
  readonly onSave: (text: string) => Promise<unknown>;
  readonly extra?: ReactNode;
  readonly onEdit?: () => void;
}

function SavedTextForm(props: SavedTextProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.value);
  const action = useAsyncAction();
  function submit(event: FormEvent) {
    event.preventDefault();
    void action.run(() => props.onSave(text.trim()));
  }
  return (
    <form className="rt-saved" onSubmit={submit}>
      {props.multiline ? (
        <Textfield
          label={props.label}
          value={text}
          maxLength={props.max}
          multiline
          rows={4}
          onChange={(e) => {
            setText(e.target.value);
            props.onEdit?.();
          }}
        />
      ) : (
        <Textfield
          label={props.label}
          value={text}
          maxLength={props.max}
          onChange={(e) => {
            setText(e.target.value);
            props.onEdit?.();
          }}
        />
      )}
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={action.busy || text === props.value}>
          {t('rundebord.console.save')}
        </Button>
        {props.extra}
      </div>
      <RundebordError error={action.error} />
    </form>
  );
}

/** The question for all tables or per table, the handout, and (on the console) the pause. */
export function ConsoleSetup({ state, token, view, headingLevel, place = 'console' }: Props) {
  const { t } = useTranslation();
  const id = state.workshop.id;
  const act = (a: Parameters<typeof rundebordAction>[2]) => rundebordAction(id, token, a);
  const pause = useAsyncAction();
  const onSetup = place === 'setup';
  const heading = onSetup ? t('rundebord.setup.heading') : t('rundebord.console.setup');
  return (
    <section
      className={onSetup ? 'rt-console-setup create-section' : 'rt-console-setup'}
      aria-label={heading}
    >
      <Heading level={headingLevel} data-size={onSetup ? 'sm' : 'xs'}>
        {heading}
      </Heading>
      {onSetup && <Paragraph>{t('rundebord.setup.hint')}</Paragraph>}
      <SavedText
        label={t('rundebord.console.question')}
        value={view.question}
        max={RundebordLimits.questionMax}
        onSave={(text) => act({ type: 'question.set', text: text === '' ? null : text })}
        extra={
          <Button
            type="button"
            variant="tertiary"
            onClick={() => void act({ type: 'question.set', text: null })}
          >
            {t('rundebord.console.useTemplate')}
          </Button>
        }
      />
      <details className="rt-table-questions">
        <summary>{t('rundebord.console.tables')}</summary>
        {state.workshop.tables.map((table) => {
          const own = view.tables.find((x) => x.tableId === table.id);
          const value = own && own.question !== view.question ? own.question : '';
          return (
            <SavedText
              key={table.id}
              label={t('rundebord.console.tableQuestion', { table: table.name })}
              value={value}
              max={RundebordLimits.questionMax}
              onSave={(text) =>
                act({
                  type: 'tableQuestion.set',
                  tableId: table.id,
                  text: text === '' ? null : text,
                })
              }
            />
          );
        })}
      </details>
      <SavedText
        label={t('rundebord.console.handout')}
        value={view.handout}
        multiline
        max={RundebordLimits.handoutMax}
        onSave={(text) => act({ type: 'handout.set', text })}
      />
      {!onSetup && (
        <div className="button-row">
          <Button
            type="button"
            variant="secondary"
            aria-pressed={view.paused}
            disabled={pause.busy}
            onClick={() => void pause.run(() => act({ type: 'input.pause', paused: !view.paused }))}
          >
            {view.paused ? t('rundebord.console.resume') : t('rundebord.console.pause')}
          </Button>
        </div>
      )}
      <RundebordError error={pause.error} />
    </section>
  );
}
