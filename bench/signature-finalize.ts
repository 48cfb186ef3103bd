// Finalizing a signed envelope (issue 13: "finalizing a 20-page PDF with two signers (ms)"): the signatures module's
// own steps on a 20-page letter signed by a client (drawn signature) and staff (typed countersignature), each with a
// signature, a date and their initials on every page: stamping the values into the pages (pdf-lib, flattened), the
// audit certificate page, the portal's digital seal (@signpdf, PKCS#7 with the portal's certificate) and the SHA-256
// of the result. In this process, one core, no database or storage: what finalizing costs beyond the two file writes
// and the transaction. A warm-up, then BENCH_SIGNATURE_REPEATS (default 30) rounds, min/median/max per finalize and
// per page, and each stage's median. Run alone: `node --import tsx bench/signature-finalize.ts`.
import { deflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { sha256Hex } from '../src/server/modules/signatures/pdf/digest.ts';
import {
  appendCertificate,
  flattenFields,
  type FinalField,
  type FinalSigner,
} from '../src/server/modules/signatures/pdf/finalize.ts';
import { makeSealingCertificate, sealPdf, verifySealedPdf } from '../src/server/modules/signatures/pdf/seal.ts';
import { emitSpread, log } from './lib.ts';

const BENCH = 'signature-finalize';
const PAGES = Number(process.env.BENCH_SIGNATURE_PAGES ?? '20');
const REPEATS = Number(process.env.BENCH_SIGNATURE_REPEATS ?? '30');

/** A letter of `pages` A4 pages of body text, as a template or an upload would give. */
async function letter(pages: number) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const sentence = 'The firm will prepare the annual accounts and the tax return on the terms below. ';
  for (let number = 1; number <= pages; number += 1) {
    const page = doc.addPage([595.28, 841.89]);
    page.drawText(`Engagement letter, page ${number} of ${pages}`, { x: 48, y: 790, size: 14, font });
    for (let line = 0; line < 55; line += 1)
      page.drawText(`${line + 1}. ${sentence.slice(0, 60 + (line % 20))}`, {
        x: 48,
        y: 760 - line * 12,
        size: 9,
        font,
      });
  }
  return doc.save();
}

/** A drawn signature as the signature pad sends it: a 400x120 grey PNG with a stroke. */
function drawnSignature() {
  const [width, height] = [400, 120];
  const raw = Buffer.alloc((width + 1) * height, 255);
  for (let y = 0; y < height; y += 1) {
    raw[y * (width + 1)] = 0; // filter: none
    const stroke = Math.round(60 + 30 * Math.sin(y / 9));
    for (let x = stroke; x < stroke + 6 && x < width; x += 1) raw[y * (width + 1) + 1 + x] = 20;
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

function crc32(bytes: Buffer) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function signersAndFields(pages: number) {
  const at = new Date('2026-12-01T10:00:00Z');
  const signer = (id: string, side: 'client' | 'firm', kind: 'drawn' | 'typed', value: string): FinalSigner => ({
    id,
    name: side === 'client' ? 'Alice Archer' : 'Olivia Owner',
    email: side === 'client' ? 'alice@acme.example' : 'owner@northwind.example',
    side,
    signatureKind: kind,
    signatureValue: value,
    consentedAt: at,
    signedAt: at,
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0',
    signedSha256: 'a'.repeat(64),
  });
  const signers = [signer('s1', 'client', 'drawn', drawnSignature()), signer('s2', 'firm', 'typed', 'Olivia Owner')];
  const fields: FinalField[] = [];
  for (const [index, one] of signers.entries()) {
    const x = index === 0 ? 0.08 : 0.55;
    for (let page = 1; page <= pages; page += 1)
      fields.push({ kind: 'initials', signerId: one.id, value: null, page, x, y: 0.93, width: 0.1, height: 0.04 });
    fields.push({
      kind: 'signature',
      signerId: one.id,
      value: null,
      page: pages,
      x,
      y: 0.8,
      width: 0.35,
      height: 0.07,
    });
    fields.push({ kind: 'date', signerId: one.id, value: null, page: pages, x, y: 0.88, width: 0.2, height: 0.03 });
  }
  return { signers, fields };
}

export async function signatureFinalizeBench() {
  log(`\n== ${BENCH}: finalizing a ${PAGES}-page PDF with two signers (stamp, certificate, seal, SHA-256), in process`);
  const original = await letter(PAGES);
  const { signers, fields } = signersAndFields(PAGES);
  const certificate = makeSealingCertificate('Northwind Advisory', new Date());
  const events = ['sent', 'viewed', 'consented', 'signed', 'viewed', 'consented', 'signed'].map((kind, i) => ({
    kind,
    who: i < 4 ? 'alice@acme.example' : 'owner@northwind.example',
    at: new Date(Date.UTC(2026, 11, 1, 9, i)),
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0',
  }));
  const finalize = async () => {
    const started = performance.now();
    const flattened = await flattenFields(original, fields, signers);
    const stamped = performance.now();
    const withCertificate = await appendCertificate(flattened, {
      envelopeId: '0190a0a0-0000-7000-8000-000000000001',
      title: 'Engagement letter',
      accountName: 'Acme Manufacturing',
      originalSha256: sha256Hex(original),
      sentBy: 'Olivia Owner',
      sentAt: new Date('2026-11-30T09:00:00Z'),
      completedAt: new Date('2026-12-01T10:00:00Z'),
      signers,
      events,
    });
    const certified = performance.now();
    const sealed = await sealPdf(withCertificate, certificate, new Date());
    const sealedAt = performance.now();
    sha256Hex(sealed);
    const done = performance.now();
    return {
      sealed,
      total: done - started,
      stamp: stamped - started,
      certificate: certified - stamped,
      seal: sealedAt - certified,
      hash: done - sealedAt,
    };
  };
  // Warm-up (JIT, fonts), and a check that what is measured is a valid sealed PDF.
  const first = await finalize();
  if (!verifySealedPdf(Buffer.from(first.sealed)).valid) throw new Error('the sealed PDF does not verify');
  const runs: Awaited<ReturnType<typeof finalize>>[] = [];
  for (let round = 0; round < REPEATS; round += 1) runs.push(await finalize());
  const context = {
    dataset: { pages: PAGES, signers: 2, fields: fields.length, originalBytes: original.length },
    sealedBytes: first.sealed.length,
    client: 'in process (one core)',
  };
  emitSpread(
    BENCH,
    'finalize_ms',
    runs.map((run) => run.total),
    'ms',
    context,
  );
  emitSpread(
    BENCH,
    'finalize_per_page_ms',
    runs.map((run) => run.total / PAGES),
    'ms',
    context,
  );
  for (const stage of ['stamp', 'certificate', 'seal', 'hash'] as const)
    emitSpread(
      BENCH,
      `${stage}_ms`,
      runs.map((run) => run[stage]),
      'ms',
      context,
    );
}

if (import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1] ?? '').href) {
  const { printTable } = await import('./lib.ts');
  await signatureFinalizeBench();
  printTable();
  process.exit(0);
}
