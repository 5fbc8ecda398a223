import { type Kysely, sql } from 'kysely'
import { columnTextLimits, textLimits } from '../../http/text-limits.js'

// Frozen in time: later changes go into new migrations, never edits here.
// Every stored text column gets the length limit the request schemas and the import check too (one table,
// server/http/text-limits.ts), so a 10 000-character parcel code can no longer be committed by any door.
// The names come from that constant table, never from a request.
function constraints() {
  return Object.entries(columnTextLimits).flatMap(([table, columns]) =>
    Object.entries(columns).map(([column, limit]) => ({
      table,
      column,
      name: `${table}_${column}_length`,
      max: textLimits[limit as keyof typeof textLimits],
    })),
  )
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const { table, column, name, max } of constraints()) {
    await sql`ALTER TABLE ${sql.table(table)} ADD CONSTRAINT ${sql.id(name)} CHECK (char_length(${sql.ref(column)}) <= ${sql.lit(max)})`.execute(
      db,
    )
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const { table, name } of constraints())
    await sql`ALTER TABLE ${sql.table(table)} DROP CONSTRAINT ${sql.id(name)}`.execute(db)
}
