import { AsyncLocalStorage } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Queryable } from '../../../src/server/platform/db/index.ts';
import { openTestDatabase, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { acmeId, newThread, post } from './helpers.ts';

/*
 * What posting a message costs the database, pinned: every statement the request sends (BEGIN and COMMIT
 * included), counted through the test database's handle for the request's own async context only. The figure is
 * the same however many people hear of the message (one, or every member plus mentioned staff).
 */
const request = new AsyncLocalStorage<string[]>();
const note = (sql: string) => request.getStore()?.push(sql.replace(/\s+/g, ' ').trim().slice(0, 80));

function counted(db: Database): Database {
  const wrap = (tx: Queryable): Queryable => ({
    query: (sql, params, options) => (note(sql), tx.query(sql, params, options)),
    // What runs after COMMIT (job runners and hubs woken) is background work, not the request's: not counted.
    afterCommit: (fn) => tx.afterCommit(() => request.exit(fn)),
  });
  return {
    ...db,
    query: (sql, params, options) => (note(sql), db.query(sql, params, options)),
    async transaction(fn, options) {
      note('BEGIN');
      const value = await db.transaction((tx) => fn(wrap(tx)), options);
      note('COMMIT');
      return value;
    },
  };
}

describe('posting a message: statements per post', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let threadId: string;
  beforeAll(async () => {
    portal = await startPortal(
      {},
      {
        database: async () => {
          const opened = await openTestDatabase(undefined, { migrated: true });
          return { ...opened, db: counted(opened.db) };
        },
      },
    );
    owner = await portal.signedIn('owner@northwind.example');
    threadId = (await newThread(owner, await acmeId(portal), 'Counted', 'first')).id;
  });
  afterAll(() => portal.close());

  const statementsOf = async (body: Record<string, unknown>) => {
    const statements: string[] = [];
    const message = await request.run(statements, () => post(owner, threadId, body));
    return { message, statements: [...statements] };
  };

  it('is seven statements, two of them inside the transaction, whatever the number of recipients', async () => {
    await statementsOf({ body: 'warm the caches (session, settings)' });
    const plain = await statementsOf({ body: 'One more thing' });
    // The module gate, the thread in scope, the flood limit, then BEGIN, the message's statement (message,
    // mentions, followers, thread, read mark, recipients), the fan-out's (notifications, email jobs, event,
    // webhook job), COMMIT. Nothing is read back after the commit.
    expect(plain.statements, plain.statements.join('\n')).toHaveLength(7);
    expect(plain.statements.slice(3)).toEqual([
      'BEGIN',
      expect.stringMatching(/^WITH inserted AS \( INSERT INTO messages/),
      expect.stringMatching(/^WITH notified AS \(INSERT INTO notifications/),
      'COMMIT',
    ]);

    const agnes = await userIdOf(portal.ctx.db, 'agent@northwind.example');
    const mentioned = await statementsOf({ body: 'Agnes, can you look?', mentionUserIds: [agnes] });
    // One more before the transaction (may these people be mentioned?); the transaction's are the same.
    expect(mentioned.statements, mentioned.statements.join('\n')).toHaveLength(8);
    expect(mentioned.statements.slice(4)).toEqual(plain.statements.slice(3));
    expect(mentioned.message.bodyHtml).toContain('Agnes, can you look?');
    // Agnes heard of it: a notification of kind mention, and the email job queued in the same statement.
    const { rows } = await portal.ctx.db.query<{ kind: string }>(
      'SELECT kind FROM notifications WHERE message_id = $1 AND user_id = $2',
      [mentioned.message.id, agnes],
    );
    expect(rows).toEqual([{ kind: 'mention' }]);
  });
});
