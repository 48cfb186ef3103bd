import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fieldRect, fitFontSize, initialsOf, winAnsiSafe } from '../../../src/server/modules/signatures/pdf/layout.ts';
import { boxInsidePage, defaultFields } from '../../../src/server/modules/signatures/pdf/placement.ts';
import { appendCertificate, flattenFields } from '../../../src/server/modules/signatures/pdf/finalize.ts';
import { awaitingSigners, signRefusal } from '../../../src/server/modules/signatures/state.ts';
import { formatFees, mergeText } from '../../../src/server/modules/signatures/pdf/template.ts';
import { pdfText } from '../../support/pdf-text.ts';

const A4 = { width: 595, height: 842 };

describe('field placement', () => {
  it('maps fractions from the top left to PDF points from the bottom left', () => {
    const rect = fieldRect({ page: 1, x: 0.1, y: 0.2, width: 0.3, height: 0.05 }, A4);
    expect(rect.x).toBeCloseTo(59.5);
    expect(rect.width).toBeCloseTo(178.5);
    expect(rect.height).toBeCloseTo(42.1);
    expect(rect.y).toBeCloseTo(842 - 168.4 - 42.1);
    // A field running over the edge is clipped to the page.
    const clipped = fieldRect({ page: 1, x: 0.9, y: 0.98, width: 0.3, height: 0.05 }, A4);
    expect(clipped.x + clipped.width).toBeCloseTo(595);
    expect(clipped.y).toBeCloseTo(0);
  });

  it('default fields stay on the last page without overlapping, for 1 to 20 signers', () => {
    for (const count of [1, 2, 5, 20]) {
      const fields = defaultFields(count, 3);
      expect(fields).toHaveLength(count * 2);
      for (const field of fields) {
        expect(field.page).toBe(3);
        expect(boxInsidePage(field)).toBe(true);
      }
      for (const [i, a] of fields.entries())
        for (const b of fields.slice(i + 1)) {
          const apart =
            a.x + a.width <= b.x + 1e-9 ||
            b.x + b.width <= a.x + 1e-9 ||
            a.y + a.height <= b.y + 1e-9 ||
            b.y + b.height <= a.y + 1e-9;
          expect(apart, `${count} signers`).toBe(true);
        }
    }
    expect(boxInsidePage({ x: 0.95, y: 0, width: 0.1, height: 0.1 })).toBe(false);
    expect(boxInsidePage({ x: 0, y: 0.95, width: 0.1, height: 0.1 })).toBe(false);
    expect(boxInsidePage({ x: 0.9, y: 0.9, width: 0.1 + 1e-12, height: 0.1 })).toBe(true);
  });

  it('text rules: initials, what the standard fonts can draw, a font size that fits', () => {
    expect(initialsOf('Alice van Dijk')).toBe('AVD');
    expect(winAnsiSafe('Zoë 東京\u0007')).toBe('Zoë ?? ');
    expect(fitFontSize(5, { width: 100, height: 20 })).toBeCloseTo(14);
    // Never below 4 pt, however long the text.
    expect(fitFontSize(500, { width: 100, height: 20 })).toBe(4);
  });

  it('merge fields and fees', () => {
    expect(formatFees({ amount: 125000, currency: 'EUR' })).toBe('EUR 1,250.00');
    expect(formatFees({ amount: 5000, currency: 'JPY' })).toBe('JPY 5,000');
    const merged = mergeText('{{client}} pays {{fees}} from {{date}} ({{unknown}})', {
      title: 'x',
      firmName: 'Firm',
      clientName: 'Acme',
      fees: { amount: 100, currency: 'USD' },
      date: '2027-01-01',
      body: '',
    });
    expect(merged).toBe('Acme pays USD 1.00 from 2027-01-01 ({{unknown}})');
  });

  it('turns: sequential waits on the first unsigned; parallel on every waiting one; closed on none', () => {
    const signers = [
      { id: 'a', userId: 'ua', position: 1, status: 'signed' as const },
      { id: 'b', userId: 'ub', position: 2, status: 'waiting' as const },
      { id: 'c', userId: 'uc', position: 3, status: 'waiting' as const },
    ];
    expect(awaitingSigners('sent', 'sequential', signers).map((s) => s.id)).toEqual(['b']);
    expect(awaitingSigners('sent', 'parallel', signers).map((s) => s.id)).toEqual(['b', 'c']);
    expect(awaitingSigners('voided', 'parallel', signers)).toEqual([]);
    expect(signRefusal('sent', 'sequential', signers, 'uc')).toBe('not_your_turn');
    expect(signRefusal('sent', 'sequential', signers, 'ua')).toBe('already_signed');
    expect(signRefusal('sent', 'sequential', signers, 'zz')).toBe('not_a_signer');
    expect(signRefusal('declined', 'sequential', signers, 'ub')).toBe('closed');
    expect(signRefusal('sent', 'sequential', signers, 'ub')).toBeNull();
  });
});

describe('the certificate page', () => {
  it('names each signer with email, IP, user agent, consent and times, and the SHA-256 before and after', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([595, 842]);
    const original = await doc.save();
    const signedAt = new Date('2026-12-06T10:00:00Z');
    const signer = {
      id: 's1',
      name: 'Alice Anders',
      email: 'alice@acme.example',
      side: 'client' as const,
      signatureKind: 'typed' as const,
      signatureValue: 'Alice Anders',
      consentedAt: signedAt,
      signedAt,
      ip: '203.0.113.7',
      userAgent: 'Mozilla/5.0 Test',
      signedSha256: 'a'.repeat(64),
    };
    const flattened = await flattenFields(
      original,
      [{ kind: 'signature', signerId: 's1', page: 1, x: 0.1, y: 0.8, width: 0.4, height: 0.05, value: null }],
      [signer],
    );
    const withCertificate = await appendCertificate(flattened, {
      envelopeId: 'env-1',
      title: 'Engagement letter',
      accountName: 'Acme',
      originalSha256: 'b'.repeat(64),
      sentBy: 'Olivia Owner',
      sentAt: signedAt,
      completedAt: signedAt,
      signers: [signer],
      events: [{ kind: 'signed', who: 'alice@acme.example', at: signedAt, ip: '203.0.113.7', userAgent: 'UA' }],
    });
    const text = await pdfText(withCertificate);
    const [page1, certificate] = text.split('\n');
    expect(page1).toContain('Alice Anders');
    for (const expected of [
      'Certificate of completion',
      'alice@acme.example',
      '203.0.113.7',
      'Mozilla/5.0 Test',
      'Consented to sign electronically: 2026-12-06T10:00:00Z',
      'b'.repeat(64),
      'simple electronic signature',
    ])
      expect(certificate).toContain(expected);
    expect((await PDFDocument.load(withCertificate)).getPageCount()).toBe(2);
    // Rendering and parsing PDFs outlasts vitest's 5 s default on a shared, loaded machine.
  }, 60_000);
});
