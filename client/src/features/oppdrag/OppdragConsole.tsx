import {
  Button,
  Checkbox,
  Field,
  Heading,
  Label,
  Select,
  Textfield,
} from '@digdir/designsystemet-react';
import {
  buildOppdragMatrix,
  type Oppdrag,
  type OppdragView,
  type TableFocus,
} from '@samskap/shared/oppdrag';
import type { LiveState } from '@samskap/shared/workshop';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsyncAction } from '../../ui/useAsyncAction';
import type { ActivityProps } from '../workshop/activity';
import {
  addOppdrag,
  pointsAction,
  proposalAction,
  removeOppdrag,
  saveOppdragSettings,
  updateOppdrag,
} from './api';
import { oppdragErrorMessage } from './errors';
import { ImportPanel } from './ImportPanel';
import { MatrixList } from './Matrix';
import { OppdragForm } from './OppdragForm';
import { ProposalText } from './Proposals';
import { useOppdragView } from './useOppdragView';
import './oppdrag.css';

/** The facilitator's console: the list, what each table works through, plenary and points. */
export function OppdragConsole({ state, token, headingLevel }: ActivityProps) {
  const { t } = useTranslation();
  const view = useOppdragView(state, token);
  const sub = (headingLevel + 1) as 3 | 4;
  const matrix = useMemo(
    () =>
      view
        ? buildOppdragMatrix(state.workshop.focusAreas, view.oppdrag, view.tables, view.proposals)
        : null,
    [view, state.workshop.focusAreas],
  );
  if (!view || !matrix) return null;
  return (
    <section className="op-console" aria-labelledby="op-console-h">
      <Heading level={headingLevel} data-size="sm" id="op-console-h">
        {t('oppdrag.heading')}
      </Heading>
      <ImportPanel workshopId={state.workshop.id} token={token} headingLevel={sub} />
      <OppdragList state={state} token={token} view={view} headingLevel={sub} />
      <FocusPanel state={state} token={token} view={view} headingLevel={sub} />
      <PlenaryPanel state={state} token={token} view={view} headingLevel={sub} />
      <section className="op-panel" aria-labelledby="op-console-matrix">
        <Heading level={sub} data-size="xs" id="op-console-matrix">
          {t('oppdrag.console.matrixHeading')}
        </Heading>
        <MatrixList matrix={matrix} tables={state.workshop.tables} />
      </section>
    </section>
  );
}

interface PanelProps {
  readonly state: LiveState;
  readonly token: string;
  readonly view: OppdragView;
  readonly headingLevel: 3 | 4;
}

