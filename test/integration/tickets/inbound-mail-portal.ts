import nodemailer from 'nodemailer';
import { afterAll, beforeAll, expect } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';

export const SECRET = 'inbound-secret-inbound-secret-0123';
export const DOMAIN = 'reply.portico.test';
export const SUPPORT = `support@${DOMAIN}`;
export const NEW_CUSTOMERS_PER_HOUR = 3;

export interface OutgoingTestMail {
  from: string;
  to: string | string[];
  cc?: string | string[];
  subject?: string;
  text?: string;
  html?: string;
  messageId?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: Buffer }[];
}

export interface TicketView {
  id: string;
  number: number;
  subject: string;
  status: string;
  channel: string;
  accountId: string;
  requester: { id: string; name: string } | null;
  ccs: { id: string; name: string }[];
}
export interface MessageView {
  body: string;
  source: string;
  author: { name: string } | null;
  attachments: { name: string }[];
}

/**
 * A portal that takes mail for the support address (webhook and SMTP listener), with Dana Diaz's colleague Pia in
 * her account, and the helpers the email-intake tests share. Call once at the top of a describe: it registers the
 * portal's start and close. `owner` is signed in again after tests move the clock past the session's life.
 */
export function useInboundMailPortal() {
  const state = {} as { portal: TestPortal; owner: HttpClient };
  let sequence = 0;
  // Raw MIME as a mail client writes it (nodemailer's composer, no network).
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });

  /** Posts a mail to the inbound webhook, as a provider would; returns the handler's answer. */
  const deliver = async (mail: OutgoingTestMail) => {
    sequence += 1;
    const info = await composer.sendMail({
      subject: 'Hello',
      messageId: `<test-${sequence}-${Date.now()}@mail.test>`,
      ...mail,
    });
    const response = await state.portal.app.inject({
      method: 'POST',
      url: '/api/v1/inbound-email',
      payload: info.message as Buffer,
      headers: { 'content-type': 'message/rfc822', 'x-portico-inbound-secret': SECRET },
    });
    expect(response.statusCode).toBe(200);
    await state.portal.ctx.background.idle();
    return response.json() as { accepted: boolean; reason?: string };
  };
  /** Tickets whose subject contains `text`, as staff see them in the queue. */
  const ticketsAbout = async (text: string) => {
    const response = await state.owner.get(`/api/v1/tickets?q=${encodeURIComponent(text)}&limit=50`);
    expect(response.statusCode).toBe(200);
    return response.json().items as TicketView[];
  };
  const ticketAbout = async (text: string) => {
    const found = await ticketsAbout(text);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const messagesOf = async (ticketId: string) =>
    (await state.owner.get(`/api/v1/tickets/${ticketId}/messages`)).json().items as MessageView[];
  const ticketById = async (ticketId: string) =>
    (await state.owner.get(`/api/v1/tickets/${ticketId}`)).json() as TicketView;
  /** The latest mail to `email` whose subject contains `about` (other notifications may arrive in between). */
  const lastMailTo = async (email: string, about = '') => {
    const { rows } = await state.portal.ctx.db.query<{ subject: string; reply_to: string | null }>(
      `SELECT subject, reply_to FROM mail_messages WHERE lower(to_address) = lower($1) AND strpos(subject, $2) > 0
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email, about],
    );
    return rows[0] ?? null;
  };
  const confirmationTo = async (email: string, ticket: { number: number }) =>
    (await lastMailTo(email, `[#${ticket.number}]`))!;
  const rejections = async () =>
    (await state.owner.get('/api/v1/audit-events?action=inbound_email.rejected')).json().items as {
      details: { reason: string; from: string };
    }[];
  const staffReply = async (ticketId: string, body: string, status: string) =>
    expect((await state.owner.post(`/api/v1/tickets/${ticketId}/messages`, { body, status })).statusCode).toBe(201);

  beforeAll(async () => {
    state.portal = await startPortal({
      INBOUND_EMAIL_DOMAIN: DOMAIN,
      INBOUND_WEBHOOK_SECRET: SECRET,
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '127.0.0.1',
      INBOUND_NEW_CUSTOMERS_PER_HOUR: String(NEW_CUSTOMERS_PER_HOUR),
    });
    state.owner = await state.portal.signedIn('owner@northwind.example');
    // A colleague in Dana's account (the demo's customer accounts have one person each), with Dana's password.
    await state.portal.ctx.db.query(
      "INSERT INTO users (id, email, name, password_hash) SELECT $1, 'pia.partner@customers.example', 'Pia Partner', password_hash FROM users WHERE email = 'dana.diaz@customers.example'",
      [crypto.randomUUID()],
    );
    await state.portal.ctx.db.query("INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, 'member')", [
      await idOf(state.portal.ctx.db, 'accounts', 'Dana Diaz'),
      await userIdOf(state.portal.ctx.db, 'pia.partner@customers.example'),
    ]);
  }, 240_000);
  afterAll(async () => {
    await state.portal?.close();
  });
  return {
    state,
    deliver,
    ticketsAbout,
    ticketAbout,
    messagesOf,
    ticketById,
    lastMailTo,
    confirmationTo,
    rejections,
    staffReply,
  };
}
