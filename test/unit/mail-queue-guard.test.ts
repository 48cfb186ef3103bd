import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../../src/server/', import.meta.url));

/**
 * The only code that may hand mail to the driver: the mail job, and the job handlers that already run on the durable
 * queue (their failure is retried by it). Anything else must queue mail (queueMail/queueMails) in the transaction
 * of the change that causes it: mail sent outside the queue is lost when SMTP is down (issue 17).
 */
const ALLOWED: Record<string, string> = {
  'platform/mail/index.ts': 'the mailer and drivers themselves',
  'platform/mail/queue.ts': 'the mail.send job',
  'modules/conversations/use-cases/send-thread-email.ts': 'conversations.email job',
  'modules/conversations/use-cases/send-digest.ts': 'conversations.digest job',
  'modules/satisfaction/use-cases/request-rating.ts': 'satisfaction.email job',
  'modules/billing/emails.ts': 'billing document-email job (the PDF is read from storage, not sealed into a job)',
};

const DIRECT_SEND = /\bmailer\.send\(|\bdriver\.deliver\(|createTransport\(|\bsendMail\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('outgoing mail goes through the durable queue', () => {
  it('no code path outside the mail job and queue-run handlers calls the mail driver', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SERVER)) {
      const name = relative(SERVER, file).split('\\').join('/');
      if (name in ALLOWED) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (DIRECT_SEND.test(line)) offenders.push(`${name}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(offenders, 'send mail with queueMail() from src/server/platform/mail instead').toEqual([]);
  });

  it('the allowed files still exist (a rename must not silently widen the rule)', () => {
    const names = sourceFiles(SERVER).map((file) => relative(SERVER, file).split('\\').join('/'));
    for (const allowed of Object.keys(ALLOWED)) expect(names).toContain(allowed);
  });

  it('the guard catches a direct send', () => {
    expect(DIRECT_SEND.test('  await ctx.mailer.send({ to, subject });')).toBe(true);
    expect(DIRECT_SEND.test('  await queueMail(tx, ctx.secretBox, mail, now);')).toBe(false);
  });
});
