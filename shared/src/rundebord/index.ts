export {
  facilitatorActionSchema,
  RundebordLimits,
  tableActionSchema,
  TEMPLATE_QUESTION,
} from './model';
export type {
  CardView,
  FacilitatorAction,
  PointsView,
  RundebordView,
  TableAction,
  TableRoundView,
  ThemeView,
} from './model';
export {
  checkPointsBallot,
  MIN_VOTERS_SHOWN,
  pointsLeft,
  pointsWithheld,
  themeOrigins,
  topThreeHasRoom,
} from './rules';
export type { BallotProblem } from './rules';
