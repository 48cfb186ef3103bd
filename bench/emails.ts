// Templated email (issue 14: "rendering a templated email, emails per second per core"). In this one process (one
// core: the render is synchronous JavaScript, the queue one embedded database), on the demo data:
// - render: a ticket reply of three messages built from the catalogue in German (branding, i18n, layout), no I/O;
// - render+queue: what every module does per mail: the recipient's branding and language (mailBrandingFor), the
//   catalogue render, then queueMails in a transaction (sealed job rows), BENCH_EMAIL_BATCH (default 50) per
//   transaction, as a fan-out to an account's people does;
// - edited at send: the send-time preparer with the segment's own Liquid template (sender, template lookup, Liquid
//   render, frame), as the mail job runs it before delivery.
// BENCH_EMAILS (default 2,000) mails per figure, after a warm-up. Run alone: `node --import tsx bench/emails.ts`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/server/config.ts';
import { mailBrandingFor } from '../src/server/modules/branding/index.ts';
import { REPLY_MARKER } from '../src/server/modules/conversations/index.ts';
import { prepareSegmentMail } from '../src/server/modules/mail-templates/index.ts';
import { newId } from '../src/server/platform/ids.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { queueMails, renderCatalogMail, type OutgoingMail } from '../src/server/platform/mail/index.ts';
import { createContext } from '../src/server/platform/start.ts';
import { seedDemo } from '../src/server/seed/demo.ts';
import { openTestDatabase } from '../test/support/harness.ts';
import { emit, log } from './lib.ts';

const EMAILS = Number(process.env.BENCH_EMAILS ?? '2000');
const BATCH = Number(process.env.BENCH_EMAIL_BATCH ?? '50');

const messages = [1, 2, 3].map((n) => ({
  author: `Agent ${n}`,
  time: '2026-12-01 09:30',
  body: `Message ${n}: the corrected invoice is attached; tell us if anything else needs a change.`.repeat(3),
}));

async function perSecond(label: string, count: number, run: (index: number) => Promise<void> | void) {
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await run(index);
  const seconds = (performance.now() - started) / 1000;
  log(`emails: ${label} ${count} in ${seconds.toFixed(2)} s`);
  return count / seconds;
}

export async function emailsBench() {
  const dataDir = mkdtempSync(join(tmpdir(), 'portico-bench-emails-'));
  const config = loadConfig({
    NODE_ENV: 'production',
    SECRET: 'bench-secret-bench-secret-bench-secret',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    BASE_URL: 'http://127.0.0.1',
  });
  const { db, drop } = await openTestDatabase('embedded', { dataDir: join(dataDir, 'db') });
  try {
    const ctx = await createContext(config, db, createLogger('silent'));
    await seedDemo(ctx);
    const { rows } = await db.query<{ id: string; segment_id: string }>(
      "SELECT id, segment_id FROM accounts WHERE name = 'Acme Manufacturing'",
    );
    const account = rows[0]!;
    const { branding, base } = await mailBrandingFor(ctx, db, { accountId: account.id });
    const values = { portal: branding.name, number: 1042, subject: 'Invoice correction', messages };
    const render = (locale = 'de') =>
      renderCatalogMail(branding, 'ticketReply', values, locale, `${base}/tickets/x`, { replyMarker: REPLY_MARKER });
    for (let i = 0; i < 200; i += 1) render();

    const rendered = await perSecond('render', EMAILS, () => void render('de'));
    emit('emails', 'render_per_second', rendered, 'emails/s', { engine: 'embedded' });

    const queued = await perSecond('render+queue', Math.ceil(EMAILS / BATCH), async () => {
      await db.transaction(async (tx) => {
        const audience = await mailBrandingFor(ctx, tx, { accountId: account.id });
        const mails: OutgoingMail[] = [];
        for (let n = 0; n < BATCH; n += 1) {
          // Half the people chose German, the rest follow the segment's or the portal's default.
          mails.push({ to: `person${n}@bench.example`, ...render(audience.language(n % 2 ? 'de' : null)) });
        }
        await queueMails(tx, ctx.secretBox, mails, ctx.clock.now());
      });
    });
    emit('emails', 'render_queue_per_second', queued * BATCH, 'emails/s', { engine: 'embedded', batch: BATCH });

    await db.query(
      `INSERT INTO mail_templates (id, segment_id, template_key, locale, subject, html, text_body)
       VALUES ($1, $2, 'ticketReply', 'de', $3, $4, $5)`,
      [
        newId(),
        account.segment_id,
        '[#{{ number }}] {{ subject }}',
        '{% for item in messages %}<p><b>{{ item.author }}</b> ({{ item.time }})<br>{{ item.body }}</p>{% endfor %}<p><a href="{{ action_url }}" style="color:{{ brand_color }}">Öffnen</a></p>',
        '{% for item in messages %}{{ item.author }} ({{ item.time }}):\n{{ item.body }}\n\n{% endfor %}{{ action_url }}',
      ],
    );
    const mail: OutgoingMail = { to: 'person@bench.example', ...render('de') };
    const edited = await prepareSegmentMail(ctx, mail);
    if (!edited.text.startsWith(REPLY_MARKER) || !edited.text.includes('Agent 3 (2026-12-01 09:30)'))
      throw new Error('emails bench: the edited template was not applied');
    const prepared = await perSecond('edited at send', EMAILS, async () => void (await prepareSegmentMail(ctx, mail)));
    emit('emails', 'edited_at_send_per_second', prepared, 'emails/s', { engine: 'embedded' });
  } finally {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await emailsBench();
