import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import { SUBJECT_THREAD_MODULES, isSubjectThreadKind, type BuiltModuleName } from '../../../contract/index.ts';
import { accountScopeOf, inAccountScope, type Actor } from '../../platform/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import type { RegisteredRoute, RouteRequestHook } from '../../platform/http/access.ts';
import { moduleDisabled } from '../../platform/http/errors.ts';
import { moduleOfRoute } from '../../platform/http/route-modules.ts';
import { ACCOUNT_PARAMS, findAddressedAccount, type AccountParam } from './repository.ts';

/*
 * The module switch of a segment, enforced for every route of every module (deny by default), after the access
 * rule (authenticate.ts) and before validation, idempotency and the handler. A route belongs to a module by the
 * stamp of its plugin (app.ts) or its own `config.module` (platform/http/route-modules.ts).
 *
 * People (clients, customers; cookie session or API token alike):
 * - a route whose module none of their accounts has: 403 `module_disabled` (no account at all: their empty scope
 *   answers, 404);
 * - a route addressing one of their accounts (`:accountId`, or an object id: thread, message, ticket, document...)
 *   whose segment lacks the module (for threads: conversations → messages, tickets → tickets): 403;
 * - otherwise the request goes on with `memberships` narrowed to the accounts that have the module, so every
 *   scoped query (lists, "my tickets", search) leaves the others out. `accountModules` stays whole.
 * Staff: reads are allowed (the firm keeps its record after a module is switched off); a write addressing an account
 * in their scope whose segment lacks the module is 403. Routes that address no account (console configuration:
 * views, canned replies, knowledge-base authoring, segment settings) are not gated for staff. Writes that name the
 * account in the body (POST /api/v1/tickets) check it in the use case with `requireModule` (platform/actor.ts).
 * Public routes (help center, inbound webhooks) have no caller here: their use cases apply the rule.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Params of module routes that address no account, and why; any other param stops the app from starting. */
const PARAMS_WITHOUT_ACCOUNT: Record<string, string> = {
  segmentId: 'segment configuration (ticket fields, document settings)',
  versionId: 'always under its :documentId',
  cannedReplyId: 'portal-wide staff configuration (rendered under its :ticketId)',
  viewId: 'portal-wide staff configuration',
  groupId: 'portal-wide staff configuration',
  fieldId: 'portal-wide staff configuration',
  articleId: 'portal-wide knowledge base, filtered by audience',
  categoryId: 'portal-wide knowledge base, filtered by audience',
  translationId: 'portal-wide knowledge base: one language of its :articleId',
  taxRateId: 'portal-wide billing configuration',
  paymentTermId: 'portal-wide billing configuration',
  seriesKind: 'portal-wide billing configuration',
  checkoutId: 'always under its :accountId',
  paymentId: 'always under its :billingDocumentId',
  paymentMethodId: 'always under its :accountId',
  catalogItemId: 'portal-wide billing configuration',
  subscriptionId: 'always under its :accountId',
  retainerId: 'always under its :accountId',
  overageId: 'always under its :accountId',
  itemId: 'always under its :taskId',
  dependsOnId: 'always under its :taskId (and in the same project)',
  taskViewId: "the caller's own saved task-list view (filters only; the list applies the scope)",
  formId: 'portal-wide staff configuration (forms; people reach them through assignments)',
  onboardingTemplateId: 'portal-wide staff configuration (onboarding templates per segment)',
  projectTemplateId: 'portal-wide staff configuration (project templates; projects copy their tasks)',
  externalId: 'always under its :accountId (an order upsert)',
  photoId: 'always under its :returnId',
  sessionId: "the caller's own ticket-form session, started in an account with tickets",
  '*': 'help-center pages (public)',
};

const paramsOf = (url: string) => [...url.matchAll(/:([A-Za-z]+)|(\*)/g)].map((match) => match[1] ?? '*');

