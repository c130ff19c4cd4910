import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityProps } from '../workshop/activity';
import { ConflictsPanel } from './console/ConflictsPanel';
import { EntriesEditor } from './console/EntriesEditor';
import { InputPanel } from './console/InputPanel';
import { NormsEditor } from './console/NormsEditor';
import { PendingQueue } from './console/PendingQueue';
import { QuestionsPanel } from './console/QuestionsPanel';
import { SynthesesPanel } from './console/SynthesesPanel';
import { shownQuestion } from './tree';
import './arguments.css';

/**
 * The facilitator's side of the checklist: arena (questions), style (norms, floor, pause,
 * controlled mode), overview of arguments (pending queue, tree), new discourse (syntheses with
 * consent) and conflict handling (the register).
 */
export function ArgumentsConsole({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = state.arguments;
  const [picked, setPicked] = useState<string | null>(null);
  const pickId = useId();
  const sub = (headingLevel + 1) as 3 | 4;
  const section = {
    state,
    view,
    token,
    headingLevel: sub,
    disabled: state.workshop.endedAt !== null,
  };
  // The facilitator works on the projector's question unless they pick another to prepare.
  const question = view.questions.find((q) => q.id === picked) ?? shownQuestion(view);
  return (
    <div className="arguments arguments--console">
      <div className="arguments-console__grid">
        <QuestionsPanel {...section} />
        <NormsEditor {...section} />
        <InputPanel {...section} />
        <PendingQueue {...section} />
      </div>
      {question !== null && (
        <>
          {view.questions.length > 1 && (
            <Field className="arguments-console__pick">
              <Label htmlFor={pickId}>{t('arguments.console.questions.working')}</Label>
              <Select id={pickId} value={question.id} onChange={(e) => setPicked(e.target.value)}>
                {view.questions.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.text}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <div className="arguments-console__grid">
            <EntriesEditor {...section} question={question} />
            <SynthesesPanel {...section} question={question} />
            <ConflictsPanel {...section} question={question} />
          </div>
        </>
      )}
    </div>
  );
}
