import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DraftEditorProps } from './BasicsFields';
import { fieldId } from './problems';
import { freshId } from './setupDraft';
import type { FocusAreaDraft, GoalDraft } from './setupDraft';

/** The samfunnsdel's focus areas, each with its goals. */
export function FocusAreasEditor({ draft, onChange, problem }: DraftEditorProps) {
  const { t } = useTranslation();
  const areas = draft.focusAreas;
  const setAreas = (focusAreas: readonly FocusAreaDraft[]) => onChange({ ...draft, focusAreas });
  const update = (index: number, patch: Partial<FocusAreaDraft>) =>
    setAreas(areas.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  const allGoals = areas.flatMap((a) => a.goals);
  const setGoals = (index: number, goals: readonly GoalDraft[]) => update(index, { goals });

  return (
    <section className="create-section" aria-labelledby="create-focus">
      <Heading level={2} data-size="sm" id="create-focus">
        {t('create.focus.heading')}
      </Heading>
      {areas.length === 0 && <Paragraph>{t('create.focus.empty')}</Paragraph>}
      {areas.map((area, index) => {
        const areaName = area.name || t('create.focus.areaLabel', { number: index + 1 });
        return (
          <fieldset key={area.id} className="focus-area">
            <legend className="visually-hidden">{areaName}</legend>
            <div className="editor-row">
              <Textfield
                id={fieldId(`focusAreas.${index}.name`)}
                className="editor-row__grow"
                label={t('create.focus.areaLabel', { number: index + 1 })}
                value={area.name}
                error={problem(`focusAreas.${index}.name`)}
                onChange={(e) => update(index, { name: e.target.value })}
              />
              <div className="editor-row__buttons">
                <Button
                  variant="tertiary"
                  data-color="danger"
                  icon
                  aria-label={t('create.focus.removeArea', { number: index + 1 })}
                  onClick={() => setAreas(areas.filter((_, i) => i !== index))}
                >
                  ✕
                </Button>
              </div>
            </div>
            <Textfield
              id={fieldId(`focusAreas.${index}.sdgs`)}
              className="focus-area__sdgs"
              label={t('create.focus.sdgsLabel', { area: areaName })}
              description={t('create.focus.sdgsHint')}
              value={area.sdgs}
              error={problem(`focusAreas.${index}.sdgs`)}
              onChange={(e) => update(index, { sdgs: e.target.value })}
            />
            <ol className="editor-list editor-list--goals">
              {area.goals.map((goal, goalIndex) => {
                const n = { number: goalIndex + 1, area: areaName };
                return (
                  <li key={goal.id} className="editor-row">
                    <Textfield
                      id={fieldId(`focusAreas.${index}.goals.${goalIndex}.text`)}
                      className="editor-row__grow"
                      label={t('create.focus.goalLabel', n)}
                      value={goal.text}
                      error={problem(`focusAreas.${index}.goals.${goalIndex}.text`)}
                      onChange={(e) =>
                        setGoals(
                          index,
                          area.goals.map((g, i) =>
                            i === goalIndex ? { ...g, text: e.target.value } : g,
                          ),
                        )
                      }
                    />
                    <div className="editor-row__buttons">
                      <Button
                        variant="tertiary"
                        data-color="danger"
                        icon
                        aria-label={t('create.focus.removeGoal', n)}
                        onClick={() =>
                          setGoals(
                            index,
                            area.goals.filter((_, i) => i !== goalIndex),
                          )
                        }
                      >
                        ✕
                      </Button>
                    </div>
                  </li>
                );
              })}
            </ol>
            <Button
              variant="tertiary"
              onClick={() =>
                setGoals(index, [...area.goals, { id: freshId(area.id, allGoals), text: '' }])
              }
            >
              {t('create.focus.addGoal')}
            </Button>
          </fieldset>
        );
      })}
      <Button
        variant="secondary"
        onClick={() =>
          setAreas([...areas, { id: freshId('S', areas), name: '', sdgs: '', goals: [] }])
        }
      >
        {t('create.focus.addArea')}
      </Button>
    </section>
  );
}
