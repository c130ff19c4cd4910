export { fitsBudget, maxPointsFor, pointsLeft, pointsSpent, stepPoints } from './pointsBudget';
export type { PointsHolder } from './pointsBudget';
