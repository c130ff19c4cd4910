import { PostgresStateRow } from '../persistence/postgresStateRow';
import type { Sql } from '../persistence/sql';
import type { RundebordRepository } from './repository';
import { emptyRundebordState, type RundebordState } from './state';

/** The round table in PostgreSQL (issue 18): one row per workshop, as in SQLite. */
export class PostgresRundebordRepository
  extends PostgresStateRow<RundebordState>
  implements RundebordRepository
{
  constructor(sql: Sql) {
    super(sql, 'rundebord_state', emptyRundebordState);
  }
}
