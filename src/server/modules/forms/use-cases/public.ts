import type { PublicSubmission } from '../../../../contract/index.ts';
import type { Actor } from '../../../platform/actor.ts';
import type { AppContext, RequestMeta } from '../../../platform/context.ts';
import { AppError, fieldError, notFound } from '../../../platform/http/errors.ts';
import { newId } from '../../../platform/ids.ts';
import { limitsOf } from '../../../platform/security/limits.ts';
import { insertAccount } from '../../accounts/index.ts';
import { recordAudit } from '../../audit/index.ts';
import { findUserById, issueInvitation } from '../../identity/index.ts';
import { insertSubmission } from '../repository-fills.ts';
import { findPublicForm, latestVersion, segmentModules } from '../repository-forms.ts';
import { checkedAnswers, openReviewTask } from './submit.ts';

/** A fill token older than this is refused: the visitor reloads the form (the answers stay in their browser). */
const FILL_TOKEN_HOURS = 24;

const invalidToken = () =>
  fieldError('fillToken', 'invalid_fill_token', 'This form has expired. Reload the page and send it again.');

/** The public form a visitor answers, with a sealed note of when they opened it (the minimum fill time). */
export async function getPublicFormUseCase(ctx: AppContext, slug: string) {
  const form = await findPublicForm(ctx.db, slug);
  if (!form || !form.published_definition) throw notFound();
  const fillToken = ctx.secretBox.seal(JSON.stringify({ f: form.id, t: ctx.clock.now().getTime() }));
  return { name: form.name, description: form.description, definition: form.published_definition, fillToken };
}

function openedAt(ctx: AppContext, token: string, formId: string) {
  try {
    const opened = JSON.parse(ctx.secretBox.open(token)) as { f?: unknown; t?: unknown };
    if (opened.f === formId && typeof opened.t === 'number') return opened.t;
  } catch {
    // a forged or damaged token: the same answer as an expired one
  }
  throw invalidToken();
}

/** The staff member who made the form invites the lead (their name is on the invitation). */
async function inviterOf(ctx: AppContext, userId: string | null): Promise<Actor> {
  const user = userId ? await findUserById(ctx.db, userId) : null;
  if (!user) throw new AppError(409, 'form_unavailable', 'Form unavailable', 'This form is not taking answers now.');
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    staffRole: null,
    limitedToAssignedAccounts: false,
    assignedAccountIds: new Set(),
    memberships: new Map(),
    accountModules: new Map(),
    sessionId: '',
    sessionState: 'active',
    activeAccountId: null,
  };
}

/**
 * A visitor's answers. Counted per IP first (429 past the hour's budget, before anything else). A filled honeypot
 * gets the same answer as a success and leaves nothing behind; answers sent sooner than the minimum fill time after
 * the form was opened are refused (400), as are invalid ones (400 with field paths). A good submission creates a
 * lead account in the form's lead segment with the answers, and invites the visitor as its admin; with the form's
 * `createTask` (and projects in the lead segment), a task for the firm to review it on that account.
 */
export async function submitPublicFormUseCase(
  ctx: AppContext,
  slug: string,
  input: PublicSubmission,
  meta: RequestMeta,
) {
  await limitsOf(ctx).take('publicFormsPerIp', meta.ip, 'Too many forms sent from here. Try again later.');
  const form = await findPublicForm(ctx.db, slug);
  const version = form && (await latestVersion(ctx.db, form.id));
  if (!form || !version) throw notFound();
  if (input.website && input.website.trim() !== '') return { ok: true as const };
  const now = ctx.clock.now();
  const started = openedAt(ctx, input.fillToken, form.id);
  if (now.getTime() - started > FILL_TOKEN_HOURS * 3_600_000) throw invalidToken();
  if (now.getTime() - started < ctx.config.forms.minFillSeconds * 1000)
    throw fieldError('fillToken', 'too_fast', 'That was quick! Check your answers and send the form again.');
  const answers = await checkedAnswers(ctx.db, null, version.definition, input.answers);
  const modules = form.lead_segment_id ? await segmentModules(ctx.db, form.lead_segment_id) : null;
  if (!modules?.includes('forms'))
    throw new AppError(409, 'form_unavailable', 'Form unavailable', 'This form is not taking answers now.');
  const inviter = await inviterOf(ctx, form.created_by);
  const accountId = newId(now.getTime());
  const accountName = (input.company?.trim() || input.name).slice(0, 200);
  const submissionId = newId(now.getTime());
  await ctx.db.transaction(async (tx) => {
    await insertAccount(tx, { id: accountId, name: accountName, segmentId: form.lead_segment_id!, now });
    await insertSubmission(tx, {
      id: submissionId,
      formId: form.id,
      versionId: version.id,
      accountId,
      assignmentId: null,
      answers,
      source: 'public',
      by: null,
      email: input.email,
      now,
    });
    // `createTask` holds for visitors too: the review task goes on the lead account this submission created.
    if (form.create_task && modules.includes('projects'))
      await openReviewTask(tx, {
        submissionId,
        accountId,
        formName: form.name,
        definition: version.definition,
        answers,
        submittedBy: `${input.name} <${input.email}> (public form)`,
        assigneeId: form.created_by,
        createdBy: null,
        now,
      });
    await issueInvitation(
      ctx,
      tx,
      inviter,
      { email: input.email, accountId, accountName, role: 'account_admin', staffRole: null },
      meta.ip,
    );
    await recordAudit(tx, {
      action: 'form.lead_created',
      actor: null,
      target: { type: 'form_submission', id: submissionId, label: form.name },
      accountId,
      details: { formId: form.id, version: version.number, email: input.email },
      ip: meta.ip,
      occurredAt: now,
    });
  });
  return { ok: true as const };
}
