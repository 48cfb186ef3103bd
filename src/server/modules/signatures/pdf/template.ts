import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { currencyExponent, type Money } from '../../../../contract/money.ts';
import { winAnsiSafe, wrapText } from './layout.ts';

/** Merge fields of the built-in engagement letter: who, what it costs, from when. */
export interface TemplateMerge {
  title: string;
  firmName: string;
  clientName: string;
  fees: Money;
  date: string;
  body: string;
}

export const DEFAULT_ENGAGEMENT_BODY = [
  'This letter sets out the terms on which {{firm}} will act for {{client}} from {{date}}.',
  'Our fees for the engagement are {{fees}}, invoiced as the work is done and payable within 30 days.',
  'Please read this letter carefully, and sign below to confirm that it reflects your understanding of the terms.',
].join('\n\n');

/** Amount in minor units -> "EUR 1,250.00": plain, locale-free, so the signed text does not vary by server. */
export function formatFees(fees: Money) {
  const exponent = currencyExponent(fees.currency);
  const value = (Math.abs(fees.amount) / 10 ** exponent).toFixed(exponent);
  const [whole, fraction] = value.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fees.amount < 0 ? '-' : ''}${fees.currency} ${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** {{client}}, {{fees}}, {{date}}, {{firm}} replaced; unknown placeholders stay as written. */
export function mergeText(text: string, merge: TemplateMerge) {
  const values: Record<string, string> = {
    client: merge.clientName,
    fees: formatFees(merge.fees),
    date: merge.date,
    firm: merge.firmName,
  };
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** The engagement letter as a one-or-more-page A4 PDF, standard fonts (no font files to ship). */
export async function renderTemplatePdf(merge: TemplateMerge): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(winAnsiSafe(merge.title));
  doc.setProducer('Portico');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [width, height] = [595.28, 841.89];
  const margin = 64;
  let page = doc.addPage([width, height]);
  let y = height - margin;
  page.drawText(winAnsiSafe(merge.firmName), { x: margin, y, size: 11, font: bold, color: rgb(0.3, 0.3, 0.3) });
  y -= 40;
  page.drawText(winAnsiSafe(merge.title), { x: margin, y, size: 20, font: bold });
  y -= 28;
  page.drawText(winAnsiSafe(`${merge.clientName} - ${merge.date}`), { x: margin, y, size: 11, font: regular });
  y -= 36;
  const text = winAnsiSafe(mergeText(merge.body, merge));
  for (const line of wrapText(text, width - 2 * margin, (s) => regular.widthOfTextAtSize(s, 11))) {
    // Leave the foot of the page (below 68% of its height) to the signature fields.
    if (y < height * 0.34) {
      page = doc.addPage([width, height]);
      y = height - margin;
    }
    page.drawText(line, { x: margin, y, size: 11, font: regular });
    y -= 16;
  }
  // The signature area of the last page: where default fields are placed (see defaultFields).
  page.drawText('Signed:', { x: margin, y: height * 0.3 + 6, size: 10, font: regular, color: rgb(0.4, 0.4, 0.4) });
  return doc.save();
}
