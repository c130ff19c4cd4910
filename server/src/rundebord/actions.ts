import {
  checkPointsBallot,
  RundebordLimits,
  topThreeHasRoom,
  type facilitatorActionSchema,
  type tableActionSchema,
} from '@samskap/shared/rundebord';
import type { z } from 'zod';
import { ApiProblem } from '../errors';
import type { ParticipantRecord, WorkshopRecord } from '../workshops/repository';
import type { RundebordState, StoredCard } from './state';

type TableAction = z.infer<typeof tableActionSchema>;
type FacilitatorAction = z.infer<typeof facilitatorActionSchema>;

function card(state: RundebordState, cardId: string): StoredCard {
  const c = state.cards.find((x) => x.id === cardId);
  if (!c) throw new ApiProblem(404, 'card_not_found', 'No such card.', 'cardId');
  return c;
}

/** [RT2] A participant touches only cards of their own table, and hidden cards not at all. */
function tableCard(state: RundebordState, p: ParticipantRecord, cardId: string): StoredCard {
  const c = state.cards.find((x) => x.id === cardId);
  if (!c || c.tableId !== p.tableId || c.hidden)
    throw new ApiProblem(404, 'card_not_found', 'No such card at your table.', 'cardId');
  return c;
}

function ownCard(state: RundebordState, p: ParticipantRecord, cardId: string): StoredCard {
  const c = tableCard(state, p, cardId);
  if (c.authorId !== p.id)
    throw new ApiProblem(403, 'not_your_card', 'Only the card’s author can change it.', 'cardId');
  return c;
}

function table(w: WorkshopRecord, tableId: string): void {
  if (!w.setup.tables.some((t) => t.id === tableId))
    throw new ApiProblem(404, 'unknown_table', 'No such table in this workshop.', 'tableId');
}

function theme(state: RundebordState, themeId: string) {
  const t = state.themes.find((x) => x.id === themeId);
  if (!t) throw new ApiProblem(404, 'theme_not_found', 'No such theme.', 'themeId');
  return t;
}

/** Stops the talking timer of the table reporting back, keeping the time it ran. */
function stopTimer(state: RundebordState, now: number): void {
  const r = state.report;
  if (r.runningSince === null || r.tableId === null) return;
  r.elapsedMs[r.tableId] = (r.elapsedMs[r.tableId] ?? 0) + Math.max(0, now - r.runningSince);
  r.runningSince = null;
}

/** Applies a tablet's action for `p`; the caller has checked ended, lock and pause. */
export function applyTableAction(
  state: RundebordState,
  a: TableAction,
  p: ParticipantRecord,
  ids: { newId: () => string; now: number },
): string | null {
  switch (a.type) {
    case 'card.add': {
      if (state.cards.length >= RundebordLimits.cardsMax)
        throw new ApiProblem(409, 'too_many_cards', `At most ${RundebordLimits.cardsMax} cards.`);
      const mine = state.cards.filter((c) => c.authorId === p.id).length;
      if (mine >= RundebordLimits.cardsPerParticipantMax)
        throw new ApiProblem(
          409,
          'too_many_cards',
          `At most ${RundebordLimits.cardsPerParticipantMax} cards per participant.`,
        );
      const id = ids.newId();
      state.cards.push({
        id,
        tableId: p.tableId,
        authorId: p.id,
        authorRole: p.role,
        text: a.text,
        hidden: false,
        topBy: null,
        themeId: null,
        createdAt: ids.now,
      });
      return id;
    }
    case 'card.edit':
      ownCard(state, p, a.cardId).text = a.text;
      return null;
    case 'card.withdraw': {
      // Withdrawn is gone: out of the top three, out of every theme, from every screen.
      const c = ownCard(state, p, a.cardId);
      state.cards = state.cards.filter((x) => x.id !== c.id);
      return null;
    }
    case 'card.top': {
      const c = tableCard(state, p, a.cardId);
      if (!a.on) {
        c.topBy = null;
        return null;
      }
      if (c.topBy !== null) return null;
      const view = state.cards.map((x) => ({
        tableId: x.tableId,
        top: x.topBy !== null,
        hidden: x.hidden,
      }));
      if (!topThreeHasRoom(view, p.tableId))
        throw new ApiProblem(
          409,
          'top_three_full',
          'Your table has marked three cards already: unmark one first.',
          'cardId',
        );
      c.topBy = p.id;
      return null;
    }
    case 'summary.set': {
      const secretary = state.secretaries[p.tableId];
      if (secretary !== undefined && secretary !== p.id)
        throw new ApiProblem(
          403,
          'not_secretary',
          'Your table has a secretary: only that tablet writes the summary.',
        );
      if (a.text === '') delete state.summaries[p.tableId];
      else state.summaries[p.tableId] = a.text;
      return null;
    }
    case 'points.cast': {
      if (state.points.state !== 'open')
        throw new ApiProblem(409, 'points_closed', 'Priority points are not open.');
      const points = Object.fromEntries(Object.entries(a.points).filter(([, n]) => n > 0));
      const problem = checkPointsBallot(
        points,
        state.points.budget,
        state.themes.map((t) => t.id),
      );
      if (problem?.code === 'theme_not_found')
        throw new ApiProblem(404, 'theme_not_found', 'No such theme.', 'points');
      if (problem?.code === 'over_budget')
        throw new ApiProblem(
          409,
          'over_budget',
          `That would spend ${problem.spent} priority points; you have ${problem.budget}.`,
          'points',
        );
      state.points.ballots[p.id] = points;
      return null;
    }
  }
}

