import http from 'node:http';
import { expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, type TestPortal } from '../../support/harness.ts';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';

export interface SseEvent {
  id: string;
  type: string;
  data: { id: string; type: string; accountId: string | null; data: Record<string, unknown> };
}

/** A real EventSource-like client over loopback: collects events, lets tests await one with a bounded wait. */
export class SseClient {
  readonly events: SseEvent[] = [];
  private waiters: (() => void)[] = [];
  private request: http.ClientRequest | null = null;
  status = 0;
  /** Resolves when the server ends the stream. */
  ended: Promise<void> = new Promise(() => undefined);

  static async open(baseUrl: string, cookie: string, lastEventId?: string): Promise<SseClient> {
    const client = new SseClient();
    await new Promise<void>((resolve, reject) => {
      const headers: Record<string, string> = { cookie, accept: 'text/event-stream' };
      if (lastEventId) headers['last-event-id'] = lastEventId;
      client.request = http.get(`${baseUrl}/api/v1/events`, { headers }, (response) => {
        client.status = response.statusCode ?? 0;
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const fields = Object.fromEntries(
              block
                .split('\n')
                .filter((line) => line && !line.startsWith(':'))
                .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
            );
            if (fields.data)
              client.events.push({
                id: fields.id ?? '',
                type: fields.event ?? 'message',
                data: JSON.parse(fields.data),
              });
            for (const wake of client.waiters.splice(0)) wake();
          }
          if (chunk.startsWith('retry:')) resolve();
        });
        client.ended = new Promise((ended) => response.on('end', ended));
        response.on('end', () => {
          for (const wake of client.waiters.splice(0)) wake();
        });
        if (client.status !== 200) resolve();
      });
      client.request.on('error', reject);
    });
    return client;
  }

  /** Resolves with the first event matching; fails after `ms` (no sleeping: woken by each arriving event). */
  async waitFor(match: (event: SseEvent) => boolean, ms = 30_000): Promise<SseEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find(match);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no matching event within ${ms} ms; got ${this.events.map((e) => e.type).join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close() {
    this.request?.destroy();
  }
}

export function cookieHeader(client: HttpClient) {
  return ['portico_session', 'portico_csrf'].map((name) => `${name}=${client.cookie(name) ?? ''}`).join('; ');
}

export async function listen(portal: TestPortal) {
  await portal.app.listen({ port: 0, host: '127.0.0.1' });
  const address = portal.app.server.address();
  if (!address || typeof address !== 'object') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

export async function acmeId(portal: TestPortal) {
  return idOf(portal.ctx.db, 'accounts', 'Acme Manufacturing');
}

export async function newThread(client: HttpClient, accountId: string, subject = 'Quarterly VAT', body = 'Hello') {
  const response = await client.post(`/api/v1/accounts/${accountId}/threads`, { subject, body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; accountId: string };
}

export async function post(client: HttpClient, threadId: string, body: Record<string, unknown>) {
  const response = await client.post(`/api/v1/threads/${threadId}/messages`, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; bodyHtml: string; internal: boolean };
}

export async function drainJobs(portal: TestPortal) {
  await conversationRuntimeOf(portal.ctx)!.jobs.drain();
}
