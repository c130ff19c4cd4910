import { PostgresStateRow } from '../persistence/postgresStateRow';
import type { Sql } from '../persistence/sql';
import type { ArgumentsRepository } from './repository';
import { emptyArgumentsState, type ArgumentsState } from './state';

/** The argument map in PostgreSQL (issue 18): one row per workshop, as in SQLite. */
export class PostgresArgumentsRepository
  extends PostgresStateRow<ArgumentsState>
  implements ArgumentsRepository
{
  constructor(sql: Sql) {
    super(sql, 'arguments_state', emptyArgumentsState);
  }
}
