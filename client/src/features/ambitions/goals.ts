import type { FocusArea } from '@samskap/shared/workshop';
import type { GoalOption } from './editor/AmbitionEditor';

/**
 * Short labels for the samfunnsdel's goals: "2.3" is the third goal of the second focus area,
 * the way the goals are numbered on the projector and in the tag picker.
 */
export function goalOptions(focusAreas: readonly FocusArea[]): Map<string, GoalOption> {
  const options = new Map<string, GoalOption>();
  focusAreas.forEach((area, a) => {
    area.goals.forEach((goal, g) => {
      options.set(goal.id, { id: goal.id, label: `${a + 1}.${g + 1}`, text: goal.text });
    });
  });
  return options;
}
