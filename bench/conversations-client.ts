// Child process of bench/conversations.ts: holds thousands of SSE connections, or drives POST load, over
// loopback keep-alive, so the server's event loop measures only the server. Driven by IPC messages.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

type Command =
  | {
      type: 'post-load';
      url: string;
      headers: Record<string, string>;
      body: string;
      concurrency: number;
      warmupMs: number;
      durationMs: number;
    }
  | { type: 'sse-open'; url: string; cookie: string; count: number }
  | { type: 'sse-wait'; marker: string }
  | { type: 'sse-close' };

const send = (message: unknown) => process.send!(message);
const streams: { received: (marker: string) => boolean; destroy(): void }[] = [];
let markerWaiter: { marker: string; left: number; lastAt: number; done: () => void } | null = null;

function postOnce(agent: Agent, command: Extract<Command, { type: 'post-load' }>): Promise<number> {
  const url = new URL(command.url);
  return new Promise((resolve) => {
    const req = request(
      {
        agent,
        method: 'POST',
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: {
          ...command.headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(command.body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(command.body);
  });
}

async function postLoad(command: Extract<Command, { type: 'post-load' }>) {
  const agent = new Agent({ keepAlive: true, maxSockets: command.concurrency });
  const start = performance.now();
  const measureFrom = start + command.warmupMs;
  const end = measureFrom + command.durationMs;
  let measured = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: command.concurrency }, async () => {
      while (performance.now() < end) {
        const status = await postOnce(agent, command);
        if (performance.now() >= measureFrom) {
          measured += 1;
          if (status !== 201 && status !== 200) errors += 1;
        }
      }
    }),
  );
  agent.destroy();
  send({ type: 'post-load', rps: measured / (command.durationMs / 1000), errors });
}

function openOne(agent: Agent, url: URL, cookie: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    {
      let seen = '';
      const req = request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          headers: { cookie, accept: 'text/event-stream' },
        },
        (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            if (!seen) resolve();
            seen = chunk.slice(-200);
            if (markerWaiter && chunk.includes(markerWaiter.marker)) {
              markerWaiter.left -= 1;
              markerWaiter.lastAt = Date.now();
              if (markerWaiter.left === 0) markerWaiter.done();
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
      streams.push({ received: (marker) => seen.includes(marker), destroy: () => req.destroy() });
    }
  });
}

/** Opens in batches: thousands of simultaneous connects overflow the listen backlog (ECONNRESET), which is not what is measured. */
async function sseOpen(command: Extract<Command, { type: 'sse-open' }>) {
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const url = new URL(command.url);
  for (let done = 0; done < command.count; done += 250) {
    await Promise.all(
      Array.from({ length: Math.min(250, command.count - done) }, () => openOne(agent, url, command.cookie)),
    );
  }
  send({ type: 'sse-open', opened: command.count });
}

process.on('message', (command: Command) => {
  if (command.type === 'post-load') void postLoad(command);
  else if (command.type === 'sse-open') void sseOpen(command);
  else if (command.type === 'sse-wait') {
    markerWaiter = {
      marker: command.marker,
      left: streams.length,
      lastAt: 0,
      done: () => send({ type: 'sse-wait', lastAt: markerWaiter!.lastAt }),
    };
    send({ type: 'sse-armed' });
  } else if (command.type === 'sse-close') {
    for (const stream of streams.splice(0)) stream.destroy();
    send({ type: 'sse-close' });
  }
});
send({ type: 'ready' });
