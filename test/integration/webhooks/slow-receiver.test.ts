import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainWebhooks } from '../../../src/server/modules/webhooks/index.ts';
import { startPortal, type TestPortal } from '../../support/harness.ts';
import type { HttpClient } from '../../support/http-client.ts';
import { deliveriesOf, fileTicket, subscribe } from './helpers.ts';

/**
 * A receiver whose /hang answers only once released (and at once after that); `arrived(path)` resolves when a
 * request to it came in.
 */
async function startHangingReceiver() {
  const held: ServerResponse[] = [];
  const waiting = new Map<string, (() => void)[]>();
  const seen = new Map<string, number>();
  let released = false;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const path = request.url ?? '/';
      seen.set(path, (seen.get(path) ?? 0) + 1);
      for (const resolve of waiting.get(path) ?? []) resolve();
      waiting.delete(path);
      if (path === '/hang' && !released) {
        held.push(response);
        // The sender gave up (its timeout): no longer waiting on this receiver.
        response.on('close', () => {
          const at = held.indexOf(response);
          if (at >= 0) held.splice(at, 1);
        });
      } else response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    arrived: (path: string) =>
      (seen.get(path) ?? 0) > 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.set(path, [...(waiting.get(path) ?? []), resolve])),
    unanswered: () => held.length,
    release: () => {
      released = true;
      for (const response of held.splice(0)) response.writeHead(200).end('late');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('webhooks: a receiver that hangs delays only its own deliveries', () => {
  let portal: TestPortal;
  let owner: HttpClient;
  let dana: HttpClient;
  let receiver: Awaited<ReturnType<typeof startHangingReceiver>>;

  beforeAll(async () => {
    receiver = await startHangingReceiver();
    portal = await startPortal({ WEBHOOKS_ALLOW_PRIVATE_HOSTS: '127.0.0.1' });
    owner = await portal.signedIn('owner@northwind.example');
    dana = await portal.signedIn('dana.diaz@customers.example');
  });
  afterAll(async () => {
    receiver.release();
    await portal.close();
    await receiver.close();
  });

  it('while one delivery waits on its receiver, a later event still reaches another endpoint', async () => {
    const hanging = await subscribe(owner, receiver.url('/hang'));
    await fileTicket(dana, 'First');
    const draining = drainWebhooks(portal.ctx);
    await receiver.arrived('/hang');

    // The first delivery is in flight and its receiver has not answered; a new event and a new endpoint.
    const healthy = await subscribe(owner, receiver.url('/ok'));
    await fileTicket(dana, 'Second');
    const more = drainWebhooks(portal.ctx);
    await receiver.arrived('/ok');
    // It arrived while the first receiver still had not answered.
    expect(receiver.unanswered()).toBeGreaterThan(0);

    receiver.release();
    await Promise.all([draining, more]);
    // On a loaded machine an attempt may have timed out while held: its retry, due later, reaches it now.
    portal.clock.advanceMinutes(60);
    await drainWebhooks(portal.ctx);
    await drainWebhooks(portal.ctx);
    const log = await deliveriesOf(owner, hanging.id);
    expect(log.map((delivery) => delivery.status)).toEqual(['succeeded', 'succeeded']);
    expect((await deliveriesOf(owner, healthy.id)).map((delivery) => delivery.status)).toEqual(['succeeded']);
  });
});
