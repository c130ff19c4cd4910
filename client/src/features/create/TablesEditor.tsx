import { Button, Heading, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DraftEditorProps } from './BasicsFields';
import { fieldId } from './problems';
import { freshId } from './setupDraft';
import type { TableDraft } from './setupDraft';

/** The named tables and how many seats each has. */
export function TablesEditor({ draft, onChange, problem }: DraftEditorProps) {
  const { t } = useTranslation();
  const setTables = (tables: readonly TableDraft[]) => onChange({ ...draft, tables });
  const update = (index: number, patch: Partial<TableDraft>) =>
    setTables(draft.tables.map((table, i) => (i === index ? { ...table, ...patch } : table)));
  const listProblem = problem('tables');
  return (
    <section className="create-section" aria-labelledby="create-tables">
      <Heading level={2} data-size="sm" id="create-tables">
        {t('create.tables.heading')}
      </Heading>
      {listProblem && <ValidationMessage id={fieldId('tables')}>{listProblem}</ValidationMessage>}
      <ol className="editor-list">
        {draft.tables.map((table, index) => {
          const n = { number: index + 1 };
          return (
            <li key={table.id} className="editor-row">
              <Textfield
                id={fieldId(`tables.${index}.name`)}
                className="editor-row__grow"
                label={t('create.tables.nameLabel', n)}
                value={table.name}
                error={problem(`tables.${index}.name`)}
                onChange={(e) => update(index, { name: e.target.value })}
              />
              <Textfield
                id={fieldId(`tables.${index}.capacity`)}
                className="editor-row__number"
                inputMode="numeric"
                label={t('create.tables.capacityLabel', n)}
                value={table.capacity}
                error={problem(`tables.${index}.capacity`)}
                onChange={(e) => update(index, { capacity: e.target.value })}
              />
              <div className="editor-row__buttons">
                <Button
                  variant="tertiary"
                  data-color="danger"
                  icon
                  aria-label={t('create.tables.remove', n)}
                  onClick={() => setTables(draft.tables.filter((_, i) => i !== index))}
                >
                  ✕
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        variant="secondary"
        onClick={() =>
          setTables([
            ...draft.tables,
            {
              id: freshId('table', draft.tables),
              name: t('create.tables.defaultName', { number: draft.tables.length + 1 }),
              capacity: '8',
            },
          ])
        }
      >
        {t('create.tables.add')}
      </Button>
    </section>
  );
}
