// Migration 0067 on data made before it: document threads become the thread of their document's latest version,
// and subject threads whose task or document is gone are deleted, their files queued for the storage sweep.
import { readdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR, type Database } from '../../../src/server/platform/db/index.ts';
import { openTestDatabase } from '../../support/harness.ts';

const MIGRATION = '0067_collab_followups.sql';

describe(`migration ${MIGRATION}`, () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeEach(async () => {
    ({ db, drop } = await openTestDatabase());
    const before = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql') && name < MIGRATION);
    await migrate(db, MIGRATIONS_DIR, { only: new Set(before) });
  });
  afterEach(() => drop());

  it('moves document threads to the latest version and deletes orphaned subject threads', async () => {
    const [segment, account, document, v1, v2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await db.query(`INSERT INTO segments (id, name, kind) VALUES ($1, 'S', 'client_workspaces')`, [segment]);
    await db.query(`INSERT INTO accounts (id, segment_id, name) VALUES ($1, $2, 'A')`, [account, segment]);
    await db.query(
      `INSERT INTO documents (id, account_id, area, name, current_version_id, version_count)
       VALUES ($1, $2, 'shared', 'a.txt', $3, 2)`,
      [document, account, v2],
    );
    for (const [id, number] of [
      [v1, 1],
      [v2, 2],
    ] as const)
      await db.query(
        `INSERT INTO document_versions (id, document_id, account_id, number, name, storage_key, size_bytes, sha256,
           content_type, preview_kind) VALUES ($1, $2, $3, $4, 'a.txt', $5, 1, 'x', 'text/plain', 'text')`,
        [id, document, account, number, `documents/${id}`],
      );
    const thread = async (kind: string, subjectId: string | null) => {
      const id = randomUUID();
      await db.query('INSERT INTO threads (id, account_id, kind, subject_id, subject) VALUES ($1, $2, $3, $4, $5)', [
        id,
        account,
        kind,
        subjectId,
        kind,
      ]);
      return id;
    };
    const live = await thread('document', document);
    const goneDocument = await thread('document', randomUUID());
    const goneTask = await thread('task', randomUUID());
    const conversation = await thread('conversation', null);
    await db.query(
      `INSERT INTO message_attachments (id, thread_id, account_id, name, content_type, size, storage_key)
       VALUES ($1, $2, $3, 'f.txt', 'text/plain', 1, 'conversations/orphan-file')`,
      [randomUUID(), goneTask, account],
    );

    // Only this migration on top: later ones are not what this test is about.
    const through = readdirSync(MIGRATIONS_DIR).filter((name) => name.endsWith('.sql') && name <= MIGRATION);
    expect((await migrate(db, MIGRATIONS_DIR, { only: new Set(through) })).applied).toEqual([MIGRATION]);

    const { rows } = await db.query<{ id: string; subject_version_id: string | null }>(
      'SELECT id, subject_version_id FROM threads ORDER BY kind',
    );
    expect(rows.map((row) => row.id).sort()).toEqual([live, conversation].sort());
    expect(rows.find((row) => row.id === live)!.subject_version_id).toBe(v2);
    expect(rows.find((row) => row.id === conversation)!.subject_version_id).toBeNull();
    expect(goneDocument).not.toBe(live);
    const pending = await db.query<{ storage_key: string }>('SELECT storage_key FROM storage_pending_objects');
    expect(pending.rows.map((row) => row.storage_key)).toEqual(['conversations/orphan-file']);
    // One thread per document version from now on.
    await expect(
      db.query(
        `INSERT INTO threads (id, account_id, kind, subject_id, subject_version_id, subject)
         VALUES ($1, $2, 'document', $3, $4, 'again')`,
        [randomUUID(), account, document, v2],
      ),
    ).rejects.toThrow();
  });
});
