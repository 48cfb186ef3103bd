import nodemailer from 'nodemailer';
import { describe, expect, it } from 'vitest';
import { conversationRuntimeOf } from '../../../src/server/modules/conversations/index.ts';
import { idOf, userIdOf } from '../../support/harness.ts';
import { NEW_CUSTOMERS_PER_HOUR, SUPPORT, useInboundMailPortal, type TicketView } from './inbound-mail-portal.ts';

describe('tickets by email: copies and the new-customer cap', () => {
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
    const dana = await mail.state.portal.signedIn('dana.diaz@customers.example');
    const asRequester = (await dana.get(`/api/v1/tickets/${ticket.id}`)).json() as TicketView;
    expect(asRequester).toMatchObject({ requester: { name: 'Dana Diaz' } });
    expect(asRequester.ccs.map((cc) => cc.name)).toEqual(['Pia Partner']);
    // The CC can open the ticket; the person of another account cannot, and no user was made for the stranger.
    const pia = await mail.state.portal.signedIn('pia.partner@customers.example');
    expect((await pia.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(200);
    const eli = await mail.state.portal.signedIn('eli.evans@customers.example');
    expect((await eli.get(`/api/v1/tickets/${ticket.id}`)).statusCode).toBe(404);
    await expect(userIdOf(mail.state.portal.ctx.db, 'ghost@nowhere.example')).rejects.toThrow();

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
    // Agents see in the ticket's history who copied her, as for a CC change in the mail.state.portal.
    const [copied] = (await mail.state.owner.get(`/api/v1/tickets/${ticket.id}/activity`)).json().items as {
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
      port: conversationRuntimeOf(mail.state.portal.ctx)!.inboundSmtpPort!,
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
    mail.state.portal.clock.advanceMinutes(61);
    mail.state.owner = await mail.state.portal.signedIn('owner@northwind.example');
    const customers = await idOf(mail.state.portal.ctx.db, 'segments', 'Customers');
    expect(
      (await mail.state.owner.patch(`/api/v1/segments/${customers}`, { unknownSenderPolicy: 'create_customer' }))
        .statusCode,
    ).toBe(200);
    expect((await mail.state.owner.patch('/api/v1/ticket-settings', { emailSegmentId: customers })).statusCode).toBe(
      200,
    );

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
    await expect(userIdOf(mail.state.portal.ctx.db, over)).rejects.toThrow();
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
    mail.state.portal.clock.advanceMinutes(61);
    mail.state.owner = await mail.state.portal.signedIn('owner@northwind.example');
    expect(await deliver({ from: over, to: SUPPORT, subject: 'Flood over the cap', text: 'Hi again' })).toMatchObject({
      accepted: true,
    });
    expect(await ticketsAbout('Flood over the cap')).toHaveLength(1);
  });
});
