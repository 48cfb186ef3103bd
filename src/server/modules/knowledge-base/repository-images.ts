import type { Queryable } from '../../platform/db/index.ts';
import type { KbViewer } from './policy.ts';
import { ARTICLE_FROM, viewerParams, visibleArticle } from './repository.ts';

export interface ImageRow {
  id: string;
  storage_key: string;
  content_type: string;
  size: number;
}

export async function insertImage(db: Queryable, image: ImageRow & { uploadedBy: string; now: Date }) {
  await db.query(
    'INSERT INTO kb_images (id, storage_key, content_type, size, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [image.id, image.storage_key, image.content_type, image.size, image.uploadedBy, image.now],
  );
}

/**
 * An image as a reader may fetch it: only when an article they may read (the audience rule) shows it, so an
 * image of a staff-only article is as missing to others as the article. Staff see every image (drafts too).
 */
export async function findReadableImage(db: Queryable, viewer: KbViewer, id: string): Promise<ImageRow | null> {
  const { rows } = await db.query<ImageRow>(
    `SELECT i.id, i.storage_key, i.content_type, i.size FROM kb_images i
     WHERE i.id = $4 AND ($1::boolean OR EXISTS (
       SELECT 1 FROM ${ARTICLE_FROM} WHERE ${visibleArticle(1)} AND strpos(a.body, '/help/images/' || i.id::text) > 0))`,
    [...viewerParams(viewer), id],
  );
  return rows[0] ?? null;
}
