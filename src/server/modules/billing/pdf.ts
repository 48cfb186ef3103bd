import PDFDocument from 'pdfkit';
import { displayMoney, QUANTITY_SCALE } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import type { DocumentRow, LineRow } from './repository-documents.ts';

/*
 * The PDF of a quote, invoice or credit note, rendered on the server with pdfkit (pure JavaScript: a fresh install
 * with only Node renders it, no browser). Standard fonts only (Helvetica), so no font file has to ship. Numbers
 * and dates follow the document's language through Intl.
 */

export interface PdfInput {
  document: DocumentRow;
  lines: LineRow[];
  /** The logo is the segment's PNG or JPEG (modules/branding), drawn at the top right; null: none. */
  issuer: { name: string; color: string; logo?: Buffer | null };
  billTo: { legalName: string; address: string; taxId: string };
  payUrl: string;
  /** An accepted quote as agreed: `lines` are the chosen ones, and the acceptance is printed under the totals. */
  accepted?: { name: string; at: Date } | null;
}

const TITLE = {
  invoice: 'billing.pdf.invoice',
  quote: 'billing.pdf.quote',
  credit_note: 'billing.pdf.creditNote',
} as const;

/** The issuer's logo at the top right, at most 140 x 40 points; an image pdfkit cannot read is left out. */
export function drawLogo(pdf: PDFKit.PDFDocument, logo: Buffer | null | undefined) {
  if (!logo) return;
  try {
    pdf.image(logo, pdf.page.width - 50 - 140, 20, { fit: [140, 40], align: 'right' });
  } catch {
    // A damaged image must not cost the document.
  }
}

