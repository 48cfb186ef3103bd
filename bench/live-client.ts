// Child process of bench/live.ts: holds thousands of SSE connections (each with its own session cookie), drives
// concurrent posters and a storm of profile changes, over loopback keep-alive, so the server's process measures
// only the server. Driven by IPC messages; every answer carries the command's type.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

type Command =
  | { type: 'open'; url: string; cookies: string[] }
  | { type: 'arm'; marker: string }
  | { type: 'posters'; url: string; csrf: string; cookie: string; paths: string[]; durationMs: number }
  | { type: 'storm-start'; url: string; csrf: string; cookies: string[]; perSecond: number }
  | { type: 'storm-stop' }
  | { type: 'close' };

const send = (message: unknown) => process.send!(message);
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
const streams: { destroy(): void }[] = [];
/** Per armed marker: when each stream saw it (ms since epoch), in arrival order. */
let armed: { marker: string; times: number[]; expected: number; timer: NodeJS.Timeout } | null = null;
let open = 0;
let dropped = 0;
/** How long an armed marker may take to reach every stream before the answer goes back with what arrived. */
const ARM_LIMIT_MS = 60_000;

function finishArmed() {
  const current = armed;
  if (!current) return;
  armed = null;
  clearTimeout(current.timer);
  send({ type: 'arm-done', times: current.times, missing: current.expected - current.times.length, dropped });
}

function openOne(url: URL, cookie: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const req = request(
      { agent, hostname: url.hostname, port: url.port, path: url.pathname, headers: { cookie } },
      (res) => {
        if (res.statusCode !== 200) return reject(new Error(`stream answered ${res.statusCode}`));
        open += 1;
        let got = '';
        res.on('close', () => {
          open -= 1;
          // A stream the server ended while a marker was out (it could not re-check its session) will not get it;
          // a browser would reconnect and resume. Counted, not waited for.
          if (armed && got !== armed.marker) {
            armed.expected -= 1;
            dropped += 1;
            if (armed.times.length === armed.expected) finishArmed();
          }
        });
        res.setEncoding('utf8');
        let resolved = false;
        // A frame split across two chunks still counts once: the tail of the last chunk is searched too.
        let tail = '';
        let seen = '';
        res.on('data', (chunk: string) => {
          if (!resolved) {
            resolved = true;
            resolve();
          }
          const text = tail + chunk;
          tail = chunk.slice(-100);
          if (armed && seen !== armed.marker && text.includes(armed.marker)) {
            seen = armed.marker;
            got = seen;
            const current = armed;
            current.times.push(Date.now());
            if (current.times.length === current.expected) finishArmed();
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
    streams.push({ destroy: () => req.destroy() });
  });
}

function call(url: URL, method: string, path: string, headers: Record<string, string>, body: string) {
  return new Promise<number>((resolve) => {
    const req = request(
      {
        agent,
        method,
        hostname: url.hostname,
        port: url.port,
        path,
        headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** Each poster posts into its own thread (as people do), back to back, for the duration. */
async function posters(command: Extract<Command, { type: 'posters' }>) {
  const url = new URL(command.url);
  const headers = { cookie: command.cookie, 'x-csrf-token': command.csrf };
  const end = performance.now() + command.durationMs;
  let posted = 0;
  let errors = 0;
  let lastError = 0;
  await Promise.all(
    command.paths.map(async (path, poster) => {
      for (let n = 0; performance.now() < end; n += 1) {
        const status = await call(url, 'POST', path, headers, JSON.stringify({ body: `poster ${poster} #${n}` }));
        if (status === 201) posted += 1;
        else {
          errors += 1;
          lastError = status;
        }
      }
    }),
  );
  send({ type: 'posters', perSecond: posted / (command.durationMs / 1000), errors, lastError });
}

let storm: NodeJS.Timeout | null = null;
let stormCount = 0;
/** A storm, not an overload spiral: ticks are skipped while this many changes are still waiting for an answer. */
const STORM_IN_FLIGHT = 16;
/** Profile changes (PATCH /me) by many people, spread evenly: each touches its own person's sessions only. */
function stormStart(command: Extract<Command, { type: 'storm-start' }>) {
  const url = new URL(command.url);
  let next = 0;
  let inFlight = 0;
  stormCount = 0;
  storm = setInterval(
    () => {
      if (inFlight >= STORM_IN_FLIGHT) return;
      inFlight += 1;
      const cookie = command.cookies[next++ % command.cookies.length]!;
      void call(url, 'PATCH', '/api/v1/me', { cookie, 'x-csrf-token': command.csrf }, '{"name":"Storm"}').then(
        (status) => {
          inFlight -= 1;
          if (status === 200) stormCount += 1;
        },
      );
    },
    Math.max(1, Math.round(1000 / command.perSecond)),
  );
}

process.on('message', (command: Command) => {
  if (command.type === 'open') {
    const url = new URL(command.url);
    void (async () => {
      // In batches: thousands of simultaneous connects overflow the listen backlog, which is not what is measured.
      for (let done = 0; done < command.cookies.length; done += 250)
        await Promise.all(command.cookies.slice(done, done + 250).map((cookie) => openOne(url, cookie)));
      send({ type: 'open', open });
    })().catch((error: unknown) => send({ type: 'open', error: String(error) }));
  } else if (command.type === 'arm') {
    armed = { marker: command.marker, times: [], expected: open, timer: setTimeout(finishArmed, ARM_LIMIT_MS) };
    send({ type: 'arm' });
  } else if (command.type === 'posters') void posters(command);
  else if (command.type === 'storm-start') {
    stormStart(command);
    send({ type: 'storm-start' });
  } else if (command.type === 'storm-stop') {
    if (storm) clearInterval(storm);
    send({ type: 'storm-stop', changes: stormCount });
  } else if (command.type === 'close') {
    for (const stream of streams.splice(0)) stream.destroy();
    send({ type: 'close' });
  }
});
send({ type: 'ready' });
