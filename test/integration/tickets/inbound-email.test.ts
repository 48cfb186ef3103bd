import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { idOf, userIdOf } from '../../support/harness.ts';
import { cookieHeader, listen, SseClient } from '../conversations/helpers.ts';
import { DOMAIN, SUPPORT, useInboundMailPortal } from './inbound-mail-portal.ts';

describe('tickets by email', () => {
  const mail = useInboundMailPortal();
  const {
    deliver,
    ticketsAbout,
    ticketAbout,
    messagesOf,
    ticketById,
    lastMailTo,
    confirmationTo,
    rejections,
    staffReply,
  } = mail;

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
    const base = await listen(mail.state.portal);
    const danaStream = await SseClient.open(
      base,
      cookieHeader(await mail.state.portal.signedIn('dana.diaz@customers.example')),
    );
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
    const customers = await idOf(mail.state.portal.ctx.db, 'segments', 'Customers');
    expect(
      (await mail.state.owner.patch(`/api/v1/segments/${customers}`, { unknownSenderPolicy: 'create_customer' }))
        .statusCode,
    ).toBe(200);
    expect((await mail.state.owner.patch('/api/v1/ticket-settings', { emailSegmentId: customers })).statusCode).toBe(
      200,
    );

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
    const { rows } = await mail.state.portal.ctx.db.query<{
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
    const customers = await idOf(mail.state.portal.ctx.db, 'segments', 'Customers');
    expect(
      (await mail.state.owner.patch(`/api/v1/segments/${customers}`, { unknownSenderPolicy: 'reject' })).statusCode,
    ).toBe(200);
    expect(
      await deliver({ from: 'spam@bulk.example', to: SUPPORT, subject: 'Cheap watches', text: 'Buy now' }),
    ).toEqual({ accepted: false, reason: 'unknown_sender' });
    expect(await ticketsAbout('Cheap watches')).toHaveLength(0);
    await expect(userIdOf(mail.state.portal.ctx.db, 'spam@bulk.example')).rejects.toThrow();
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
      port: conversationRuntimeOf(mail.state.portal.ctx)!.inboundSmtpPort!,
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
    mail.state.portal.clock.advanceMinutes(15 * 24 * 60);
    mail.state.owner = await mail.state.portal.signedIn('owner@northwind.example');
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
});