export function renderDocumentPdf(input: PdfInput, createdAt: Date): Promise<Buffer> {
  const { document: doc, lines, issuer, billTo } = input;
  const locale = doc.language;
  const amount = (value: number) => displayMoney(value, doc.currency, locale);
  const date = (value: string | null) =>
    value
      ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`))
      : '—';
  const label = (key: Parameters<typeof t>[0]) => t(key, {}, locale);
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    // A fixed creation date (the send time): the same document renders to the same bytes.
    info: {
      Title: `${label(TITLE[doc.kind])} ${doc.number ?? ''}`.trim(),
      Author: issuer.name,
      CreationDate: createdAt,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const color = /^#[0-9a-f]{6}$/i.test(issuer.color) ? issuer.color : '#1f4e79';
  pdf.rect(0, 0, pdf.page.width, 8).fill(color);
  drawLogo(pdf, issuer.logo);
  pdf.fillColor('#111111').font('Helvetica-Bold').fontSize(18).text(issuer.name, 50, 40);
  pdf
    .font('Helvetica-Bold')
    .fontSize(16)
    .fillColor(color)
    .text(`${label(TITLE[doc.kind])} ${doc.number ?? label('billing.pdf.draft')}`, 50, 75);
  pdf.fillColor('#111111').font('Helvetica').fontSize(10);
  pdf.text(`${label('billing.pdf.issued')}: ${date(doc.issue_date)}`, 350, 78);
  if (doc.kind === 'invoice') pdf.text(`${label('billing.pdf.due')}: ${date(doc.due_date)}`, 350, 92);
  if (doc.kind === 'quote' && doc.valid_until)
    pdf.text(`${label('billing.pdf.validUntil')}: ${date(doc.valid_until)}`, 350, 92);
  // A credit note names the invoice it credits; an invoice the quote it was made from or the voided one it replaces.
  if (doc.related_number)
    pdf.text(
      t(
        doc.kind === 'credit_note'
          ? 'billing.pdf.credits'
          : doc.related_kind === 'quote'
            ? 'billing.pdf.fromQuote'
            : 'billing.pdf.replaces',
        { number: doc.related_number },
        locale,
      ),
      350,
      106,
    );

  pdf.font('Helvetica-Bold').text(label('billing.pdf.billTo'), 50, 120);
  pdf.font('Helvetica').text(billTo.legalName, 50, 134);
  if (billTo.address) pdf.text(billTo.address, 50);
  if (billTo.taxId) pdf.text(`${label('billing.pdf.taxId')}: ${billTo.taxId}`, 50);

  // A quote's cover note opens it, above the lines; pdfkit flows a long one onto the next page (plain text: any
  // markup in it is printed as typed).
  const firstPage = pdf.page;
  if (doc.kind === 'quote' && doc.cover_note) pdf.text(doc.cover_note, 50, Math.max(pdf.y + 20, 180), { width: 495 });

  // Line items: description, quantity, unit price, amount (net of discounts, before tax).
  let y = Math.max(pdf.y + 20, pdf.page === firstPage ? 200 : 50);
  const columns = [50, 320, 390, 470] as const;
  pdf.font('Helvetica-Bold');
  pdf.text(label('billing.pdf.description'), columns[0], y);
  pdf.text(label('billing.pdf.quantity'), columns[1], y, { width: 60, align: 'right' });
  pdf.text(label('billing.pdf.unitPrice'), columns[2], y, { width: 70, align: 'right' });
  pdf.text(label('billing.pdf.amount'), columns[3], y, { width: 75, align: 'right' });
  y += 16;
  pdf.moveTo(50, y).lineTo(545, y).strokeColor('#cccccc').stroke();
  y += 6;
  pdf.font('Helvetica');
  const quantity = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  // Before acceptance a quote's optional lines say so, and whether they are in the total now (an accepted quote's
  // PDF has only the lines chosen, as plain lines).
  const marked = !input.accepted && lines.some((line) => line.optional);
  for (const line of lines) {
    if (y > 720) {
      pdf.addPage();
      y = 50;
    }
    const out = marked && !line.selected;
    pdf.fillColor(out ? '#666666' : '#111111');
    pdf.text(line.description, columns[0], y, { width: 260 });
    if (marked && line.optional)
      pdf
        .font('Helvetica-Oblique')
        .fontSize(8)
        .text(
          label(line.selected ? 'billing.pdf.optionalIncluded' : 'billing.pdf.optionalExcluded'),
          columns[0],
          pdf.y,
          {
            width: 260,
          },
        )
        .font('Helvetica')
        .fontSize(10);
    const rowBottom = pdf.y;
    pdf.text(quantity.format(line.quantity / QUANTITY_SCALE), columns[1], y, { width: 60, align: 'right' });
    pdf.text(amount(line.unit_price), columns[2], y, { width: 70, align: 'right' });
    pdf.text(amount(line.gross - line.discount_total), columns[3], y, { width: 75, align: 'right' });
    y = Math.max(rowBottom, pdf.y) + 6;
  }
  pdf.fillColor('#111111');
  pdf.moveTo(50, y).lineTo(545, y).strokeColor('#cccccc').stroke();
  y += 10;

  const totalRow = (text: string, value: string, bold = false) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    pdf.text(text, 330, y, { width: 130, align: 'right' });
    pdf.text(value, 470, y, { width: 75, align: 'right' });
    y += 16;
  };
  totalRow(label('billing.pdf.subtotal'), amount(doc.subtotal));
  if (doc.discount_total) totalRow(label('billing.pdf.discount'), amount(-doc.discount_total));
  for (const tax of doc.taxes)
    totalRow(`${tax.name} (${new Intl.NumberFormat(locale).format(tax.rate / 10_000)} %)`, amount(tax.amount));
  totalRow(label('billing.pdf.total'), amount(doc.total), true);
  if (doc.amount_paid) {
    totalRow(label('billing.pdf.paid'), amount(doc.amount_paid));
    totalRow(label('billing.pdf.balance'), amount(doc.total - doc.amount_paid), true);
  }

  y += 10;
  pdf.font('Helvetica').fontSize(10);
  if (marked) {
    pdf.text(label('billing.pdf.optionalHint'), 50, y, { width: 495 });
    y = pdf.y + 8;
  }
  if (input.accepted) {
    const when = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });
    pdf
      .font('Helvetica-Bold')
      .text(
        t(
          'billing.pdf.acceptedBy',
          { name: input.accepted.name, date: `${when.format(input.accepted.at)} UTC` },
          locale,
        ),
        50,
        y,
        {
          width: 495,
        },
      )
      .font('Helvetica');
    y = pdf.y + 8;
  }
  if (doc.notes) pdf.text(doc.notes, 50, y, { width: 495 });
  // The terms after the notes (on an accepted quote's PDF: the terms accepted). Long terms flow onto new pages.
  if (doc.terms) {
    pdf
      .moveDown()
      .font('Helvetica-Bold')
      .text(label('billing.pdf.terms'), 50, doc.notes ? undefined : y, { width: 495 })
      .font('Helvetica')
      .fontSize(9)
      .text(doc.terms, { width: 495 })
      .fontSize(10);
  }
  if (doc.kind === 'invoice')
    pdf.moveDown().text(`${label('billing.pdf.payOnline')}: ${input.payUrl}`, 50, undefined, {
      link: input.payUrl,
      underline: true,
    });
  pdf.end();
  return done;
}