/** Deny by default: a module route whose addressed account the gate cannot tell is a startup error. */
export function checkModuleRoutes(routes: readonly RegisteredRoute[]) {
  for (const route of routes) {
    const modules = route.modules;
    if (!modules.length) continue;
    for (const param of paramsOf(route.url)) {
      if (!(ACCOUNT_PARAMS as string[]).includes(param) && !(param in PARAMS_WITHOUT_ACCOUNT))
        throw new Error(`${route.method} ${route.url}: the module gate does not know which account :${param} is in`);
    }
    if (modules.length > 1 && paramsOf(route.url).includes('accountId'))
      throw new Error(`${route.method} ${route.url}: a route under an account belongs to one module`);
  }
}

function moduleOfAddressed(param: AccountParam, kind: string | null, routeModules: BuiltModuleName[]) {
  if (kind === 'ticket') return 'tickets';
  if (kind === 'conversation') return 'messages';
  if (kind && isSubjectThreadKind(kind)) return SUBJECT_THREAD_MODULES[kind];
  if (param === 'documentId' || param === 'folderId' || param === 'fileRequestId') return 'documents';
  return routeModules[0]!;
}

/** The account the request addresses (the first account-bearing param), with its modules and the module asked for. */
async function addressed(ctx: AppContext, request: FastifyRequest, routeModules: BuiltModuleName[]) {
  const params = (request.params ?? {}) as Record<string, string | undefined>;
  const param = ACCOUNT_PARAMS.find((name) => params[name] !== undefined);
  const id = param && params[param];
  // A malformed id is left to validation (400) after the gate.
  if (!param || !id || !UUID.test(id)) return null;
  const row = await findAddressedAccount(ctx.db, param, id);
  return (
    row && { accountId: row.account_id, modules: row.modules, module: moduleOfAddressed(param, row.kind, routeModules) }
  );
}

const hasModule = (actor: Actor, accountId: string, module: BuiltModuleName) =>
  actor.accountModules.get(accountId)?.includes(module) ?? false;

/** The same actor seeing only its accounts that have one of the route's modules. */
function narrowedTo(actor: Actor, accountIds: string[]): Actor {
  return { ...actor, memberships: new Map(accountIds.map((id) => [id, actor.memberships.get(id)!])) };
}

async function gatePerson(ctx: AppContext, request: FastifyRequest, actor: Actor, modules: BuiltModuleName[]) {
  const accountIds = [...actor.memberships.keys()];
  // No account at all (e.g. just removed from their only one): their empty scope already shows nothing (404).
  if (!accountIds.length) return;
  const withModule = accountIds.filter((id) => modules.some((module) => hasModule(actor, id, module)));
  if (!withModule.length) throw moduleDisabled(modules.join(' or '));
  // Only a caller with an account lacking one of the modules can address such an account: no lookup otherwise.
  if (accountIds.some((id) => modules.some((module) => !hasModule(actor, id, module)))) {
    const target = await addressed(ctx, request, modules);
    if (target && actor.memberships.has(target.accountId) && !hasModule(actor, target.accountId, target.module))
      throw moduleDisabled(target.module);
  }
  if (withModule.length < accountIds.length) request.actor = narrowedTo(actor, withModule);
}

async function gateStaff(ctx: AppContext, request: FastifyRequest, actor: Actor, modules: BuiltModuleName[]) {
  if (SAFE_METHODS.has(request.method)) return;
  const target = await addressed(ctx, request, modules);
  if (target && inAccountScope(accountScopeOf(actor), target.accountId) && !target.modules.includes(target.module))
    throw moduleDisabled(target.module);
}

/** Checks at start that every module route's params say which account they address (see above). */
export function registerModuleRouteCheck(app: FastifyInstance, routes: readonly RegisteredRoute[]) {
  app.addHook('onReady', async () => checkModuleRoutes(routes));
}

/**
 * The gate of one route, run after its authentication (app.ts), or null for a route outside any module: those
 * (`/me`, sign-in, health) pay nothing for it. A callback hook: an anonymous caller passes without a promise.
 */
export function moduleGateFor(ctx: AppContext, config: FastifyContextConfig): RouteRequestHook | null {
  const modules = moduleOfRoute(config);
  if (!modules.length) return null;
  return (request, _reply, done) => {
    const actor = request.actor;
    if (!actor) return done();
    const gate = actor.staffRole ? gateStaff : gatePerson;
    gate(ctx, request, actor, modules).then(() => done(), done);
  };
}
