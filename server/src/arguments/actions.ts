import { ArgumentLimits, type argumentActionSchema } from '@samskap/shared/arguments';
import type { z } from 'zod';
import { ApiProblem } from '../errors';
import type { WorkshopRecord } from '../workshops/repository';
import type { ArgumentsState, StoredEntry } from './state';

type Action = z.infer<typeof argumentActionSchema>;

function entry(state: ArgumentsState, id: string): StoredEntry {
  const e = state.entries.find((x) => x.id === id && x.mergedInto === null);
  if (!e) throw new ApiProblem(404, 'entry_not_found', 'No such entry.', 'entryId');
  return e;
}

function question(state: ArgumentsState, id: string) {
  const q = state.questions.find((x) => x.id === id);
  if (!q) throw new ApiProblem(404, 'question_not_found', 'No such question.', 'questionId');
  return q;
}

/**
 * Folds `from` into `into`: the union of supporters (the author of the duplicate agrees with the
 * original, so counts as one), its pros and cons move over, and conflicts follow it.
 */
function merge(state: ArgumentsState, from: StoredEntry, into: StoredEntry): void {
  if (from.id === into.id)
    throw new ApiProblem(
      400,
      'invalid_input',
      'intoId: an entry cannot be merged into itself.',
      'intoId',
    );
  if (from.questionId !== into.questionId || from.kind !== into.kind) {
    throw new ApiProblem(
      400,
      'invalid_input',
      'intoId: only entries of the same kind and question can be merged.',
      'intoId',
    );
  }
  const supporters = new Set([...into.supporters, ...from.supporters]);
  if (from.authorId !== null) supporters.add(from.authorId);
  if (into.authorId !== null) supporters.delete(into.authorId);
  into.supporters = [...supporters];
  into.mergedCount += 1 + from.mergedCount;
  from.mergedInto = into.id;
  for (const child of state.entries) if (child.parentId === from.id) child.parentId = into.id;
  for (const c of state.conflicts) {
    c.positionIds = c.positionIds.map((p) => (p === from.id ? into.id : p)) as [string, string];
  }
}

/** Applies one facilitator action to the map; throws `ApiProblem` for one that does not fit. */
export function applyArgumentAction(
  state: ArgumentsState,
  a: Action,
  w: WorkshopRecord,
  newId: () => string,
): void {
  switch (a.type) {
    case 'question.add':
      if (state.questions.length >= ArgumentLimits.questionsMax) {
        throw new ApiProblem(
          409,
          'too_many_questions',
          `At most ${ArgumentLimits.questionsMax} questions.`,
        );
      }
      state.questions.push({ id: newId(), text: a.text, problemType: a.problemType });
      return;
    case 'question.edit': {
      const q = question(state, a.questionId);
      q.text = a.text;
      q.problemType = a.problemType;
      return;
    }
    case 'question.remove':
      question(state, a.questionId);
      state.questions = state.questions.filter((q) => q.id !== a.questionId);
      state.entries = state.entries.filter((e) => e.questionId !== a.questionId);
      state.groups = state.groups.filter((g) => g.questionId !== a.questionId);
      state.syntheses = state.syntheses.filter((s) => s.questionId !== a.questionId);
      state.conflicts = state.conflicts.filter((c) => c.questionId !== a.questionId);
      if (state.shownQuestionId === a.questionId) state.shownQuestionId = null;
      return;
    case 'question.show':
      if (a.questionId !== null) question(state, a.questionId);
      state.shownQuestionId = a.questionId;
      return;
    case 'norms.set':
      state.norms = a.norms;
      return;
    case 'input.pause':
      state.paused = a.paused;
      return;
    case 'floor.give':
      if (a.tableId !== null && !w.setup.tables.some((t) => t.id === a.tableId)) {
        throw new ApiProblem(400, 'unknown_table', 'The workshop has no such table.', 'tableId');
      }
      state.floorTableId = a.tableId;
      return;
    case 'controlled.set':
      state.controlled = a.controlled;
      return;
    case 'entry.approve': {
      const e = entry(state, a.entryId);
      if (e.status === 'pending') e.status = 'visible';
      return;
    }
    case 'entry.hide':
      entry(state, a.entryId).status = 'hidden';
      return;
    case 'entry.unhide':
      entry(state, a.entryId).status = 'visible';
      return;
    case 'entry.edit':
      entry(state, a.entryId).text = a.text;
      return;
    case 'entry.merge':
      merge(state, entry(state, a.entryId), entry(state, a.intoId));
      return;
    case 'entry.group': {
      const e = entry(state, a.entryId);
      if (
        a.groupId !== null &&
        !state.groups.some((g) => g.id === a.groupId && g.questionId === e.questionId)
      ) {
        throw new ApiProblem(404, 'group_not_found', 'No such group for this question.', 'groupId');
      }
      e.groupId = a.groupId;
      return;
    }
    case 'group.add':
      question(state, a.questionId);
      if (state.groups.length >= ArgumentLimits.groupsMax)
        throw new ApiProblem(409, 'too_many_groups', 'Too many groups.');
      state.groups.push({ id: newId(), questionId: a.questionId, label: a.label });
      return;
    case 'synthesis.add':
      question(state, a.questionId);
      state.syntheses.push({ id: newId(), questionId: a.questionId, text: a.text });
      return;
    case 'synthesis.remove':
      state.syntheses = state.syntheses.filter((s) => s.id !== a.synthesisId);
      return;
    case 'conflict.add': {
      question(state, a.questionId);
      const [p1, p2] = a.positionIds.map((id) => entry(state, id));
      if (
        p1!.id === p2!.id ||
        p1!.kind !== 'position' ||
        p2!.kind !== 'position' ||
        p1!.questionId !== a.questionId ||
        p2!.questionId !== a.questionId
      ) {
        throw new ApiProblem(
          400,
          'invalid_input',
          'positionIds: a conflict is between two positions of the question.',
          'positionIds',
        );
      }
      if (state.conflicts.length >= ArgumentLimits.conflictsMax)
        throw new ApiProblem(409, 'too_many_conflicts', 'Too many conflicts.');
      state.conflicts.push({
        id: newId(),
        questionId: a.questionId,
        positionIds: [p1!.id, p2!.id],
        description: a.description,
        handling: null,
        status: 'open',
        note: '',
      });
      return;
    }
    case 'conflict.update': {
      const c = state.conflicts.find((x) => x.id === a.conflictId);
      if (!c) throw new ApiProblem(404, 'conflict_not_found', 'No such conflict.', 'conflictId');
      c.handling = a.handling;
      c.status = a.status;
      c.note = a.note;
      return;
    }
  }
}
