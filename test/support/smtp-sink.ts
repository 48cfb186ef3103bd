import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string | null;
  /** The message exactly as it came over the wire (headers and body), for signature checks. */
  raw: Buffer;
}

/**
 * A real SMTP server on a local port that keeps what it receives: Portico's SMTP driver talks to it over TCP.
 * `stop()` closes the port (connections are refused, as with an SMTP server that is down) and `start()` opens the
 * same port again, so SMTP_URL stays valid across an outage. `waitFor` resolves when a matching mail arrived.
 */
export interface SmtpSink {
  port: number;
  url: string;
  received: SunkMail[];
  start(): Promise<void>;
  stop(): Promise<void>;
  waitFor(match: (mail: SunkMail) => boolean, timeoutMs?: number): Promise<SunkMail>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const received: SunkMail[] = [];
  const waiters = new Set<() => void>();
  let server: SMTPServer | null = null;
  let port = 0;

  const open = async () => {
    const next = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        new Promise<Buffer>((resolve, reject) => {
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', reject);
        })
          .then(async (raw) => ({ raw, parsed: await simpleParser(raw) }))
          .then(
            ({ raw, parsed }) => {
              received.push({
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                messageId: parsed.messageId ?? null,
                raw,
              });
              for (const wake of waiters) wake();
              callback();
            },
            (error: Error) => callback(error),
          );
      },
    });
    await new Promise<void>((resolve, reject) => {
      next.server.once('error', reject);
      next.listen(port, '127.0.0.1', () => resolve());
    });
    const address = next.server.address();
    if (typeof address === 'object' && address) port = address.port;
    server = next;
  };

  await open();
  const sink: SmtpSink = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    received,
    start: open,
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    waitFor(match, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = received.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no matching mail arrived at the SMTP sink'));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
  return sink;
}