/** Applies one facilitator action; throws `ApiProblem` for one that does not fit. */
export function applyFacilitatorAction(
  state: RundebordState,
  a: FacilitatorAction,
  w: WorkshopRecord,
  people: ParticipantRecord[],
  ids: { newId: () => string; now: number },
): void {
  switch (a.type) {
    case 'question.set':
      state.question = a.text;
      return;
    case 'tableQuestion.set':
      table(w, a.tableId);
      if (a.text === null) delete state.tableQuestions[a.tableId];
      else state.tableQuestions[a.tableId] = a.text;
      return;
    case 'handout.set':
      state.handout = a.text;
      return;
    case 'input.pause':
      state.paused = a.paused;
      return;
    case 'secretary.set': {
      table(w, a.tableId);
      if (a.participantId === null) {
        delete state.secretaries[a.tableId];
        return;
      }
      const p = people.find((x) => x.id === a.participantId && x.removedAt === null);
      if (!p || p.tableId !== a.tableId)
        throw new ApiProblem(
          404,
          'participant_not_found',
          'The secretary must sit at that table.',
          'participantId',
        );
      state.secretaries[a.tableId] = p.id;
      return;
    }
    case 'card.hide': {
      const c = card(state, a.cardId);
      c.hidden = a.hidden;
      // A hidden card leaves the top three and its theme, so no total or origin rests on it.
      if (a.hidden) {
        c.topBy = null;
        c.themeId = null;
      }
      return;
    }
    case 'report.show':
      if (a.tableId !== null) table(w, a.tableId);
      stopTimer(state, ids.now);
      state.report.tableId = a.tableId;
      return;
    case 'report.timer':
      if (state.report.tableId === null)
        throw new ApiProblem(409, 'no_table_reporting', 'Show a table first.');
      if (a.running && state.report.runningSince === null) state.report.runningSince = ids.now;
      if (!a.running) stopTimer(state, ids.now);
      return;
    case 'report.talkSeconds':
      state.report.talkSeconds = a.seconds;
      return;
    case 'floor.give':
      if (a.tableId !== null) table(w, a.tableId);
      state.floorTableId = a.tableId;
      return;
    case 'theme.add':
      if (state.themes.length >= RundebordLimits.themesMax)
        throw new ApiProblem(
          409,
          'too_many_themes',
          `At most ${RundebordLimits.themesMax} themes.`,
        );
      state.themes.push({ id: ids.newId(), name: a.name });
      return;
    case 'theme.rename':
      theme(state, a.themeId).name = a.name;
      return;
    case 'theme.remove':
      theme(state, a.themeId);
      state.themes = state.themes.filter((t) => t.id !== a.themeId);
      for (const c of state.cards) if (c.themeId === a.themeId) c.themeId = null;
      for (const b of Object.values(state.points.ballots)) delete b[a.themeId];
      return;
    case 'card.theme': {
      const c = card(state, a.cardId);
      if (c.hidden)
        throw new ApiProblem(409, 'card_hidden', 'A hidden card cannot go into a theme.', 'cardId');
      if (a.themeId !== null) theme(state, a.themeId);
      c.themeId = a.themeId;
      return;
    }
    case 'points.open':
      if (state.themes.length === 0)
        throw new ApiProblem(409, 'no_themes', 'Name at least one theme before opening points.');
      // A lowered budget must not leave a ballot above it: those ballots start over.
      for (const [pid, b] of Object.entries(state.points.ballots)) {
        if (Object.values(b).reduce((s, n) => s + n, 0) > a.budget)
          delete state.points.ballots[pid];
      }
      state.points.state = 'open';
      state.points.budget = a.budget;
      return;
    case 'points.close':
      state.points.state = 'closed';
      return;
    case 'points.reveal':
      state.points.revealed = a.revealed;
      return;
  }
}
