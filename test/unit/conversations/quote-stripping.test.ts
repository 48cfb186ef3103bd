import { describe, expect, it } from 'vitest';
import { stripQuotedReply } from '../../../src/server/platform/mail/inbound/parse.ts';
import { REPLY_MARKER } from '../../../src/server/modules/conversations/use-cases/send-thread-email.ts';

const strip = (text: string) => stripQuotedReply(text, REPLY_MARKER);

describe('inbound email: the new part of a reply', () => {
  it('cuts at our own marker', () => {
    expect(strip(`Sounds good.\n\n${REPLY_MARKER}\nOwner wrote: the earlier message`)).toBe('Sounds good.');
    // Quoted by the client ("> -- Reply above ...") is cut too.
    expect(strip(`Yes\n> ${REPLY_MARKER}\n> old`)).toBe('Yes');
  });

  it('Gmail: "On <date>, <name> wrote:" on one line or wrapped over two', () => {
    expect(
      strip('Thanks!\n\nOn Mon, 3 Mar 2026 at 10:00, Northwind <no-reply@northwind.example> wrote:\n> old text'),
    ).toBe('Thanks!');
    expect(
      strip(
        'Thanks!\n\nOn Mon, 3 Mar 2026 at 10:00, Northwind Advisory <\nno-reply@northwind.example> wrote:\n\n> old text',
      ),
    ).toBe('Thanks!');
  });

  it('Apple Mail: "On 3 Mar 2026, at 10:00, <name> wrote:"', () => {
    expect(
      strip(
        'See attached.\n\nOn 3 Mar 2026, at 10:00, Northwind Advisory <no-reply@northwind.example> wrote:\n\n> old',
      ),
    ).toBe('See attached.');
  });

  it('Outlook: "-----Original Message-----", an underscore rule, or a From: header block after a blank line', () => {
    expect(strip('Done.\n\n-----Original Message-----\nFrom: Northwind\nSent: Monday\n\nold')).toBe('Done.');
    expect(
      strip(
        'Done.\n\n________________________________\nFrom: Northwind <no-reply@northwind.example>\nSent: Monday, March 3, 2026 10:00\nTo: Alice\nSubject: VAT',
      ),
    ).toBe('Done.');
    expect(
      strip(
        'Done.\n\nFrom: Northwind <no-reply@northwind.example>\nSent: Monday, March 3, 2026 10:00\nSubject: VAT\n\nold',
      ),
    ).toBe('Done.');
  });

  it('a quoted block ("> ") ends the reply', () => {
    expect(strip('Agreed\n> earlier\n> more')).toBe('Agreed');
  });

  it('drops the "-- " signature and "Sent from my" lines, keeps the body intact', () => {
    expect(strip('First line\nSecond line\n\n-- \nAlice Example\nAcme Manufacturing')).toBe('First line\nSecond line');
    expect(strip('Quick reply\n\nSent from my iPhone')).toBe('Quick reply');
    expect(strip('Line one\r\nLine two\r\n--\r\nAlice')).toBe('Line one\nLine two');
  });

  it('keeps a reply that merely mentions these words', () => {
    expect(strip('From: the desk of Alice — on Monday we wrote the plan.\nOnce more, thanks')).toBe(
      'From: the desk of Alice — on Monday we wrote the plan.\nOnce more, thanks',
    );
  });
});
