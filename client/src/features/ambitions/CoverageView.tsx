import { Heading } from '@digdir/designsystemet-react';
import { goalCoverage } from '@samskap/shared/doc-model';
import type { GoalCoverage } from '@samskap/shared/doc-model';
import type { FocusArea } from '@samskap/shared/workshop';
import type * as Y from 'yjs';
import { StagePager } from '../projector/StagePager';
import { goalOptions } from './goals';
import { useAmbitionsText } from './text';
import { useDocValue } from './useDocValue';

export interface CoverageViewProps {
  readonly doc: Y.Doc | null;
  readonly focusAreas: readonly FocusArea[];
  readonly focusAreaId: string;
  readonly tableIds: readonly string[];
  readonly headingLevel: 2 | 3 | 4;
  readonly size?: 'normal' | 'large';
  /** On the projector: after the goals' last page (for a side that rotates between sections). */
  readonly onWrap?: () => void;
}

const NONE: GoalCoverage[] = [];

/** Which goals of the focus area have ambitions tagged with them, and which have none. */
export function CoverageView(props: CoverageViewProps) {
  const { doc, focusAreas, focusAreaId, tableIds } = props;
  const text = useAmbitionsText();
  const area = focusAreas.find((a) => a.id === focusAreaId);
  const coverage = useDocValue(
    doc,
    (d) => (area ? goalCoverage(d, [area], tableIds) : NONE),
    (value) => value.map((g) => `${g.goalId}:${g.blocks}`).join(','),
    NONE,
  );
  if (!area || area.goals.length === 0) return null;
  const labels = goalOptions(focusAreas);
  const covered = coverage.filter((g) => g.blocks > 0).length;
  const renderGoal = (goal: (typeof coverage)[number]) => {
    const option = labels.get(goal.goalId);
    const has = goal.blocks > 0;
    return (
      <li
        key={goal.goalId}
        className="coverage__goal"
        data-covered={has}
        data-testid={`coverage-${goal.goalId}`}
      >
        <span className="coverage__mark" aria-hidden="true">
          {has ? '✓' : '○'}
        </span>
        <span className="coverage__text">
          <strong>{option?.label}</strong> {option?.text}
        </span>
        <span className={props.size === 'large' ? 'visually-hidden' : 'coverage__status'}>
          {has
            ? `${text('coverage.covered')} · ${text('coverage.count', { count: goal.blocks })}`
            : text('coverage.uncovered')}
        </span>
      </li>
    );
  };
  return (
    <section className="coverage" data-size={props.size ?? 'normal'} data-testid="coverage">
      <Heading level={props.headingLevel} data-size={props.size === 'large' ? 'md' : 'xs'}>
        {text('coverage.heading')}
      </Heading>
      <p className="coverage__summary" data-testid="coverage-summary">
        {text('coverage.summary', { covered, total: coverage.length })}
      </p>
      {props.size === 'large' ? (
        // On the projector the goals go on pages when they do not all fit beside the drafts.
        <StagePager
          items={coverage}
          label={text('coverage.heading')}
          listClassName="coverage__goals"
          renderItem={(goal) => renderGoal(goal)}
          onWrap={props.onWrap}
        />
      ) : (
        <ul className="coverage__goals">{coverage.map((goal) => renderGoal(goal))}</ul>
      )}
    </section>
  );
}
