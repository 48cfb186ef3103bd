import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';

/*
 * Deflection records are the visitor's own: help sessions carry no account data, and a ticket form session is
 * read and written only by its owner (`user_id` = the caller), a rule stricter than the account scope.
 */

/** One row per visit; the key is the browser's (sessionStorage) or the help center's cookie. Repeats are no-ops. */
export async function insertHelpSession(
  db: Queryable,
  key: string,
  userId: string | null,
  segmentId: string | null,
  now: Date,
): Promise<boolean> {
  const { rowCount } = await db.query(
    'INSERT INTO help_sessions (key, user_id, segment_id, started_at) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING',
    [key, userId, segmentId, now],
  );
  return (rowCount ?? 0) > 0;
}

/** The segment a signed-in person visits as: their active account's, else their first account's; null for staff. */
export async function segmentOfUser(
  db: Queryable,
  userId: string,
  activeAccountId: string | null,
): Promise<string | null> {
  const { rows } = await db.query<{ segment_id: string }>(
    `SELECT a.segment_id FROM memberships m JOIN accounts a ON a.id = m.account_id
     WHERE m.user_id = $1 ORDER BY (a.id = $2::uuid) DESC NULLS LAST, a.id LIMIT 1`,
    [userId, activeAccountId],
  );
  return rows[0]?.segment_id ?? null;
}

/** The account a customer files tickets under: the active one if its segment has tickets, else the first that does. */
export async function ticketAccountOf(db: Queryable, userId: string, activeAccountId: string | null) {
  const { rows } = await db.query<{ account_id: string; segment_id: string }>(
    `SELECT a.id AS account_id, a.segment_id FROM memberships m JOIN accounts a ON a.id = m.account_id JOIN segments s ON s.id = a.segment_id
     WHERE m.user_id = $1 AND 'tickets' = ANY(s.modules) ORDER BY (a.id = $2::uuid) DESC NULLS LAST, a.id LIMIT 1`,
    [userId, activeAccountId],
  );
  return rows[0] ?? null;
}

export async function insertFormSession(
  db: Queryable,
  userId: string,
  accountId: string,
  segmentId: string,
  now: Date,
): Promise<string> {
  const id = newId(now.getTime());
  await db.query(
    'INSERT INTO ticket_form_sessions (id, user_id, account_id, segment_id, opened_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $5)',
    [id, userId, accountId, segmentId, now],
  );
  return id;
}

export interface FormSessionRow {
  id: string;
  segment_id: string | null;
  outcome: 'open' | 'ticket_created' | 'abandoned' | 'deflected';
  opened_article_ids: string[];
}

/** The caller's own session, locked for the event; anyone else's reads as missing. */
export async function findOwnFormSession(db: Queryable, id: string, userId: string): Promise<FormSessionRow | null> {
  const { rows } = await db.query<FormSessionRow>(
    'SELECT id, segment_id, outcome, opened_article_ids FROM ticket_form_sessions WHERE id = $1 AND user_id = $2 FOR UPDATE',
    [id, userId],
  );
  return rows[0] ?? null;
}

export async function touchFormSession(db: Queryable, id: string, now: Date) {
  await db.query('UPDATE ticket_form_sessions SET last_seen_at = GREATEST(last_seen_at, $2) WHERE id = $1', [id, now]);
}

export async function addSuggestionsShown(db: Queryable, id: string, count: number) {
  await db.query(
    'UPDATE ticket_form_sessions SET searches = searches + 1, suggestions_shown = suggestions_shown + $2 WHERE id = $1',
    [id, count],
  );
}

/**
 * The form's suggestion lookups join the knowledge base's search log (same normalization as its own `logSearch`,
 * which takes no source), tagged so analytics can tell them from help-center searches.
 */
export async function logSuggestionSearch(
  db: Queryable,
  query: string,
  resultCount: number,
  segmentId: string | null,
  formSessionId: string,
  now: Date,
) {
  await db.query(
    `INSERT INTO kb_search_log (id, query, result_count, created_at, source, segment_id, form_session_id) VALUES ($1, $2, $3, $4, 'suggestions', $5, $6)`,
    [
      newId(now.getTime()),
      query.toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 200),
      resultCount,
      now,
      segmentId,
      formSessionId,
    ],
  );
}

