import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { sha256Hex } from './digest.ts';
import { fieldRect, fitFontSize, initialsOf, winAnsiSafe, wrapText, type PlacedField } from './layout.ts';

export interface FinalField extends PlacedField {
  kind: 'signature' | 'initials' | 'date' | 'text' | 'checkbox';
  signerId: string;
  value: string | null;
}

export interface FinalSigner {
  id: string;
  name: string;
  email: string;
  side: 'client' | 'firm';
  signatureKind: 'drawn' | 'typed';
  /** Typed name, or a PNG data URL of the drawing. */
  signatureValue: string;
  consentedAt: Date;
  signedAt: Date;
  ip: string | null;
  userAgent: string | null;
  signedSha256: string;
}

export interface CertificateEvent {
  kind: string;
  who: string;
  at: Date;
  ip: string | null;
  userAgent: string | null;
}

export interface CertificateFacts {
  envelopeId: string;
  title: string;
  accountName: string;
  originalSha256: string;
  sentBy: string;
  sentAt: Date;
  completedAt: Date;
  signers: FinalSigner[];
  events: CertificateEvent[];
}

const iso = (date: Date) => date.toISOString().replace('.000Z', 'Z');

/** The date a date field shows: the signer's signing day, UTC. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

function pngBytes(dataUrl: string) {
  return Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
}

async function drawField(doc: PDFDocument, page: PDFPage, field: FinalField, signer: FinalSigner, fonts: Fonts) {
  const box = fieldRect(field, page.getSize());
  const text = (value: string, font: PDFFont) => {
    const safe = winAnsiSafe(value);
    const size = fitFontSize(font.widthOfTextAtSize(safe, 1), box);
    page.drawText(safe, { x: box.x + 2, y: box.y + (box.height - size * 0.7) / 2, size, font, color: INK });
  };
  if (field.kind === 'signature' && signer.signatureKind === 'drawn') {
    const image = await doc.embedPng(pngBytes(signer.signatureValue));
    const scale = Math.min(box.width / image.width, box.height / image.height);
    page.drawImage(image, { x: box.x, y: box.y, width: image.width * scale, height: image.height * scale });
  } else if (field.kind === 'signature') text(signer.signatureValue, fonts.script);
  else if (field.kind === 'initials') text(field.value || initialsOf(signer.name), fonts.script);
  else if (field.kind === 'date') text(dayOf(signer.signedAt), fonts.regular);
  else if (field.kind === 'checkbox') {
    if (field.value === 'true') text('X', fonts.bold);
  } else if (field.value) text(field.value, fonts.regular);
}

const INK = rgb(0.05, 0.1, 0.35);
type Fonts = Record<'regular' | 'bold' | 'script', PDFFont>;

/**
 * Draws every signer's values into their fields (the flattened copy: plain page content, no form fields left to
 * edit). Returns the bytes of the signed pages alone, before the certificate, so their SHA-256 can be printed on it.
 */
export async function flattenFields(original: Uint8Array, fields: FinalField[], signers: FinalSigner[]) {
  const doc = await PDFDocument.load(original, { updateMetadata: false });
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    script: await doc.embedFont(StandardFonts.TimesRomanItalic),
  };
  const pages = doc.getPages();
  const byId = new Map(signers.map((signer) => [signer.id, signer]));
  for (const field of fields) {
    const page = pages[field.page - 1];
    const signer = byId.get(field.signerId);
    if (page && signer) await drawField(doc, page, field, signer, fonts);
  }
  // Any AcroForm the original carried is flattened too, so nothing stays editable.
  doc.getForm().flatten();
  return doc.save({ useObjectStreams: false });
}

/** Appends the audit certificate: who signed, when, from where, and the SHA-256 before and after signing. */
export async function appendCertificate(flattened: Uint8Array, facts: CertificateFacts) {
  const doc = await PDFDocument.load(flattened, { updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  const [width, height, margin] = [595.28, 841.89, 48];
  let page = doc.addPage([width, height]);
  let y = height - margin;
  const line = (text: string, font = regular, size = 9, indent = 0) => {
    for (const part of wrapText(winAnsiSafe(text), width - 2 * margin - indent, (s) =>
      font.widthOfTextAtSize(s, size),
    )) {
      if (y < margin) {
        page = doc.addPage([width, height]);
        y = height - margin;
      }
      page.drawText(part, { x: margin + indent, y, size, font });
      y -= size + 4;
    }
  };
  line('Certificate of completion', bold, 18);
  y -= 6;
  line(`Document: ${facts.title}`, bold, 11);
  line(`Account: ${facts.accountName}`);
  line(`Envelope: ${facts.envelopeId}`);
  line(`Sent by ${facts.sentBy} at ${iso(facts.sentAt)}; completed at ${iso(facts.completedAt)} (UTC).`);
  y -= 6;
  line('SHA-256 of the document sent for signature (before):', bold);
  line(facts.originalSha256, mono, 9, 8);
  line('SHA-256 of the signed pages, before this certificate (after):', bold);
  line(sha256Hex(flattened), mono, 9, 8);
  y -= 8;
  line('Signers', bold, 12);
  for (const signer of facts.signers) {
    y -= 4;
    line(`${signer.name} <${signer.email}> (${signer.side === 'firm' ? 'firm' : 'client'})`, bold, 10);
    line(`Consented to sign electronically: ${iso(signer.consentedAt)}`, regular, 9, 8);
    line(`Signed: ${iso(signer.signedAt)} (${signer.signatureKind} signature)`, regular, 9, 8);
    line(`Signed the document with SHA-256 ${signer.signedSha256}`, regular, 9, 8);
    line(`IP: ${signer.ip ?? 'unknown'}`, regular, 9, 8);
    line(`User agent: ${signer.userAgent ?? 'unknown'}`, regular, 9, 8);
  }
  y -= 8;
  line('Events', bold, 12);
  for (const event of facts.events)
    line(`${iso(event.at)}  ${event.kind}  ${event.who}  IP ${event.ip ?? '-'}  ${event.userAgent ?? ''}`, regular, 8);
  y -= 8;
  line(
    "This is a simple electronic signature (ESIGN, eIDAS SES). The file is sealed with the portal's certificate: " +
      'a PDF reader shows whether it changed after sealing.',
    regular,
    8,
  );
  return doc.save({ useObjectStreams: false });
}
