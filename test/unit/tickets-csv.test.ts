import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../src/server/platform/http/csv.ts';
import { fillPlaceholders } from '../../src/server/modules/tickets/use-cases/views-canned.ts';

describe('csvCell', () => {
  it('quotes every cell and doubles inner quotes', () => {
    expect(csvCell('plain')).toBe('"plain"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b\nc')).toBe('"a,b\nc"');
    expect(csvCell(42)).toBe('"42"');
    expect(csvCell(null)).toBe('""');
  });

  it('neutralizes cells a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(csvCell('a=b')).toBe('"a=b"');
    expect(csvCell(-5)).toBe('"\'-5"');
  });

  it('joins a row with commas and ends it with CRLF', () => {
    expect(csvRow(['a', 1, null])).toBe('"a","1",""\r\n');
  });
});

describe('canned reply placeholders', () => {
  const values = {
    'requester.name': 'Dana Diaz',
    'requester.firstName': 'Dana',
    'ticket.number': '1001',
    'ticket.subject': 'Help',
    'account.name': 'Dana Diaz',
    'agent.name': 'Olivia',
    'portal.name': 'Northwind',
  };
  it('fills known placeholders (spaces inside braces allowed) and leaves unknown ones as typed', () => {
    expect(fillPlaceholders('Hi {{requester.firstName}}, #{{ ticket.number }} {{nope}} {{agent.name}}', values)).toBe(
      'Hi Dana, #1001 {{nope}} Olivia',
    );
  });
  it('does not expand placeholders inside values', () => {
    expect(fillPlaceholders('{{ticket.subject}}', { ...values, 'ticket.subject': '{{agent.name}}' })).toBe(
      '{{agent.name}}',
    );
  });
});
