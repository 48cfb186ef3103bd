import { describe, expect, it } from 'vitest';
import {
  classifyContent,
  contentDisposition,
  looksLikeText,
  normalizeDeclaredType,
  numberedName,
  sanitizeFileName,
} from '../../../src/server/modules/documents/file-names.ts';

describe('sanitizeFileName', () => {
  it.each([
    ['../../etc/passwd', '.._.._etc_passwd'],
    ['..\\windows\\system.ini', '.._windows_system.ini'],
    ['..', 'untitled'],
    ['', 'untitled'],
    ['a\u0000b\u0001c.txt', 'abc.txt'],
    ['doc\u202Efdp.exe', 'docfdp.exe'],
    ['zero\u200bwidth.txt', 'zerowidth.txt'],
    ['  spaced   name .txt.  ', 'spaced name .txt'],
    ['<script>alert(1)</script>.html', '<script>alert(1)<_script>.html'],
    ['e\u0301te\u0301.txt', 'été.txt'],
  ])('%j -> %j', (raw, safe) => expect(sanitizeFileName(raw)).toBe(safe));

  it('keeps at most 255 characters and the extension, never half an emoji', () => {
    expect(sanitizeFileName(`${'a'.repeat(1000)}.pdf`)).toBe(`${'a'.repeat(251)}.pdf`);
    const emoji = sanitizeFileName('😀'.repeat(300));
    expect([...emoji]).toHaveLength(255);
    expect(emoji).not.toMatch(/[\ud800-\udbff]$/);
  });

  it('numbers copies before the extension', () => {
    expect(numberedName('report.pdf', 2)).toBe('report (2).pdf');
    expect(numberedName('README', 3)).toBe('README (3)');
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987)', () => {
    expect(contentDisposition('attachment', 'Überweisung "März" 日本.pdf')).toBe(
      `attachment; filename="Uberweisung _Marz_ __.pdf"; filename*=UTF-8''%C3%9Cberweisung%20%22M%C3%A4rz%22%20%E6%97%A5%E6%9C%AC.pdf`,
    );
    expect(contentDisposition('inline', 'a;b%c\\d.txt')).toBe(
      `inline; filename="a_b_c_d.txt"; filename*=UTF-8''a%3Bb%25c%5Cd.txt`,
    );
    expect(contentDisposition('attachment', "it's (1).txt")).toContain("filename*=UTF-8''it%27s%20%281%29.txt");
  });
});

describe('classifyContent', () => {
  const text = Buffer.from('hello\n');
  it('trusts sniffed bytes over the declared type', () => {
    expect(classifyContent('image/png', 'text/html', Buffer.alloc(0), 'x.html')).toEqual({
      contentType: 'image/png',
      previewKind: 'image',
    });
    expect(classifyContent('application/pdf', null, Buffer.alloc(0), 'x')).toEqual({
      contentType: 'application/pdf',
      previewKind: 'pdf',
    });
    expect(classifyContent(null, 'image/png', Buffer.from('<html>'), 'x.png').previewKind).toBe('other');
  });
  it('never previews SVG, HTML or XML', () => {
    expect(classifyContent('image/svg+xml', 'image/svg+xml', Buffer.alloc(0), 'a.svg').previewKind).toBe('other');
    expect(classifyContent(null, 'text/html', text, 'a.html').previewKind).toBe('other');
    expect(classifyContent('application/xml', 'text/xml', text, 'a.xml').previewKind).toBe('other');
  });
  it('previews text only when declared text and the bytes are text', () => {
    expect(classifyContent(null, 'text/plain', text, 'a.txt')).toEqual({
      contentType: 'text/plain',
      previewKind: 'text',
    });
    expect(classifyContent(null, 'text/plain', Buffer.from([0, 1, 2, 3]), 'a.txt').previewKind).toBe('other');
    expect(looksLikeText(Buffer.from('日本', 'utf8').subarray(0, 4))).toBe(true);
  });
  it('reduces declared types to a bare valid MIME type', () => {
    expect(normalizeDeclaredType('Text/Plain; charset=utf-8')).toBe('text/plain');
    expect(normalizeDeclaredType('text/html\r\nX-Evil: 1')).toBeNull();
    expect(normalizeDeclaredType(undefined)).toBeNull();
  });
});