export interface ArticleViewer {
  isStaff: boolean;
  signedIn: boolean;
  accountIds: string[];
}

/**
 * Whether the article exists and the viewer is in its audience: the knowledge base's one rule (`kb_audience_allows`
 * on the category and the article, published only unless staff), as its repository's `visibleArticle` applies it.
 */
export async function articleVisibleTo(db: Queryable, viewer: ArticleViewer, articleId: string): Promise<boolean> {
  const segments = `(SELECT coalesce(array_agg(DISTINCT ac.segment_id), '{}') FROM accounts ac WHERE ac.id = ANY($3::uuid[]))`;
  const { rows } = await db.query(
    `SELECT 1 FROM kb_articles a JOIN kb_sections s ON s.id = a.section_id JOIN kb_categories c ON c.id = s.category_id
     WHERE a.id = $4 AND ($1::boolean OR (a.status = 'published'
       AND kb_audience_allows(c.audience, c.audience_segment_ids, false, $2::boolean, ${segments})
       AND kb_audience_allows(a.audience, a.audience_segment_ids, false, $2::boolean, ${segments})))`,
    [viewer.isStaff, viewer.signedIn, viewer.accountIds, articleId],
  );
  return rows.length > 0;
}

export async function addOpenedArticle(db: Queryable, id: string, articleId: string) {
  await db.query(
    `UPDATE ticket_form_sessions SET opened_article_ids = array_append(opened_article_ids, $2::uuid)
     WHERE id = $1 AND NOT ($2::uuid = ANY(opened_article_ids))`,
    [id, articleId],
  );
}

/** The one outcome rule for a session that ends without a ticket: deflected if a suggested article was opened. */
const LEFT_OUTCOME = `CASE WHEN cardinality(opened_article_ids) > 0 THEN 'deflected' ELSE 'abandoned' END`;

export async function leaveFormSession(db: Queryable, id: string, now: Date) {
  await db.query(
    `UPDATE ticket_form_sessions SET outcome = ${LEFT_OUTCOME}, ended_at = $2 WHERE id = $1 AND outcome = 'open'`,
    [id, now],
  );
}

/** Only the owner's open session; anything else changes nothing. */
export async function markTicketCreated(db: Queryable, id: string, userId: string, ticketId: string, now: Date) {
  await db.query(
    `UPDATE ticket_form_sessions SET outcome = 'ticket_created', ticket_id = $3, ended_at = $4, last_seen_at = GREATEST(last_seen_at, $4)
     WHERE id = $1 AND user_id = $2 AND outcome = 'open'`,
    [id, userId, ticketId, now],
  );
}

/**
 * Sessions nobody has touched since `idleBefore` were left without a word (tab closed, beacon lost): they end as if
 * left, at the time they were last seen. Every account's sessions: a system sweep, no caller to scope by.
 */
export async function unsafeCloseIdleFormSessions(db: Queryable, idleBefore: Date): Promise<number> {
  const { rowCount } = await db.query(
    `UPDATE ticket_form_sessions SET outcome = ${LEFT_OUTCOME}, ended_at = last_seen_at WHERE outcome = 'open' AND last_seen_at < $1`,
    [idleBefore],
  );
  return rowCount ?? 0;
}

// Retention: deflection rows are portal-wide analytics read by reports; deleting by time needs no account scope.

/** Help-center visits that started before `before`. */
export async function deleteHelpSessionsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM help_sessions WHERE started_at < $1', [before]);
  return rowCount ?? 0;
}

/** Ticket-form sessions opened before `before` (long since ended: the idle sweep closes open ones within the hour). */
export async function deleteFormSessionsBefore(db: Queryable, before: Date): Promise<number> {
  const { rowCount } = await db.query('DELETE FROM ticket_form_sessions WHERE opened_at < $1', [before]);
  return rowCount ?? 0;
}
