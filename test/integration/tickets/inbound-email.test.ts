import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpClient } from '../../support/http-client.ts';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { idOf, startPortal, userIdOf, type TestPortal } from '../../support/harness.ts';
import { cookieHeader, listen, SseClient } from '../conversations/helpers.ts';

const SECRET = 'inbound-secret-inbound-secret-0123';
const DOMAIN = 'reply.portico.test';
const SUPPORT = `support@${DOMAIN}`;
const NEW_CUSTOMERS_PER_HOUR = 3;

interface OutgoingTestMail {
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

interface TicketView {
  id: string;
  number: number;
  subject: string;
  status: string;
  channel: string;
  accountId: string;
  requester: { id: string; name: string } | null;
  ccs: { id: string; name: string }[];
}
interface MessageView {
  body: string;
  source: string;
  author: { name: string } | null;
  attachments: { name: string }[];
}

describe('tickets by email', () => {
  let portal: TestPortal;
  let owner: HttpClient;
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
    const response = await portal.app.inject({
      method: 'POST',
      url: '/api/v1/inbound-email',
      payload: info.message as Buffer,
      headers: { 'content-type': 'message/rfc822', 'x-portico-inbound-secret': SECRET },
    });
    expect(response.statusCode).toBe(200);
    await portal.ctx.background.idle();
    return response.json() as { accepted: boolean; reason?: string };
  };
  /** Tickets whose subject contains `text`, as staff see them in the queue. */
  const ticketsAbout = async (text: string) => {
    const response = await owner.get(`/api/v1/tickets?q=${encodeURIComponent(text)}&limit=50`);
    expect(response.statusCode).toBe(200);
    return response.json().items as TicketView[];
  };
  const ticketAbout = async (text: string) => {
    const found = await ticketsAbout(text);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const messagesOf = async (ticketId: string) =>
    (await owner.get(`/api/v1/tickets/${ticketId}/messages`)).json().items as MessageView[];
  const ticketById = async (ticketId: string) => (await owner.get(`/api/v1/tickets/${ticketId}`)).json() as TicketView;
  /** The latest mail to `email` whose subject contains `about` (other notifications may arrive in between). */
  const lastMailTo = async (email: string, about = '') => {
    const { rows } = await portal.ctx.db.query<{ subject: string; reply_to: string | null }>(
      `SELECT subject, reply_to FROM mail_messages WHERE lower(to_address) = lower($1) AND strpos(subject, $2) > 0
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email, about],
    );
    return rows[0] ?? null;
  };
  const confirmationTo = async (email: string, ticket: { number: number }) =>
    (await lastMailTo(email, `[#${ticket.number}]`))!;
  const rejections = async () =>
    (await owner.get('/api/v1/audit-events?action=inbound_email.rejected')).json().items as {
      details: { reason: string; from: string };
    }[];
  const staffReply = async (ticketId: string, body: string, status: string) =>
    expect((await owner.post(`/api/v1/tickets/${ticketId}/messages`, { body, status })).statusCode).toBe(201);

  beforeAll(async () => {
    portal = await startPortal({
      INBOUND_EMAIL_DOMAIN: DOMAIN,
      INBOUND_WEBHOOK_SECRET: SECRET,
      INBOUND_SMTP_PORT: '0',
      INBOUND_SMTP_HOST: '127.0.0.1',
      INBOUND_NEW_CUSTOMERS_PER_HOUR: String(NEW_CUSTOMERS_PER_HOUR),
    });
    owner = await portal.signedIn('owner@northwind.example');
    // A colleague in Dana's account (the demo's customer accounts have one person each), with Dana's password.
    await portal.ctx.db.query(
      "INSERT INTO users (id, email, name, password_hash) SELECT $1, 'pia.partner@customers.example', 'Pia Partner', password_hash FROM users WHERE email = 'dana.diaz@customers.example'",
      [crypto.randomUUID()],
    );
    await portal.ctx.db.query("INSERT INTO memberships (account_id, user_id, role) VALUES ($1, $2, 'member')", [
      await idOf(portal.ctx.db, 'accounts', 'Dana Diaz'),
      await userIdOf(portal.ctx.db, 'pia.partner@customers.example'),
    ]);
  }, 240_000);
  afterAll(async () => {
    await portal?.close();
  });

  it('a known customer mailing the support address opens an email ticket with the attachment, and is told its number', async () => {
    const outcome = await deliver({
      from: 'Dana Diaz <Dana.Diaz@customers.example>',
      to: SUPPORT,
      subject: 'Printer jam on floor 2',
      text: 'The printer jams on every page.\n\n-- \nDana',
      attachments: [{ filename: 'jam.pdf', content: Buffer.from('%PDF-1.4 jam') }],
    });
    expect(outcome).toMatchObject({ accepted: true });
    const ticket = await ticketAbout('Printer jam on floor 2');
    expect(ticket).toMatchObject({ channel: 'email', status: 'new', requester: { name: 'Dana Diaz' } });
    const [first] = await messagesOf(ticket.id);
    expect(first).toMatchObject({ body: 'The printer jams on every page.', source: 'email' });
    expect(first!.attachments.map((file) => file.name)).toEqual(['jam.pdf']);
    const confirmation = await confirmationTo('dana.diaz@customers.example', ticket);
    expect(confirmation.subject).toBe(`We received your request [#${ticket.number}]`);
    expect(confirmation.reply_to).toMatch(new RegExp(`^reply\\+[a-z0-9]+@${DOMAIN.replace(/\./g, '\\.')}$`));
  });

  it('replying to the confirmation threads into the ticket and reopens it; a forged From posts nothing', async () => {
    await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'VPN drops every hour',
      text: 'It drops.',
    });
    const ticket = await ticketAbout('VPN drops every hour');
    const replyTo = (await confirmationTo('dana.diaz@customers.example', ticket)).reply_to!;
    await staffReply(ticket.id, 'Could you send the logs?', 'pending_customer');
    expect((await ticketById(ticket.id)).status).toBe('pending_customer');

    const forged = await deliver({
      from: 'mallory@evil.example',
      to: replyTo,
      subject: 'Re: VPN',
      text: 'Close this ticket',
    });
    expect(forged).toEqual({ accepted: false, reason: 'sender_mismatch' });
    expect((await messagesOf(ticket.id)).some((m) => m.body.includes('Close this'))).toBe(false);
    expect((await rejections())[0]!.details).toMatchObject({ reason: 'sender_mismatch', from: 'mallory@evil.example' });

    // Dana has the ticket open in the portal: her own emailed reply shows there live.
    const base = await listen(portal);
    const danaStream = await SseClient.open(base, cookieHeader(await portal.signedIn('dana.diaz@customers.example')));
    const reply = await deliver({
      from: 'dana.diaz@customers.example',
      to: replyTo,
      subject: 'Re: We received your request',
      text: 'Logs attached.\n\nOn Mon, 1 Jan 2026, Northwind <no-reply@portico.test> wrote:\n> Could you send the logs?',
      attachments: [{ filename: 'vpn.log', content: Buffer.from('log line') }],
    });
    expect(reply).toMatchObject({ accepted: true });
    const latest = (await messagesOf(ticket.id))[0]!;
    expect(latest).toMatchObject({ body: 'Logs attached.', source: 'email', author: { name: 'Dana Diaz' } });
    expect(latest.attachments.map((file) => file.name)).toEqual(['vpn.log']);
    expect((await ticketById(ticket.id)).status).toBe('open');
    await danaStream.waitFor((event) => event.type === 'ticket.updated' && event.data.data.ticketId === ticket.id);
    danaStream.close();
  });

  it('"[#n]" in the subject threads a participant\'s mail; from anyone else it is refused as spoofed', async () => {
    await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'Invoice address wrong',
      text: 'Please fix it.',
    });
    const ticket = await ticketAbout('Invoice address wrong');
    const before = (await messagesOf(ticket.id)).length;

    const stranger = await deliver({
      from: 'eli.evans@customers.example',
      to: SUPPORT,
      subject: `Re: Invoice address wrong [#${ticket.number}]`,
      text: 'Let me in',
    });
    expect(stranger).toEqual({ accepted: false, reason: 'spoofed_reply' });
    expect((await messagesOf(ticket.id)).length).toBe(before);
    expect((await rejections())[0]!.details).toMatchObject({ reason: 'spoofed_reply' });

    const threaded = await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: `Re: Invoice address wrong [#${ticket.number}]`,
      text: 'It is 2 Elm Road.',
    });
    expect(threaded).toMatchObject({ accepted: true });
    expect((await messagesOf(ticket.id))[0]!.body).toBe('It is 2 Elm Road.');
    expect(await ticketsAbout('Invoice address wrong')).toHaveLength(1);
  });

  it('an unknown sender gets a customer, an account and a ticket when the email segment says create_customer', async () => {
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    expect(
      (await owner.patch(`/api/v1/segments/${customers}`, { unknownSenderPolicy: 'create_customer' })).statusCode,
    ).toBe(200);
    expect((await owner.patch('/api/v1/ticket-settings', { emailSegmentId: customers })).statusCode).toBe(200);

    expect(
      await deliver({
        from: '"Nora Newcomer" <nora@newco.example>',
        to: SUPPORT,
        subject: 'How do I start?',
        text: 'Hi there.',
      }),
    ).toMatchObject({ accepted: true });
    const ticket = await ticketAbout('How do I start?');
    expect(ticket).toMatchObject({ channel: 'email', requester: { name: 'Nora Newcomer' } });
    const { rows } = await portal.ctx.db.query<{
      name: string;
      segment_id: string;
      role: string;
      password_hash: string | null;
    }>(
      `SELECT a.name, a.segment_id, m.role, u.password_hash FROM users u JOIN memberships m ON m.user_id = u.id JOIN accounts a ON a.id = m.account_id
       WHERE u.email = 'nora@newco.example'`,
    );
    expect(rows).toEqual([
      { name: 'Nora Newcomer', segment_id: customers, role: 'account_admin', password_hash: null },
    ]);
    expect(ticket.accountId).toBeTruthy();
    expect((await confirmationTo('nora@newco.example', ticket)).subject).toBe(
      `We received your request [#${ticket.number}]`,
    );
  });

  it('with the reject policy an unknown sender creates nothing, is audited and gets no answer', async () => {
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    expect((await owner.patch(`/api/v1/segments/${customers}`, { unknownSenderPolicy: 'reject' })).statusCode).toBe(
      200,
    );
    expect(
      await deliver({ from: 'spam@bulk.example', to: SUPPORT, subject: 'Cheap watches', text: 'Buy now' }),
    ).toEqual({ accepted: false, reason: 'unknown_sender' });
    expect(await ticketsAbout('Cheap watches')).toHaveLength(0);
    await expect(userIdOf(portal.ctx.db, 'spam@bulk.example')).rejects.toThrow();
    expect(await lastMailTo('spam@bulk.example')).toBeNull();
    expect((await rejections())[0]!.details).toMatchObject({ reason: 'unknown_sender', from: 'spam@bulk.example' });
  });

  it('automatic mail is ignored, and staff are sent to the console', async () => {
    expect(
      await deliver({
        from: 'dana.diaz@customers.example',
        to: SUPPORT,
        subject: 'Out of office',
        text: 'Away',
        headers: { 'Auto-Submitted': 'auto-replied' },
      }),
    ).toEqual({ accepted: false, reason: 'auto_submitted' });
    expect(
      await deliver({
        from: 'MAILER-DAEMON@mx.example',
        to: SUPPORT,
        subject: 'Undelivered Mail Returned to Sender',
        text: 'bounce',
      }),
    ).toEqual({ accepted: false, reason: 'auto_submitted' });
    expect(await ticketsAbout('Out of office')).toHaveLength(0);
    expect(await deliver({ from: 'agent@northwind.example', to: SUPPORT, subject: 'Staff mail', text: 'x' })).toEqual({
      accepted: false,
      reason: 'staff_sender',
    });
  });

  it('the same Message-ID delivered twice makes one ticket', async () => {
    const mail = {
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'Delivered twice',
      text: 'Once only',
      messageId: '<twice-1@mail.test>',
    };
    expect(await deliver(mail)).toMatchObject({ accepted: true });
    expect(await deliver(mail)).toMatchObject({ accepted: true });
    expect(await ticketsAbout('Delivered twice')).toHaveLength(1);
  });

  it('an HTML-only mail becomes a text body; a very long one is cut for display and kept whole as files', async () => {
    await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'Rich text only',
      html: '<p>Hello <b>team</b></p><p>Second paragraph</p>',
    });
    const ticket = await ticketAbout('Rich text only');
    expect((await messagesOf(ticket.id))[0]!.body).toBe('Hello team\n\nSecond paragraph');

    await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'Very long mail',
      text: 'word '.repeat(6000),
    });
    const long = await ticketAbout('Very long mail');
    const body = (await messagesOf(long.id))[0]!.body;
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toMatch(/the full text is attached as message\.txt and the original email as original\.eml\.\]$/);
    expect((await messagesOf(long.id))[0]!.attachments.map((file) => file.name)).toEqual([
      'message.txt',
      'original.eml',
    ]);
  });

  it('the SMTP listener takes mail for the support address, and still no other local part', async () => {
    const smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: conversationRuntimeOf(portal.ctx)!.inboundSmtpPort!,
      secure: false,
      ignoreTLS: true,
    });
    try {
      await smtp.sendMail({
        from: 'dana.diaz@customers.example',
        to: SUPPORT,
        subject: 'Sent over SMTP',
        text: 'Straight to the listener.',
      });
      expect((await ticketAbout('Sent over SMTP')).channel).toBe('email');
      await expect(
        smtp.sendMail({ from: 'dana.diaz@customers.example', to: `sales@${DOMAIN}`, subject: 'x', text: 'x' }),
      ).rejects.toThrow(/550/);
      await expect(
        smtp.sendMail({ from: 'spam@bulk.example', to: SUPPORT, subject: 'Spam', text: 'x' }),
      ).rejects.toThrow(/550/);
    } finally {
      smtp.close();
    }
  });

  it("the portal's own support address (settings) is a support address too", async () => {
    expect(
      await deliver({
        from: 'dana.diaz@customers.example',
        to: 'Northwind Help <help@northwind.example>',
        subject: 'Via the help address',
        text: 'Hello',
      }),
    ).toMatchObject({ accepted: true });
    expect((await ticketAbout('Via the help address')).channel).toBe('email');
  });

  it('a reply to a closed ticket opens a follow-up ticket that names the old number', async () => {
    await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'Password expired',
      text: 'Cannot sign in.',
    });
    const ticket = await ticketAbout('Password expired');
    const replyTo = (await confirmationTo('dana.diaz@customers.example', ticket)).reply_to!;
    await staffReply(ticket.id, 'Reset done.', 'solved');
    // Past the reopen window (14 days by default) a solved ticket is as final as a closed one.
    portal.clock.advanceMinutes(15 * 24 * 60);
    owner = await portal.signedIn('owner@northwind.example');
    expect(
      await deliver({
        from: 'dana.diaz@customers.example',
        to: replyTo,
        subject: 'Re: Password expired',
        text: 'It expired again.',
      }),
    ).toMatchObject({ accepted: true });
    const found = await ticketsAbout('Password expired');
    expect(found).toHaveLength(2);
    const followUp = found.find((t) => t.id !== ticket.id)!;
    expect(followUp).toMatchObject({ subject: 'Re: Password expired', channel: 'email' });
    expect((await messagesOf(followUp.id))[0]!.body).toBe(`Follow-up to #${ticket.number}.\n\nIt expired again.`);
    expect((await ticketById(ticket.id)).status).not.toBe('open');
  });
  it("people of the account in a new mail's To/Cc become CCs; other accounts' people, strangers and staff do not", async () => {
    const outcome = await deliver({
      from: 'dana.diaz@customers.example',
      to: [SUPPORT, 'Pia Partner <Pia.Partner@customers.example>'],
      cc: [
        'eli.evans@customers.example',
        'ghost@nowhere.example',
        'agent@northwind.example',
        'dana.diaz@customers.example',
      ],
      subject: 'Copy my colleague',
      text: 'Pia needs to follow this too.',
    });
    expect(outcome).toMatchObject({ accepted: true });
    const ticket = await ticketAbout('Copy my colleague');
    // Staff and the requester see the same CC list: Pia only.
    expect((await ticketById(ticket.id)).ccs.map((cc) => cc.name)).toEqual(['Pia Partner']);
    const dana = await portal.signedIn('dana.diaz@customers.example');
    const asRequester = (await dana.get(`/api/v1/tickets/${ticket.id}`)).json() as TicketView;
    expect(asRequester).toMatchObject({ requester: { name: 'Dana Diaz' } });
    expect(asRequester.ccs.map((cc) => cc.name)).toEqual(['Pia Partner']);
    // The CC can open the ticket; the person of another account cannot, and no user was made for the stranger.
    const pia = await portal.signedIn('pia.partner@customers.example');
    expect((await pia.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(200);
    const eli = await portal.signedIn('eli.evans@customers.example');
    expect((await eli.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(404);
    await expect(userIdOf(portal.ctx.db, 'ghost@nowhere.example')).rejects.toThrow();

    // Pia already had the mail itself; from now on she hears about the ticket like any CC.
    const piaNotified = async () =>
      ((await pia.get('/api/v1/notifications?limit=100')).json().items as { threadId: string }[]).filter(
        (n) => n.threadId === ticket.id,
      );
    expect(await piaNotified()).toHaveLength(0);
    await staffReply(ticket.id, 'We are looking into it.', 'open');
    expect(await piaNotified()).toHaveLength(1);
  });

  it("a participant's reply copies a new Cc of the account; the requester or a current CC in Cc adds nothing", async () => {
    await deliver({
      from: 'dana.diaz@customers.example',
      to: SUPPORT,
      subject: 'Quarterly report missing',
      text: 'Where is it?',
    });
    const ticket = await ticketAbout('Quarterly report missing');
    expect((await ticketById(ticket.id)).ccs).toEqual([]);
    const replyTo = (await confirmationTo('dana.diaz@customers.example', ticket)).reply_to!;

    // A reply through the reply address, copying Pia and (again) the support address.
    expect(
      await deliver({
        from: 'dana.diaz@customers.example',
        to: replyTo,
        cc: ['pia.partner@customers.example', SUPPORT],
        subject: 'Re: Quarterly report',
        text: 'Adding Pia.',
      }),
    ).toMatchObject({ accepted: true });
    expect((await ticketById(ticket.id)).ccs.map((cc) => cc.name)).toEqual(['Pia Partner']);
    // Agents see in the ticket's history who copied her, as for a CC change in the portal.
    const [copied] = (await owner.get(`/api/v1/tickets/${ticket.id}/activity`)).json().items as {
      actor: { name: string };
      changes: { field: string; to: { name: string }[] }[];
    }[];
    expect(copied).toMatchObject({
      actor: { name: 'Dana Diaz' },
      changes: [{ field: 'ccs', from: [], to: [{ name: 'Pia Partner' }] }],
    });

    // Pia, now a CC, answers by "[#n]" and copies Dana (the requester) and herself: nothing changes.
    expect(
      await deliver({
        from: 'pia.partner@customers.example',
        to: SUPPORT,
        cc: ['dana.diaz@customers.example', 'pia.partner@customers.example'],
        subject: `Re: Quarterly report missing [#${ticket.number}]`,
        text: 'I have it now, thanks.',
      }),
    ).toMatchObject({ accepted: true });
    const after = await ticketById(ticket.id);
    expect(after.requester).toMatchObject({ name: 'Dana Diaz' });
    expect(after.ccs.map((cc) => cc.name)).toEqual(['Pia Partner']);
    expect((await messagesOf(ticket.id))[0]).toMatchObject({
      body: 'I have it now, thanks.',
      author: { name: 'Pia Partner' },
    });
  });

  it('a Cc over the SMTP listener is copied as well', async () => {
    const smtp = nodemailer.createTransport({
      host: '127.0.0.1',
      port: conversationRuntimeOf(portal.ctx)!.inboundSmtpPort!,
      secure: false,
      ignoreTLS: true,
    });
    try {
      // The MX hands over only our own recipient (RCPT TO); the Cc stays in the headers.
      await smtp.sendMail({
        from: 'dana.diaz@customers.example',
        to: SUPPORT,
        cc: 'pia.partner@customers.example',
        subject: 'SMTP with a copy',
        text: 'Over SMTP.',
        envelope: { from: 'dana.diaz@customers.example', to: [SUPPORT] },
      });
    } finally {
      smtp.close();
    }
    const ticket = await ticketAbout('SMTP with a copy');
    expect((await ticketById(ticket.id)).ccs.map((cc) => cc.name)).toEqual(['Pia Partner']);
  });

  it('past INBOUND_NEW_CUSTOMERS_PER_HOUR, mail from unknown senders is refused and audited; known customers still get through', async () => {
    // A fresh hour, so customers made by earlier tests do not count.
    portal.clock.advanceMinutes(61);
    owner = await portal.signedIn('owner@northwind.example');
    const customers = await idOf(portal.ctx.db, 'segments', 'Customers');
    expect(
      (await owner.patch(`/api/v1/segments/${customers}`, { unknownSenderPolicy: 'create_customer' })).statusCode,
    ).toBe(200);
    expect((await owner.patch('/api/v1/ticket-settings', { emailSegmentId: customers })).statusCode).toBe(200);

    for (let index = 1; index <= NEW_CUSTOMERS_PER_HOUR; index += 1) {
      expect(
        await deliver({ from: `flood${index}@flood.example`, to: SUPPORT, subject: `Flood ${index}`, text: 'Hi' }),
      ).toMatchObject({ accepted: true });
    }
    const over = `flood${NEW_CUSTOMERS_PER_HOUR + 1}@flood.example`;
    expect(await deliver({ from: over, to: SUPPORT, subject: 'Flood over the cap', text: 'Hi' })).toEqual({
      accepted: false,
      reason: 'new_customer_limit',
    });
    expect(await ticketsAbout('Flood over the cap')).toHaveLength(0);
    await expect(userIdOf(portal.ctx.db, over)).rejects.toThrow();
    expect(await lastMailTo(over)).toBeNull();
    expect((await rejections())[0]!.details).toMatchObject({ reason: 'new_customer_limit', from: over });

    // A known customer's mail is not counted against the cap.
    expect(
      await deliver({
        from: 'dana.diaz@customers.example',
        to: SUPPORT,
        subject: 'Known during the flood',
        text: 'Still here.',
      }),
    ).toMatchObject({ accepted: true });
    expect((await ticketAbout('Known during the flood')).channel).toBe('email');

    // The cap is per hour: in the next one the refused sender gets through.
    portal.clock.advanceMinutes(61);
    owner = await portal.signedIn('owner@northwind.example');
    expect(await deliver({ from: over, to: SUPPORT, subject: 'Flood over the cap', text: 'Hi again' })).toMatchObject({
      accepted: true,
    });
    expect(await ticketsAbout('Flood over the cap')).toHaveLength(1);
  });
});
