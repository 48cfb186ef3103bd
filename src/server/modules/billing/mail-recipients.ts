import type { Queryable } from '../../platform/db/index.ts';
import { chosenLanguageOfAddress } from '../branding/index.ts';
import { findRecipients } from './repository-setup.ts';

/**
 * The account's billing contacts (or its admins) with the language each is mailed in: their own choice when the
 * address is a person of the portal, else the segment's default, else the portal's (`language` from
 * mailBrandingFor). Amounts are formatted in that language too.
 */
export async function billingRecipients(
  db: Queryable,
  accountId: string,
  language: (choice: string | null) => string,
): Promise<{ to: string; locale: string }[]> {
  const recipients: { to: string; locale: string }[] = [];
  // One after the other: `db` may be a transaction's single connection.
  for (const to of await findRecipients(db, accountId))
    recipients.push({ to, locale: language(await chosenLanguageOfAddress(db, to)) });
  return recipients;
}
