// Outbound webhooks (issue 15): N events fanned out to M endpoints of a local receiver in its own process
// (bench/webhook-receiver.mjs: it verifies every signature and keeps the first receipt of each delivery, so
// retries are excluded). The portal runs in this process with production settings, except that the receiver on
// 127.0.0.1 is allowed and speaks plain http (no TLS handshake is measured). Figures, min/median/max over the runs:
// deliveries per second, deliveries per CPU-second of the portal's process (Node; the database apart), and the
// delay from the event (its `occurredAt`, when the change committed) to the receipt, p50 and p95, under that load.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { withDemoPortal } from './portal.ts';
import { emitSpread, loadAverage, log, percentile, sleep } from './lib.ts';
import type { Engine } from './server.ts';
import { emitWebhookEvent } from '../src/server/platform/webhook-events.ts';
import { HttpClient } from '../test/support/http-client.ts';

type Message = { type: string; [key: string]: unknown };

function ask(child: ChildProcess, message: Message, answer: string): Promise<Message> {
  return new Promise((resolve) => {
    const onMessage = (reply: Message) => {
      if (reply.type !== answer) return;
      child.off('message', onMessage);
      resolve(reply);
    };
    child.on('message', onMessage);
    child.send(message);
  });
}

function startReceiver(): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(fileURLToPath(new URL('./webhook-receiver.mjs', import.meta.url)), { stdio: 'inherit' });
  return new Promise((resolve) =>
    child.once('message', (message: Message) => resolve({ child, port: Number(message.port) })),
  );
}

export async function webhooksBench(engine: Engine = 'postgres', events = 200, endpoints = 5, runs = 3) {
  const bench = `webhooks-${engine}`;
  const expected = events * endpoints;
  log(`\n== ${bench}: ${events} events x ${endpoints} endpoints = ${expected} signed deliveries per run, ${runs} runs`);
  const receiver = await startReceiver();
  try {
    await withDemoPortal(
      engine,
      'webhooks',
      async ({ app, ctx, demo }) => {
        const owner = new HttpClient(app);
        const signIn = await owner.post('/api/v1/auth/sign-in', {
          email: 'owner@northwind.example',
          password: demo.password,
        });
        if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
        const secrets: Record<string, string> = {};
        for (let n = 0; n < endpoints; n += 1) {
          const path = `/hook/${n}`;
          const created = await owner.post('/api/v1/webhooks/subscriptions', {
            url: `http://127.0.0.1:${receiver.port}${path}`,
            eventTypes: ['ticket.created'],
            description: `bench ${n}`,
          });
          if (created.statusCode !== 201) throw new Error(`subscription failed: ${created.body}`);
          secrets[path] = created.json().secret;
        }
        await ask(receiver.child, { type: 'secrets', secrets }, 'ready');
        const { rows } = await ctx.db.query<{ id: string }>('SELECT id FROM accounts ORDER BY name LIMIT 1');
        const accountId = rows[0]!.id;
        const rates: number[] = [];
        const perCpu: number[] = [];
        const p50s: number[] = [];
        const p95s: number[] = [];
        for (let run = 1; run <= runs; run += 1) {
          const cpu = process.cpuUsage();
          const started = Date.now();
          // One transaction per event, as the modules emit them (a ticket filed is one change).
          for (let n = 0; n < events; n += 1)
            await ctx.db.transaction((tx) =>
              emitWebhookEvent(
                tx,
                { type: 'ticket.created', accountId, data: { ticketId: `bench-${run}-${n}`, subject: 'Bench' } },
                ctx.clock.now(),
              ),
            );
          // Polling the receiver's count here is the bench's own clock, not a synchronisation of the system.
          const deadline = started + 15 * 60_000;
          while (Number((await ask(receiver.child, { type: 'count' }, 'count')).received) < expected) {
            if (Date.now() > deadline) throw new Error('deliveries did not all arrive within 15 minutes');
            await sleep(50);
          }
          const used = process.cpuUsage(cpu);
          const report = await ask(receiver.child, { type: 'report' }, 'report');
          const receipts = report.receipts as [number, number][];
          if (report.badSignatures) throw new Error(`${report.badSignatures} deliveries failed verification`);
          const last = Math.max(...receipts.map(([, at]) => at));
          const delays = receipts.map(([occurred, at]) => at - occurred);
          rates.push(expected / ((last - started) / 1000));
          perCpu.push(expected / ((used.user + used.system) / 1e6));
          p50s.push(percentile(delays, 50));
          p95s.push(percentile(delays, 95));
          log(
            `  run ${run}: ${expected} deliveries in ${((last - started) / 1000).toFixed(1)} s, p95 ${p95s.at(-1)} ms, ` +
              `${report.repeats} redeliveries excluded (load ${loadAverage()})`,
          );
        }
        const context = { dataset: { events, endpoints, deliveries: expected }, engine };
        emitSpread(bench, 'deliveries_per_second', rates, 'deliveries/s', context);
        emitSpread(bench, 'deliveries_per_node_cpu_second', perCpu, 'deliveries/cpu-s', context);
        emitSpread(bench, 'event_to_receipt_p50', p50s, 'ms', context);
        emitSpread(bench, 'event_to_receipt_p95', p95s, 'ms', context);
      },
      // The runner's poll only matters for retries; new jobs wake it at once.
      { WEBHOOKS_ALLOW_PRIVATE_HOSTS: '127.0.0.1' },
      // Production refuses plain http; the local receiver has no certificate.
      (config) => {
        config.webhooks.requireHttps = false;
      },
    );
  } finally {
    receiver.child.kill();
  }
}

// Run alone: `node --import tsx bench/webhooks.ts [postgres|embedded] [events] [endpoints] [runs]`.
if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  const engine = process.argv[2] === 'embedded' ? 'embedded' : 'postgres';
  await webhooksBench(
    engine,
    Number(process.argv[3] ?? 200),
    Number(process.argv[4] ?? 5),
    Number(process.argv[5] ?? 3),
  );
  printTable();
  process.exit(0);
}
