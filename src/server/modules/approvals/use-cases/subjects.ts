import { createHash } from 'node:crypto';
import type { CreateApproval } from '../../../../contract/index.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { fieldError } from '../../../platform/http/errors.ts';
import { currentVersions, sentQuote, taskOfAccount } from '../repository-subjects.ts';
import type { NewApproval } from '../repository.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export interface ResolvedSubject {
  title: string;
  internal: boolean;
  quoteId: string | null;
  taskId: string | null;
  items: NewApproval['items'];
  contentSha256: string;
}

/**
 * What is asked about, pinned to its exact content: the current version of each document (the SHA-256 of one
 * version is the approval's content hash; a deliverable hashes its versions' hashes in order), the quote's PDF
 * hash, or a task's title, description and version. A subject the account does not hold is a field error.
 */
export async function resolveSubject(
  db: Queryable,
  accountId: string,
  input: Pick<CreateApproval, 'subjectType' | 'documentIds' | 'quoteId' | 'taskId' | 'title'>,
): Promise<ResolvedSubject> {
  if (input.subjectType === 'document_version' || input.subjectType === 'deliverable') {
    const ids = [...new Set(input.documentIds ?? [])];
    if (!ids.length) throw fieldError('documentIds', 'required', 'Choose the documents to approve.');
    if (input.subjectType === 'document_version' && ids.length !== 1)
      throw fieldError('documentIds', 'one_document', 'A document version approval is about one document.');
    const found = await currentVersions(db, accountId, ids);
    const byId = new Map(found.map((row) => [row.document_id, row]));
    const missing = ids.findIndex((id) => !byId.has(id));
    if (missing >= 0) throw fieldError(`documentIds.${missing}`, 'unknown_document', 'No such document here.');
    const rows = ids.map((id) => byId.get(id)!);
    const items = rows.map(({ document_id, version_id, version_number, name, sha256: hash }) => ({
      document_id,
      version_id,
      version_number,
      name,
      sha256: hash,
    }));
    return {
      title: input.title ?? (rows.length === 1 ? `${rows[0]!.name} (v${rows[0]!.version_number})` : 'Deliverable'),
      internal: rows.some((row) => row.internal),
      quoteId: null,
      taskId: null,
      items,
      contentSha256:
        rows.length === 1 && input.subjectType === 'document_version'
          ? rows[0]!.sha256
          : sha256(rows.map((row) => `${row.version_id}:${row.sha256}`).join('\n')),
    };
  }
  if (input.subjectType === 'quote') {
    if (!input.quoteId) throw fieldError('quoteId', 'required', 'Choose the quote to approve.');
    const quote = await sentQuote(db, accountId, input.quoteId);
    if (!quote?.pdf_sha256) throw fieldError('quoteId', 'unknown_quote', 'No sent quote of this account has this id.');
    return {
      title: input.title ?? `Quote ${quote.number ?? ''}`.trim(),
      internal: false,
      quoteId: quote.id,
      taskId: null,
      items: [],
      contentSha256: quote.pdf_sha256,
    };
  }
  if (!input.taskId) throw fieldError('taskId', 'required', 'Choose the task to approve.');
  const task = await taskOfAccount(db, accountId, input.taskId);
  if (!task) throw fieldError('taskId', 'unknown_task', 'No task of this account has this id.');
  return {
    title: input.title ?? task.title,
    internal: task.internal,
    quoteId: null,
    taskId: task.id,
    items: [],
    contentSha256: sha256(JSON.stringify([task.id, task.version, task.title, task.description])),
  };
}
