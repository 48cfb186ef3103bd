import http from 'node:http';
import https from 'node:https';
import dns from 'node:dns';
import type { LookupFunction, Socket } from 'node:net';
import { addressAllowed, ipLiteralOf } from './address-check.ts';

/** What the delivery log keeps of an answer. */
export const KEPT_RESPONSE_BYTES = 2048;
/** Reading stops here: a receiver cannot make a worker download without end. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface SendOptions {
  allow: ReadonlySet<string>;
  requireHttps: boolean;
  timeoutMs: number;
}

export interface SendResult {
  status: number | null;
  body: string | null;
  error: string | null;
  durationMs: number;
}

export class RefusedDestination extends Error {}

/**
 * Resolves, then refuses any address that is not public (unless allowlisted) before a socket is opened. Being the
 * agent's own `lookup`, it judges exactly the addresses the connection then uses: no second resolution an
 * attacker's DNS could answer differently (rebinding).
 */
function guardedLookup(allow: ReadonlySet<string>): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { family: options.family ?? 0, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const refused = addresses.find((entry) => !addressAllowed(entry.address, allow));
      if (refused || !addresses.length)
        return callback(new RefusedDestination(`${hostname} resolves to a refused address`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

/**
 * One POST to a webhook endpoint: no redirects (node's client never follows them; a 3xx is a failed attempt),
 * one deadline for connect + answer, the answer read up to MAX_RESPONSE_BYTES and kept up to KEPT_RESPONSE_BYTES.
 * Never throws: refusals and network errors come back as `error`.
 */
export async function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: SendOptions,
  now: () => number = Date.now,
): Promise<SendResult> {
  const started = now();
  const done = (result: Omit<SendResult, 'durationMs'>): SendResult => ({
    ...result,
    durationMs: Math.max(0, now() - started),
  });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return done({ status: null, body: null, error: 'The URL is not valid' });
  }
  if (target.protocol !== 'https:' && (options.requireHttps || target.protocol !== 'http:'))
    return done({ status: null, body: null, error: 'Only https destinations are allowed' });
  const literal = ipLiteralOf(target.hostname);
  // An IP literal is connected to without a lookup, so it is judged here.
  if (literal && !addressAllowed(literal, options.allow))
    return done({ status: null, body: null, error: `${literal} is a refused address` });

  const client = target.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ lookup: guardedLookup(options.allow), keepAlive: false });
  return new Promise<SendResult>((resolve) => {
    let settled = false;
    const finish = (result: Omit<SendResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      request.destroy();
      agent.destroy();
      resolve(done(result));
    };
    const request = client.request(target, {
      method: 'POST',
      agent,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    });
    const deadline = setTimeout(
      () => finish({ status: null, body: null, error: `No answer within ${options.timeoutMs} ms` }),
      options.timeoutMs,
    );
    // Second look at the socket's actual peer (covers any path that skipped the lookup).
    request.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        const peer = socket.remoteAddress;
        if (!peer || !addressAllowed(peer, options.allow))
          finish({ status: null, body: null, error: `${peer ?? 'The peer'} is a refused address` });
      });
    });
    request.on('error', (error) => finish({ status: null, body: null, error: error.message || String(error) }));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let read = 0;
      const keep = () => Buffer.concat(chunks).subarray(0, KEPT_RESPONSE_BYTES).toString('utf8');
      response.on('data', (chunk: Buffer) => {
        if (read < KEPT_RESPONSE_BYTES) chunks.push(chunk);
        read += chunk.length;
        if (read > MAX_RESPONSE_BYTES)
          finish({ status: response.statusCode ?? null, body: keep(), error: 'The answer was cut at 64 KiB' });
      });
      response.on('end', () => finish({ status: response.statusCode ?? null, body: keep(), error: null }));
      response.on('error', (error) =>
        finish({ status: response.statusCode ?? null, body: keep(), error: error.message }),
      );
    });
    request.end(body);
  });
}
