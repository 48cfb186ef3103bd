import { describe, expect, it } from 'vitest';
import {
  CUT_NOTE,
  htmlToText,
  inboundContent,
  inboundLimitProblem,
  type InboundMail,
} from '../../src/server/platform/mail/inbound/index.ts';

const mail = (overrides: Partial<InboundMail>): InboundMail => ({
  from: 'dana@example.com',
  recipients: [],
  addressees: [],
  messageId: null,
  text: '',
  attachments: [],
  autoSubmitted: false,
  subject: '',
  fromName: null,
  bulk: false,
  raw: Buffer.from('raw message'),
  ...overrides,
});

const MARKER = '##- Reply above this line -##';
const limits = { maxMessageBytes: 1000, maxAttachments: 2, maxAttachmentBytes: 10 };
const file = (name: string, size = 1) => ({ name, contentType: 'text/plain', bytes: Buffer.alloc(size, 'x') });

describe('inbound mail content', () => {
  it('converts HTML to readable text: paragraphs, lists, link text without targets, no images', async () => {
    const text = await htmlToText(
      '<p>Hello <b>team</b></p><ul><li>one</li></ul><a href="https://x.test">site</a><img src="a.png">',
    );
    expect(text).toContain('Hello team');
    expect(text).toContain('one');
    expect(text).toContain('site');
    expect(text).not.toContain('https://x.test');
    expect(text).not.toContain('a.png');
  });

  it('keeps every attachment and a text within the limit as it is', () => {
    const content = inboundContent(
      mail({ text: 'short', attachments: [file('a'), file('b'), file('c')] }),
      MARKER,
      100,
    );
    expect(content.body).toBe('short');
    expect(content.files.map((f) => f.name)).toEqual(['a', 'b', 'c']);
  });

  it('cuts a long text for display and keeps it whole, with the original, as files', () => {
    const text = 'word '.repeat(100).trim();
    const content = inboundContent(mail({ text }), MARKER, 200);
    expect(content.body.length).toBeLessThanOrEqual(200);
    expect(content.body.endsWith(CUT_NOTE)).toBe(true);
    expect(content.files.map((f) => f.name)).toEqual(['message.txt', 'original.eml']);
    expect(content.files[0]!.bytes.toString('utf8')).toBe(text);
    expect(content.files[1]!.bytes.toString()).toBe('raw message');
  });

  it('names the limit a mail is over, and nothing for a mail within them', () => {
    expect(inboundLimitProblem(Buffer.alloc(1001), null, limits)).toMatch(
      /Message too large: 1001 bytes, at most 1000/,
    );
    expect(
      inboundLimitProblem(Buffer.alloc(10), mail({ attachments: [file('a'), file('b'), file('c')] }), limits),
    ).toMatch(/Too many attachments: 3, at most 2/);
    expect(inboundLimitProblem(Buffer.alloc(10), mail({ attachments: [file('big', 11)] }), limits)).toMatch(
      /Attachment too large: big/,
    );
    expect(inboundLimitProblem(Buffer.alloc(10), mail({ attachments: [file('a'), file('b')] }), limits)).toBeNull();
  });
});
