import PDFDocument from 'pdfkit';
import type { Statement } from '../../../contract/index.ts';
import { displayMoney } from '../../../contract/index.ts';
import { t } from '../../i18n/index.ts';
import { drawLogo } from './pdf.ts';

/**
 * A statement of account as PDF (pdfkit, standard fonts, like the documents' PDFs): per currency, the opening
 * balance, each entry with the running balance, and the closing balance. Rendered on request from the same figures
 * as the JSON; nothing is stored.
 */
export function renderStatementPdf(
  statement: Statement,
  issuer: { name: string; color: string; logo?: Buffer | null },
  locale: string,
  createdAt: Date,
): Promise<Buffer> {
  const label = (key: Parameters<typeof t>[0], vars: Record<string, string> = {}) => t(key, vars, locale);
  const date = (value: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: label('billing.statement.title'), Author: issuer.name, CreationDate: createdAt },
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
  pdf.fontSize(16).fillColor(color).text(label('billing.statement.title'), 50, 75);
  pdf.fillColor('#111111').font('Helvetica').fontSize(10);
  pdf.text(statement.accountName, 50, 100);
  pdf.text(
    statement.from
      ? label('billing.statement.period', { from: date(statement.from), to: date(statement.to) })
      : label('billing.statement.until', { to: date(statement.to) }),
    50,
  );
  let y = pdf.y + 20;
  const columns = [50, 130, 330, 400, 470] as const;
  const row = (cells: string[], bold = false) => {
    if (y > 760) {
      pdf.addPage();
      y = 50;
    }
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    pdf.text(cells[0] ?? '', columns[0], y, { width: 75 });
    pdf.text(cells[1] ?? '', columns[1], y, { width: 195 });
    const top = pdf.y;
    pdf.text(cells[2] ?? '', columns[2], y, { width: 65, align: 'right' });
    pdf.text(cells[3] ?? '', columns[3], y, { width: 65, align: 'right' });
    pdf.text(cells[4] ?? '', columns[4], y, { width: 75, align: 'right' });
    y = Math.max(top, pdf.y) + 6;
  };
  for (const part of statement.currencies) {
    const money = (amount: number) => displayMoney(amount, part.currency, locale);
    row(
      [
        label('billing.statement.date'),
        part.currency,
        label('billing.statement.debit'),
        label('billing.statement.credit'),
        label('billing.statement.balance'),
      ],
      true,
    );
    row(['', label('billing.statement.opening'), '', '', money(part.opening.amount)]);
    for (const entry of part.entries)
      row([
        date(entry.date),
        t(`billing.statement.${entry.type}`, { number: entry.number ?? '' }, locale) +
          (entry.reference ? ` · ${entry.reference}` : ''),
        entry.debit.amount ? money(entry.debit.amount) : '',
        entry.credit.amount ? money(entry.credit.amount) : '',
        money(entry.balance.amount),
      ]);
    row(['', label('billing.statement.closing'), '', '', money(part.closing.amount)], true);
    y += 14;
  }
  pdf.end();
  return done;
}
