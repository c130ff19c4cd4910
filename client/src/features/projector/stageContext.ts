import { INITIAL_STAGE } from '@samskap/shared/workshop';
import type { StageState } from '@samskap/shared/workshop';
import { createContext, useContext } from 'react';

/**
 * The facilitator's hold and step, from the run state, for every pager on the stage. A context,
 * so that the activities' projector views need no extra props; off the projector it is the
 * initial stage (nothing held).
 */
export const StageContext = createContext<StageState>(INITIAL_STAGE);

export function useStage(): StageState {
  return useContext(StageContext);
}
