import type { CreateForm, FormField, UpdateForm } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import type { Queryable } from '../../../platform/db/index.ts';
import { conflict, fieldError, forbidden, notFound } from '../../../platform/http/errors.ts';
import { staleVersion } from '../../../platform/http/if-match.ts';
import { newId } from '../../../platform/ids.ts';
import { recordAudit } from '../../audit/index.ts';
import { formPolicy } from '../policy.ts';
import { presentForm } from '../presenters.ts';
import {
  findForm,
  insertForm,
  setFormCreatesTask,
  insertVersion,
  listForms,
  nameOrSlugTaken,
  segmentModules,
  updateForm,
  type FormFields,
} from '../repository-forms.ts';

function requireManager(actor: Actor) {
  if (!formPolicy.canManage(actor)) throw forbidden();
}

/** A form by id for staff; people are refused before any lookup (forms are the firm's configuration). */
async function loadForm(ctx: AppContext, actor: Actor, id: string, db: Queryable = ctx.db, lock = false) {
  requireManager(actor);
  const row = await findForm(db, id, lock);
  if (!row) throw notFound();
  return row;
}

/** A file field anywhere in the definition, groups and sections included. */
function hasFileField(fields: readonly FormField[]): boolean {
  return fields.some(
    (field) =>
      field.type === 'file' || ((field.type === 'section' || field.type === 'group') && hasFileField(field.fields)),
  );
}

async function checkFields(ctx: AppContext, fields: FormFields, exceptId: string | null) {
  // Uploads belong to an account's documents, and a visitor of a public form has none yet: refused, not lost.
  if (fields.publicSlug && hasFileField(fields.definition.fields))
    throw fieldError(
      'publicSlug',
      'public_form_with_files',
      'A public form cannot ask for files: visitors have no account to keep them in yet. Remove the file fields first.',
    );
  const taken = await nameOrSlugTaken(ctx.db, fields.name, fields.publicSlug, exceptId);
  if (taken === 'name') throw fieldError('name', 'taken', 'Another form has this name.');
  if (taken) throw fieldError('publicSlug', 'taken', 'Another form uses this address.');
  if (fields.publicSlug && !fields.leadSegmentId)
    throw fieldError('leadSegmentId', 'required', 'Choose the segment of the lead accounts a public form creates.');
  if (fields.leadSegmentId) {
    const modules = await segmentModules(ctx.db, fields.leadSegmentId);
    if (!modules) throw fieldError('leadSegmentId', 'not_found', 'This segment does not exist.');
    if (!modules.includes('forms'))
      throw fieldError('leadSegmentId', 'module_disabled', 'Choose a segment with the forms module switched on.');
  }
}

export async function listFormsUseCase(ctx: AppContext, actor: Actor) {
  requireManager(actor);
  return { items: (await listForms(ctx.db)).map((row) => presentForm(row, actor)) };
}

export async function getFormUseCase(ctx: AppContext, actor: Actor, id: string) {
  return presentForm(await loadForm(ctx, actor, id), actor);
}

export async function createFormUseCase(ctx: AppContext, actor: Actor, input: CreateForm) {
  requireManager(actor);
  await checkFields(ctx, { ...input, archived: false }, null);
  const id = newId();
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await insertForm(tx, { ...input, archived: false, id, createdBy: actor.userId, now });
    if (input.createTask) await setFormCreatesTask(tx, id, true);
    await recordAudit(tx, {
      action: 'form.created',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'form', id, label: input.name },
      occurredAt: now,
    });
  });
  return getFormUseCase(ctx, actor, id);
}

/** Changes the working copy only: what was published stays as it was until the next publish. */
export async function updateFormUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: UpdateForm,
  expectedVersion: number | null,
) {
  const row = await loadForm(ctx, actor, id);
  const fields: FormFields = {
    name: input.name ?? row.name,
    description: input.description ?? row.description,
    definition: input.definition ?? row.definition,
    publicSlug: input.publicSlug === undefined ? row.public_slug : input.publicSlug,
    leadSegmentId: input.leadSegmentId === undefined ? row.lead_segment_id : input.leadSegmentId,
    createTicket: input.createTicket ?? row.create_ticket,
    archived: input.archived ?? row.archived_at !== null,
  };
  await checkFields(ctx, fields, id);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateForm(tx, id, fields, expectedVersion, now))) throw staleVersion();
    if (input.createTask !== undefined) await setFormCreatesTask(tx, id, input.createTask);
    await recordAudit(tx, {
      action: 'form.updated',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'form', id, label: fields.name },
      details: { fields: Object.keys(input) },
      occurredAt: now,
    });
  });
  return getFormUseCase(ctx, actor, id);
}

/**
 * Freezes the working copy as the next version, under the form's row lock (two publishes never share a number).
 * Publishing an unchanged copy is a 409: it would make a version nobody can tell from the last.
 */
export async function publishFormUseCase(ctx: AppContext, actor: Actor, id: string) {
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    const row = await loadForm(ctx, actor, id, tx, true);
    if (row.archived_at) throw conflict('This form is archived: restore it before publishing.', 'form_archived');
    if (!row.definition.fields.length) throw fieldError('definition.fields', 'required', 'Add a field first.');
    if (row.published_definition && JSON.stringify(row.published_definition) === JSON.stringify(row.definition))
      throw conflict('This version is already published.', 'already_published');
    const number = (row.published_version ?? 0) + 1;
    await insertVersion(tx, { id: newId(), formId: id, number, definition: row.definition, by: actor.userId, now });
    await recordAudit(tx, {
      action: 'form.published',
      actor: { id: actor.userId, label: actor.email },
      target: { type: 'form', id, label: row.name },
      details: { version: number },
      occurredAt: now,
    });
  });
  return getFormUseCase(ctx, actor, id);
}
