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
