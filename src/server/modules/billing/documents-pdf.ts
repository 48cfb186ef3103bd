import { createHash } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { brandingOfAccount, mailBaseFor, pdfLogoOfAccount } from '../branding/index.ts';
import type { DocumentRow } from './repository-documents.ts';
import { listLines } from './repository-documents.ts';
import { findProfile } from './repository-setup.ts';

/** The portal page of a document on its account's segment's portal (configuration only, never request headers). */
export async function documentUrl(ctx: AppContext, db: Queryable, row: { id: string; account_id: string }) {
  return `${await mailBaseFor(ctx, db, { accountId: row.account_id })}/billing/${row.id}`;
}

/**
 * Renders a document already authorized by the caller. The profile is read without a scope ([true, []]) for the
 * same reason: the caller has loaded the document, so its account is one they may see. `acceptedOnly`: an accepted
 * quote as agreed, with the lines chosen and who accepted it (`accepted_name`, `accepted_at`).
 */
export async function renderPdfOf(
  ctx: AppContext,
  db: Queryable,
  row: DocumentRow,
  at: Date,
  options: { acceptedOnly?: boolean } = {},
) {
  // One after the other: `db` may be a transaction's single connection.
  // The account's segment's name and colour (modules/branding), the firm's when it overrides none.
  const branding = await brandingOfAccount(db, row.account_id);
  const all = await listLines(db, row.id);
  const lines = options.acceptedOnly ? all.filter((line) => line.selected) : all;
  const profile = await findProfile(db, row.account_id, [true, []]);
  const logo = await pdfLogoOfAccount(ctx, db, row.account_id);
  // pdfkit (and its fonts) loads at the first PDF, not at every start.
  const { renderDocumentPdf } = await import('./pdf.ts');
  const pdf = await renderDocumentPdf(
    {
      document: row,
      lines,
      issuer: { name: branding.name, color: branding.primaryColor, logo },
      billTo: {
        legalName: profile?.legal_name ?? row.account_name,
        address: profile?.address ?? '',
        taxId: profile?.tax_id ?? '',
      },
      payUrl: await documentUrl(ctx, db, row),
      accepted: options.acceptedOnly && row.accepted_at ? { name: row.accepted_name ?? '', at: row.accepted_at } : null,
    },
    at,
  );
  return { pdf, sha256: createHash('sha256').update(pdf).digest('hex') };
}
