import type { AttachToTask, TaskAttachment } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { documentSummariesOf } from '../../documents/index.ts';
import { projectPolicy } from '../policy.ts';
import { taskFacts } from '../presenters.ts';
import {
  countAttachmentLinks,
  deleteAttachmentLink,
  findAttachmentLink,
  insertAttachmentLink,
  listAttachmentLinks,
} from '../repository-attachments.ts';
import { loadTask, publishTaskEvent } from './load.ts';

/** A task holds at most this many files: a checklist of hand-ins, not a folder (that is what documents are for). */
const MAX_ATTACHMENTS = 50;

type LoadedTask = Awaited<ReturnType<typeof loadTask>>;

/**
 * The files of a task, as the documents module has them now (a file moved to the trash drops out until restored).
 * The account's people see a task only on projects that are not internal, and such a task only links shared files,
 * so what they read here is what the documents pages show them too.
 */
export async function listAttachmentsUseCase(ctx: AppContext, actor: Actor, taskId: string) {
  const task = await loadTask(ctx, actor, taskId);
  return { items: await attachmentsOf(ctx, actor, task) };
}

async function attachmentsOf(ctx: AppContext, actor: Actor, task: LoadedTask): Promise<TaskAttachment[]> {
  const links = await listAttachmentLinks(ctx.db, task.id, task.account_id);
  const documents = await documentSummariesOf(
    ctx.db,
    task.account_id,
    links.map((link) => link.document_id),
  );
  const byId = new Map(links.map((link) => [link.document_id, link]));
  return documents
    .filter((document) => projectPolicy.seesInternal(actor) || document.area === 'shared')
    .map((document) => {
      const link = byId.get(document.id)!;
      return {
        documentId: document.id,
        name: document.name,
        area: document.area,
        sizeBytes: document.size,
        addedBy: link.added_by ? { id: link.added_by, name: link.added_by_name ?? '' } : null,
        addedAt: link.added_at.toISOString(),
        abilities: projectPolicy.attachmentAbilities(actor, link.added_by),
      };
    });
}

/**
 * Links a document of the task's account to the task. On a task the client can see, only shared files: an internal
 * file's name would otherwise reach the client through the task. Attaching the same file twice is one link (200).
 */
export async function attachToTaskUseCase(ctx: AppContext, actor: Actor, taskId: string, input: AttachToTask) {
  const task = await loadTask(ctx, actor, taskId);
  if (!projectPolicy.canAttach(actor, taskFacts(task))) throw forbidden('You cannot add files to this task.');
  const [document] = await documentSummariesOf(ctx.db, task.account_id, [input.documentId]);
  if (!document) throw fieldError('documentId', 'unknown_file', 'Choose a file of this account’s documents.');
  if (document.area === 'internal' && !task.internal)
    throw fieldError(
      'documentId',
      'internal_file',
      'This file is internal; the client sees this task. Share the file first, or attach it to an internal task.',
    );
  if (document.area === 'internal' && !projectPolicy.seesInternal(actor)) throw notFound();
  const now = ctx.clock.now();
  const added = await ctx.db.transaction(async (tx) => {
    // Under the task's row lock, so two attaches at once cannot both pass the count.
    await loadTask(ctx, actor, taskId, tx, true);
    if ((await countAttachmentLinks(tx, task.id, task.account_id)) >= MAX_ATTACHMENTS)
      throw conflict(`A task holds at most ${MAX_ATTACHMENTS} files.`, 'too_many_attachments');
    const inserted = await insertAttachmentLink(tx, {
      taskId: task.id,
      documentId: document.id,
      accountId: task.account_id,
      by: actor.userId,
      now,
    });
    if (!inserted) return false;
    await recordAudit(tx, {
      action: 'task.file_attached',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'task', id: task.id, label: task.title },
      accountId: task.account_id,
      details: { documentId: document.id, name: document.name },
      occurredAt: now,
    });
    await publishTaskEvent(tx, 'task.updated', ref(task), now);
    return true;
  });
  const items = await attachmentsOf(ctx, actor, task);
  return { created: added, attachment: items.find((item) => item.documentId === document.id)! };
}

export async function detachFromTaskUseCase(ctx: AppContext, actor: Actor, taskId: string, documentId: string) {
  const task = await loadTask(ctx, actor, taskId);
  const link = await findAttachmentLink(ctx.db, task.id, task.account_id, documentId);
  if (!link) throw notFound();
  if (!projectPolicy.attachmentAbilities(actor, link.added_by).remove)
    throw forbidden('Only staff or the person who added a file remove it from the task.');
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await deleteAttachmentLink(tx, task.id, task.account_id, documentId);
    await recordAudit(tx, {
      action: 'task.file_detached',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'task', id: task.id, label: task.title },
      accountId: task.account_id,
      details: { documentId },
      occurredAt: now,
    });
    await publishTaskEvent(tx, 'task.updated', ref(task), now);
  });
}

const ref = (task: LoadedTask) => ({
  id: task.id,
  projectId: task.project_id,
  accountId: task.account_id,
  internal: task.internal,
});
