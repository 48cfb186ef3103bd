import { describe, expect, it } from 'vitest';
import { makeSealingCertificate, sealPdf, verifySealedPdf } from '../../../src/server/modules/signatures/pdf/seal.ts';
import { renderTemplatePdf } from '../../../src/server/modules/signatures/pdf/template.ts';

const merge = {
  title: 'Engagement letter',
  firmName: 'Northwind Accounting',
  clientName: 'Acme Manufacturing',
  fees: { amount: 125000, currency: 'EUR' },
  date: '2026-12-06',
  body: 'Fees: {{fees}} for {{client}}.',
};

describe('the sealed PDF', () => {
  it('verifies as sealed, and one flipped byte anywhere in the signed ranges fails verification', async () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const certificate = makeSealingCertificate('Northwind Accounting', now);
    const sealed = await sealPdf(await renderTemplatePdf(merge), certificate, now);
    expect(verifySealedPdf(sealed)).toEqual({ valid: true, reason: 'ok', signer: 'Northwind Accounting' });

    // One byte of the page content (before the signature) and one of the trailer (after it).
    for (const at of [200, sealed.length - 20]) {
      const tampered = Buffer.from(sealed);
      tampered[at] = tampered[at]! ^ 0x01;
      expect(verifySealedPdf(tampered), `byte ${at}`).toMatchObject({ valid: false, reason: 'digest_mismatch' });
    }

    const unsigned = Buffer.from(await renderTemplatePdf(merge));
    expect(verifySealedPdf(unsigned)).toMatchObject({ valid: false, reason: 'no_signature' });
    // Making the RSA key is CPU-bound: on a shared, loaded machine it outlasts vitest's 5 s default.
  }, 60_000);
});
