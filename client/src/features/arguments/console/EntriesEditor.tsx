import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ArgumentLimits, type Question } from '@samskap/shared/arguments';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError } from '../ActionError';
import { AddEntryForm } from '../AddEntryForm';
import { buildQuestionTree, CHILD_KINDS } from '../tree';
import { EntryActions } from './EntryActions';
import type { ConsoleSectionProps } from './types';
import { useMapActions } from './useMapActions';

export interface EntriesEditorProps extends ConsoleSectionProps {
  readonly question: Question;
}

/** The question's whole tree, hidden and waiting entries included, each with its actions. */
export function EntriesEditor(props: EntriesEditorProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { view, question, token, disabled } = props;
  const workshopId = props.state.workshop.id;
  const tree = buildQuestionTree(view, question.id);
  const common = { view, workshopId, token, disabled };
  return (
    <section
      className="console-panel arguments-panel console-panel--wide"
      aria-labelledby={headingId}
    >
      <Heading level={props.headingLevel} data-size="xs" id={headingId}>
        {t('arguments.console.tree.heading')}
      </Heading>
      {tree.positions.length === 0 && <Paragraph>{t('arguments.map.empty')}</Paragraph>}
      {tree.sections.map((section) => (
        <div key={section.group?.id ?? 'ungrouped'} className="positions__group">
          {section.group && <p className="positions__group-label">{section.group.label}</p>}
          <ul className="admin-tree">
            {section.positions.map((node) => (
              <li key={node.position.id} className="admin-tree__position">
                <EntryActions entry={node.position} {...common} />
                {CHILD_KINDS.map((kind) =>
                  node.children[kind].length === 0 ? null : (
                    <div key={kind} className="admin-tree__children" data-kind={kind}>
                      <p className="children__label">{t(`arguments.kindPlural.${kind}`)}</p>
                      <ul>
                        {node.children[kind].map((child) => (
                          <li key={child.id}>
                            <EntryActions entry={child} {...common} />
                          </li>
                        ))}
                      </ul>
                    </div>
                  ),
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <div className="admin-tree__add">
        <AddEntryForm
          workshopId={workshopId}
          token={token}
          questionId={question.id}
          kind="position"
          parentId={null}
          label={t('arguments.add.positionLabel')}
          submitLabel={t('arguments.add.position')}
          disabled={disabled}
          controlled={false}
        />
        <GroupForm {...props} />
      </div>
    </section>
  );
}

function GroupForm({ state, token, question, disabled }: EntriesEditorProps) {
  const { t } = useTranslation();
  const act = useMapActions(state.workshop.id, token);
  const [label, setLabel] = useState('');
  return (
    <form
      className="entry-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (label.trim() === '') return;
        void act
          .run({ type: 'group.add', questionId: question.id, label: label.trim() })
          .then((ok) => ok && setLabel(''));
      }}
    >
      <Textfield
        label={t('arguments.console.tree.newGroup')}
        value={label}
        maxLength={ArgumentLimits.questionMax}
        onChange={(event) => setLabel(event.target.value)}
      />
      <div className="button-row">
        <Button
          type="submit"
          variant="secondary"
          disabled={disabled || act.busy || label.trim() === ''}
        >
          {t('arguments.console.tree.addGroup')}
        </Button>
      </div>
      <ActionError error={act.error} />
    </form>
  );
}
