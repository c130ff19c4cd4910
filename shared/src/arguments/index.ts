export {
  argumentActionSchema,
  ArgumentLimits,
  conflictHandlingSchema,
  conflictStatusSchema,
  entryKindSchema,
  newEntrySchema,
  problemTypeSchema,
  questionInputSchema,
} from './model';
export { INPUT_BLOCKS, participantInputBlock } from './inputBlock';
export type { InputBlock } from './inputBlock';
export type {
  ArgumentAction,
  ArgumentsView,
  Conflict,
  ConflictHandling,
  EntryKind,
  EntryView,
  NewEntry,
  ProblemType,
  Question,
  Synthesis,
} from './model';
