import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../../src/server/platform/db/index.ts';

/**
 * Every place in the database a string still appears: each text, varchar, json, jsonb and text[] column of every
 * table of the schema (information_schema), compared case-insensitively. Answers "table.column (n rows)".
 */
export async function findInDatabase(db: Database, needle: string): Promise<string[]> {
  const { rows: columns } = await db.query<{ table_name: string; column_name: string }>(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
     JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
       AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'character')
            OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))
     ORDER BY c.table_name, c.column_name`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    // jsonb prints non-ASCII escaped or not depending on input; compare its text form and the raw needle both ways.
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table}" WHERE strpos(lower("${column}"::text), lower($1)) > 0`,
      [needle],
    );
    if (rows[0]!.n > 0) found.push(`${table}.${column} (${rows[0]!.n} rows)`);
  }
  return found;
}

/** Every stored file (the local storage driver's directory) whose bytes contain the string. */
export function findInDirectory(dir: string, needle: string): string[] {
  const found: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (readFileSync(full).includes(Buffer.from(needle, 'utf8'))) found.push(full);
    }
  };
  walk(dir);
  return found;
}
