import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { drainWebhooks } from '../../../src/server/modules/webhooks/index.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A webhook receiver on 127.0.0.1: records every request; `routes` answers by path (default 200 "ok"). Paths:
 * /fail answers 500, /redirect a 302 to /ok, /huge streams 8 MB.
 */
export async function startReceiver() {
  const received: Received[] = [];
  let failing = true;
  const server = createServer((request, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      if (path === '/fail' && failing) return response.writeHead(500).end('broken <b>today</b>');
      if (path === '/redirect') return response.writeHead(302, { location: '/followed' }).end();
      if (path === '/huge') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        let sent = 0;
        const write = () => {
          while (sent < 128) {
            sent++;
            if (!response.write(chunk)) return response.once('drain', write);
          }
          response.end();
        };
        response.on('error', () => undefined);
        return write();
      }
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    url: (path: string, host = '127.0.0.1') => `http://${host}:${port}${path}`,
    to: (path: string) => received.filter((request) => request.path === path),
    recover: () => {
      failing = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** Runs the webhook jobs due now until none is left (fan-out, then the deliveries it queued). */
export async function deliverDue(portal: TestPortal) {
  await drainWebhooks(portal.ctx);
  await drainWebhooks(portal.ctx);
}

export async function subscribe(admin: HttpClient, url: string, eventTypes: string[] = ['ticket.created']) {
  const created = await admin.post('/api/v1/webhooks/subscriptions', { url, eventTypes, description: 'test' });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; secret: string; version: number };
}

export async function fileTicket(customer: HttpClient, subject = 'Printer on fire') {
  const ticket = await customer.post('/api/v1/tickets', { subject, body: 'It is still burning.' });
  expect(ticket.statusCode, ticket.body).toBe(201);
  return ticket.json() as { id: string };
}

export async function deliveriesOf(admin: HttpClient, subscriptionId: string) {
  const log = await admin.get(`/api/v1/webhooks/subscriptions/${subscriptionId}/deliveries`);
  expect(log.statusCode, log.body).toBe(200);
  return log.json().items as {
    id: string;
    eventId: string;
    status: string;
    attempts: number;
    requestBody: string;
    attemptLog: {
      responseStatus: number | null;
      responseBody: string | null;
      error: string | null;
      durationMs: number;
    }[];
  }[];
}

/** A receiver and a portal allowed to deliver to it (127.0.0.1), with the owner and a customer signed in. */
export async function startWebhookTest() {
  const receiver = await startReceiver();
  const portal = await startPortal({ WEBHOOKS_ALLOW_PRIVATE_HOSTS: '127.0.0.1' });
  const owner = await portal.signedIn('owner@northwind.example');
  const dana = await portal.signedIn('dana.diaz@customers.example');
  return { receiver, portal, owner, dana };
}

export async function stopWebhookTest(portal: TestPortal, receiver: { close(): Promise<void> }) {
  await portal.close();
  await receiver.close();
}