function OppdragList({ state, token, view, headingLevel }: PanelProps) {
  const { t } = useTranslation();
  const action = useAsyncAction();
  const [editing, setEditing] = useState<string | null>(null);
  const workshopId = state.workshop.id;
  const goalText = (id: string) =>
    state.workshop.focusAreas.flatMap((a) => a.goals).find((g) => g.id === id)?.id ?? id;
  const facts = (o: Oppdrag) =>
    [
      t(`oppdrag.kinds.${o.kind}`),
      o.owner,
      o.startYear !== null
        ? t('oppdrag.item.yearsSpan', { start: o.startYear, end: o.endYear ?? '' })
        : '',
      t(`oppdrag.funding.${o.funding}`),
      o.goalIds.length ? o.goalIds.map(goalText).join(', ') : t('oppdrag.item.noGoals'),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <section className="op-panel" aria-labelledby="op-list-h">
      <Heading level={headingLevel} data-size="xs" id="op-list-h">
        {t('oppdrag.console.listHeading', { count: view.oppdrag.length })}
      </Heading>
      <ul className="op-items" data-testid="oppdrag-list">
        {view.oppdrag.map((o) => (
          <li key={o.id} className="op-item">
            {editing === o.id ? (
              <OppdragForm
                oppdrag={o}
                focusAreas={state.workshop.focusAreas}
                busy={action.busy}
                onCancel={() => setEditing(null)}
                onSubmit={(input) =>
                  action.run(async () => {
                    await updateOppdrag(workshopId, token, o.id, input);
                    setEditing(null);
                  })
                }
              />
            ) : (
              <>
                <span className="op-item__title">{o.title}</span>
                <span className="op-muted">{facts(o)}</span>
                {o.gain && (
                  <span className="op-muted">
                    {t('oppdrag.item.gain')}: {o.gain}
                  </span>
                )}
                <span className="op-actions">
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-label={t('oppdrag.console.editLabel', { title: o.title })}
                    onClick={() => setEditing(o.id)}
                  >
                    {t('oppdrag.console.edit')}
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={t('oppdrag.console.removeLabel', { title: o.title })}
                    disabled={action.busy}
                    onClick={() => void action.run(() => removeOppdrag(workshopId, token, o.id))}
                  >
                    {t('oppdrag.console.remove')}
                  </Button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <details className="op-add">
        <summary>{t('oppdrag.console.addHeading')}</summary>
        <OppdragForm
          oppdrag={null}
          focusAreas={state.workshop.focusAreas}
          busy={action.busy}
          onSubmit={(input) => action.run(() => addOppdrag(workshopId, token, input))}
        />
      </details>
      {action.error !== null && (
        <p role="alert" className="op-error">
          {oppdragErrorMessage(t, action.error)}
        </p>
      )}
    </section>
  );
}

function FocusPanel({ state, token, view, headingLevel }: PanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const action = useAsyncAction();
  const [focus, setFocus] = useState<TableFocus>(view.tableFocus);
  const [saved, setSaved] = useState(false);
  return (
    <section className="op-panel" aria-labelledby={`${id}-h`}>
      <Heading level={headingLevel} data-size="xs" id={`${id}-h`}>
        {t('oppdrag.console.focusHeading')}
      </Heading>
      <div className="op-inline op-inline--wrap">
        {state.workshop.tables.map((table) => (
          <Field key={table.id}>
            <Label htmlFor={`${id}-${table.id}`}>
              {t('oppdrag.console.focusLabel', { table: table.name })}
            </Label>
            <Select
              id={`${id}-${table.id}`}
              value={focus[table.id] ?? 'all'}
              onChange={(e) => {
                setSaved(false);
                setFocus({ ...focus, [table.id]: e.target.value });
              }}
            >
              <option value="all">{t('oppdrag.console.focusAll')}</option>
              {state.workshop.focusAreas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Button
        variant="secondary"
        disabled={action.busy}
        onClick={() =>
          void action
            .run(() =>
              saveOppdragSettings(state.workshop.id, token, {
                tableFocus: focus,
                pointsBudget: view.points.budget,
              }),
            )
            .then(setSaved)
        }
      >
        {t('oppdrag.console.saveFocus')}
      </Button>
      {saved && <span role="status">{t('oppdrag.console.saved')}</span>}
      {action.error !== null && (
        <p role="alert" className="op-error">
          {oppdragErrorMessage(t, action.error)}
        </p>
      )}
    </section>
  );
}

function PlenaryPanel({ state, token, view, headingLevel }: PanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const action = useAsyncAction();
  const [merge, setMerge] = useState<Record<string, string>>({});
  const [budget, setBudget] = useState(String(view.points.budget));
  const workshopId = state.workshop.id;
  const budgetValue = /^\d{1,2}$/.test(budget) ? Number(budget) : null;
  return (
    <section className="op-panel" aria-labelledby={`${id}-h`} data-testid="oppdrag-plenary">
      <Heading level={headingLevel} data-size="xs" id={`${id}-h`}>
        {t('oppdrag.console.plenaryHeading')}
      </Heading>
      {view.proposals.length === 0 ? (
        <p>{t('oppdrag.console.noProposals')}</p>
      ) : (
        <ul className="op-proposals">
          {view.proposals.map((p) => (
            <li key={p.id} className="op-proposal">
              <ProposalText
                proposal={p}
                view={view}
                tables={state.workshop.tables}
                focusAreas={state.workshop.focusAreas}
              />
              <Checkbox
                label={t('oppdrag.console.passOn')}
                checked={p.passOn}
                disabled={action.busy}
                onChange={(e) =>
                  void action.run(() =>
                    proposalAction(workshopId, token, p.id, {
                      action: 'passOn',
                      passOn: e.target.checked,
                    }),
                  )
                }
              />
              {view.points.status === 'closed' && view.proposals.length > 1 && (
                <div className="op-inline">
                  <Field>
                    <Label htmlFor={`${id}-merge-${p.id}`}>{t('oppdrag.console.mergeLabel')}</Label>
                    <Select
                      id={`${id}-merge-${p.id}`}
                      value={merge[p.id] ?? ''}
                      onChange={(e) => setMerge({ ...merge, [p.id]: e.target.value })}
                    >
                      <option value="">{t('oppdrag.console.mergeNone')}</option>
                      {view.proposals
                        .filter((x) => x.id !== p.id)
                        .map((x) => (
                          <option key={x.id} value={x.id}>
                            {x.title}
                          </option>
                        ))}
                    </Select>
                  </Field>
                  <Button
                    variant="secondary"
                    disabled={!merge[p.id] || action.busy}
                    onClick={() =>
                      void action.run(() =>
                        proposalAction(workshopId, token, p.id, {
                          action: 'merge',
                          into: merge[p.id]!,
                        }),
                      )
                    }
                  >
                    {t('oppdrag.console.merge')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Heading level={(headingLevel + 1) as 4 | 5} data-size="2xs">
        {t('oppdrag.console.pointsHeading')}
      </Heading>
      <div className="op-inline">
        <Textfield
          label={t('oppdrag.console.budget')}
          inputMode="numeric"
          value={budget}
          disabled={view.points.status === 'sealed'}
          onChange={(e) => setBudget(e.target.value)}
        />
        <Button
          variant="secondary"
          disabled={budgetValue === null || action.busy || view.points.status === 'sealed'}
          onClick={() =>
            void action.run(() =>
              saveOppdragSettings(workshopId, token, {
                tableFocus: view.tableFocus,
                pointsBudget: budgetValue ?? view.points.budget,
              }),
            )
          }
        >
          {t('oppdrag.console.saveBudget')}
        </Button>
        {view.points.status === 'closed' && (
          <Button
            disabled={action.busy || view.proposals.length === 0}
            onClick={() => void action.run(() => pointsAction(workshopId, token, 'open'))}
          >
            {t('oppdrag.console.openPoints')}
          </Button>
        )}
        {view.points.status === 'open' && (
          <Button
            disabled={action.busy}
            onClick={() => void action.run(() => pointsAction(workshopId, token, 'close'))}
          >
            {t('oppdrag.console.closePoints')}
          </Button>
        )}
      </div>
      {action.error !== null && (
        <p role="alert" className="op-error">
          {oppdragErrorMessage(t, action.error)}
        </p>
      )}
    </section>
  );
}
