import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ExternalOrderId,
  ImportOrders,
  ImportOrdersResult,
  FileOrderTicket,
  Id,
  Order,
  OrderListQuery,
  OrderSummary,
  OrderTicketCreated,
  Page,
  UpsertOrder,
} from '../../../contract/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { access } from '../../platform/http/access.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { fileOrderTicketUseCase } from './use-cases/file-ticket.ts';
import { importOrdersUseCase } from './use-cases/import.ts';
import { getOrderUseCase, listOrdersUseCase } from './use-cases/load.ts';
import { authorizeOrderUpsert, upsertOrderUseCase } from './use-cases/upsert.ts';

const tags = ['orders'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AccountParams = z.object({ accountId: Id });
const UpsertParams = z.object({ accountId: Id, externalId: ExternalOrderId });
const OrderParams = z.object({ orderId: Id });

/** Orders: the store's upsert, the portal's "my orders" and order page, the console's lists, tickets about an order. */
export function orderRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      '/api/v1/accounts/:accountId/orders/by-external-id/:externalId',
      {
        // The store's own integration sends orders: no person is recorded as their author.
        config: { access: access.signedIn, serviceTokens: true },
        schema: {
          tags,
          summary: 'Create or replace an order by the store’s own id (owners and admins, or their API tokens)',
          description:
            'Idempotent: the same payload again changes nothing (200, no history entry, no email). `updatedAt` is the ' +
            'source’s change time: a request older than the stored order changes nothing and answers 200 with the ' +
            'stored order; the same `updatedAt` with other content is 409 `order_conflict`. A newer one replaces the ' +
            'order whole; a status change adds to its history and emails the account’s people (their `orders` email ' +
            'preference). 201 when the order is new. Tracking URLs come from the portal’s per-carrier templates ' +
            '(ORDERS_TRACKING_URL_TEMPLATES); a `trackingUrl` sent is used only for carriers without one, and only https.',
          params: UpsertParams,
          body: UpsertOrder,
          response: { 200: Order, 201: Order },
        },
        // Who may send orders is decided before the body is read: a customer's PUT is 403, whatever it holds.
        preValidation: async (request) => {
          const { accountId } = request.params as { accountId?: string };
          if (accountId && UUID.test(accountId)) await authorizeOrderUpsert(ctx, actorOf(request), accountId);
        },
      },
      async (request, reply) => {
        const { accountId, externalId } = request.params;
        const result = await upsertOrderUseCase(ctx, actorOf(request), accountId, externalId, request.body);
        reply.header('x-order-upsert', result.outcome);
        return reply.status(result.outcome === 'created' ? 201 : 200).send(result.order);
      },
    );
    app.post(
      '/api/v1/accounts/:accountId/orders/import',
      {
        config: { access: access.signedIn, idempotent: true, serviceTokens: true },
        schema: {
          tags,
          summary:
            'Import orders from CSV (owners and admins): all or nothing, or the good orders only with skipErrors',
          description:
            'One row per line item; rows sharing an external_id make one order, upserted like the PUT. With a bad row ' +
            'nothing is imported (400, errors at `csv.<row>.<column>`, row 1 being the header) unless `skipErrors`.',
          params: AccountParams,
          body: ImportOrders,
          response: { 200: ImportOrdersResult },
        },
        preValidation: async (request) => {
          const { accountId } = request.params as { accountId?: string };
          if (accountId && UUID.test(accountId)) await authorizeOrderUpsert(ctx, actorOf(request), accountId);
        },
      },
      (request) => importOrdersUseCase(ctx, actorOf(request), request.params.accountId, request.body),
    );
    app.get(
      '/api/v1/orders',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary:
            'Orders across the caller’s accounts, newest placed first (status, accountId, q, placed dates, ticketId)',
          querystring: OrderListQuery,
          response: { 200: Page(OrderSummary) },
        },
      },
      (request) => listOrdersUseCase(ctx, actorOf(request), null, request.query),
    );
    app.get(
      '/api/v1/accounts/:accountId/orders',
      {
        config: { access: access.signedIn },
        schema: {
          tags,
          summary: "An account's orders, newest placed first",
          params: AccountParams,
          querystring: OrderListQuery,
          response: { 200: Page(OrderSummary) },
        },
      },
      (request) => listOrdersUseCase(ctx, actorOf(request), request.params.accountId, request.query),
    );
    app.get(
      '/api/v1/orders/:orderId',
      {
        config: { access: access.signedIn },
        schema: { tags, summary: 'One order with its status history', params: OrderParams, response: { 200: Order } },
      },
      (request) => getOrderUseCase(ctx, actorOf(request), request.params.orderId),
    );
    app.post(
      '/api/v1/orders/:orderId/tickets',
      {
        config: { access: access.signedIn, idempotent: true },
        schema: {
          tags,
          summary: 'File a ticket about this order (the account’s people); agents see the order beside it',
          params: OrderParams,
          body: FileOrderTicket,
          response: { 201: OrderTicketCreated },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await fileOrderTicketUseCase(ctx, actorOf(request), request.params.orderId, request.body)),
    );
  };
}
