import type { Logger } from 'pino';

export interface InboundSmtpOptions {
  host: string;
  port: number;
  /** Only addresses in this domain are accepted at RCPT TO: the listener is not an open relay. */
  domain: string;
  maxBytes: number;
  logger: Logger;
  /**
   * Handles one message; a rejection answers the SMTP client with 550 and the reason (552 for a limit), a throw
   * with 451 (the sender's server tries again later): a mail is acknowledged (250) only once it is stored.
   */
  deliver(
    raw: Buffer,
    envelopeRecipients: string[],
  ): Promise<{ accepted: boolean; reason?: string; tooLarge?: boolean }>;
}

/**
 * Built-in SMTP listener for replies (INBOUND_SMTP_PORT). No AUTH, no relay: it accepts mail for
 * reply+<token>@ and support@INBOUND_EMAIL_DOMAIN only; the token (or the ticket rules) plus the sender check
 * decide what is posted.
 * TLS is for the MX in front of it (or a provider webhook) to handle.
 */
export async function startInboundSmtp(options: InboundSmtpOptions) {
  // Loaded only when inbound SMTP is configured.
  const { SMTPServer } = await import('smtp-server');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    logger: false,
    banner: 'Portico inbound',
    onRcptTo(address, _session, callback) {
      const email = address.address.toLowerCase();
      // reply+<token> addresses (replies) and support@ (new tickets, see tickets/inbound.ts); nothing else.
      if (
        !email.endsWith(`@${options.domain}`) ||
        !(email.startsWith('reply+') || email === `support@${options.domain}`)
      )
        return callback(new Error('550 No such recipient here'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded)
          return callback(
            Object.assign(new Error(`Message too large: at most ${options.maxBytes} bytes accepted`), {
              responseCode: 552,
            }),
          );
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        options.deliver(Buffer.concat(chunks), recipients).then(
          (result) => {
            if (result.accepted) callback();
            else if (result.tooLarge)
              callback(Object.assign(new Error(result.reason ?? 'Message too large'), { responseCode: 552 }));
            else callback(Object.assign(new Error(`550 ${result.reason ?? 'Rejected'}`), { responseCode: 550 }));
          },
          (error: unknown) => {
            options.logger.error({ err: error }, 'inbound mail handling failed');
            callback(Object.assign(new Error('451 Try again later'), { responseCode: 451 }));
          },
        );
      });
    },
  });
  server.on('error', (error) => options.logger.warn({ err: error }, 'inbound SMTP error'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
