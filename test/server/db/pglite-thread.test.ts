import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../../../server/db/open-database.js'
import { createTestApp } from '../../support/test-app.js'
import { createTestDatabase } from '../../support/test-database.js'

let database: OpenDatabase
let app: ReturnType<typeof createTestApp>

beforeAll(async () => {
  database = await createTestDatabase()
  app = createTestApp(database)
  await sql`CREATE TABLE thread_probe (id int PRIMARY KEY, note text CONSTRAINT thread_probe_note_length CHECK (char_length(note) < 5))`.execute(
    database.db,
  )
})
afterAll(() => database?.close())

/** A statement that keeps the database busy for a few seconds on either database. */
const heavy = () => sql`SELECT count(*) FROM generate_series(1, 3000000) AS g(n) WHERE n % 7 = 3`.execute(database.db)

describe('the database never holds up the server', () => {
  it('answers health at once while a heavy statement runs', async () => {
    await app.request('/api/health') // the PostGIS version is read once
    const busy = heavy()
    await new Promise((resolve) => setTimeout(resolve, 100))
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const started = performance.now()
      expect((await app.request('/api/health')).status).toBe(200)
      times.push(performance.now() - started)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await busy
    // Before the database had its own thread, each answer waited for the whole statement (seconds); the margin is for a busy machine.
    expect(Math.max(...times)).toBeLessThan(1000)
    expect(times.length).toBe(5)
  })
})

describe('one connection, taken in turns', () => {
  it('keeps a transaction to itself: another request never reads or writes inside it', async () => {
    let insideSeen = -1
    const transaction = database.db.transaction().execute(async (trx) => {
      await sql`INSERT INTO thread_probe VALUES (1, 'a')`.execute(trx)
      await new Promise((resolve) => setTimeout(resolve, 100))
      insideSeen = Number(
        (await sql<{ n: number }>`SELECT count(*)::int AS n FROM thread_probe`.execute(trx)).rows[0]!.n,
      )
      throw new Error('roll back')
    })
    const settled = transaction.catch((error: Error) => error)
    const outside = await sql<{ n: number }>`SELECT count(*)::int AS n FROM thread_probe`.execute(database.db)
    expect(((await settled) as Error).message).toBe('roll back')
    expect(outside.rows[0]!.n).toBe(0)
    expect(insideSeen).toBe(1)
    expect(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM thread_probe`.execute(database.db)).rows[0]!.n,
    ).toBe(0)
  })

  it('raises PostgreSQL errors with their SQLSTATE, table and constraint, and counts affected rows', async () => {
    await expect(sql`INSERT INTO thread_probe VALUES (2, 'too long')`.execute(database.db)).rejects.toMatchObject({
      code: '23514',
      table: 'thread_probe',
      constraint: 'thread_probe_note_length',
    })
    await sql`INSERT INTO thread_probe VALUES (2, 'b'), (3, 'c')`.execute(database.db)
    const updated = await database.db
      .updateTable('thread_probe' as never)
      .set({ note: 'x' } as never)
      .executeTakeFirst()
    expect(updated.numUpdatedRows).toBe(2n)
  })

  it('rolls back a transaction a failed statement aborted, even when the caller catches the error', async () => {
    const attempt = database.db.transaction().execute(async (trx) => {
      await sql`INSERT INTO thread_probe VALUES (10, 'ok')`.execute(trx)
      await sql`INSERT INTO thread_probe VALUES (10, 'dup')`.execute(trx).catch(() => undefined)
    })
    await expect(attempt).rejects.toThrow()
    expect(
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM thread_probe WHERE id = 10`.execute(database.db))
        .rows[0]!.n,
    ).toBe(0)
  })
})
