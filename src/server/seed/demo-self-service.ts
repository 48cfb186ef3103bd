import type { AppContext } from '../platform/context.ts';
import type { Queryable } from '../platform/db/index.ts';
import { newId } from '../platform/ids.ts';
import { insertAccount } from '../modules/accounts/index.ts';
import { seedDemoPolicyholderBilling, seedDemoPremiums } from '../modules/billing/index.ts';
import { seedDemoPolicyDocuments } from '../modules/documents/index.ts';
import { seedDemoClaimDeclaration } from '../modules/forms/index.ts';
import { addMembership } from '../modules/identity/index.ts';
import { seedDemoOrders } from '../modules/orders/index.ts';
import { seedDemoReturns } from '../modules/returns/index.ts';
import { insertSegment } from '../modules/segments/index.ts';
import { seedDemoClaims, type DemoPolicyholder } from '../modules/tickets/index.ts';

type Person = (name: string, email: string) => Promise<string>;

/** The policyholder the README lists: her account has the policy documents and the billing profile. */
export const POLICYHOLDER_EMAIL = 'paula.price@policyholders.example';

const POLICYHOLDERS = [
  ['Paula Price', POLICYHOLDER_EMAIL, 'HOM-204817', 'home and contents insurance'],
  ['Rafael Reyes', 'rafael.reyes@policyholders.example', 'CAR-118240', 'comprehensive car insurance'],
  ['Sunita Shah', 'sunita.shah@policyholders.example', 'TRV-330912', 'annual travel insurance'],
] as const;

/**
 * The shop side of the Customers segment: delivered orders for three customers (never Dana or Eli, whose orders the
 * tests make) and returns on five of them, one in each state a return reaches.
 */
export async function seedDemoShop(
  ctx: AppContext,
  tx: Queryable,
  customers: { accountId: string; userId: string }[],
  staffId: string,
) {
  const shoppers = customers.slice(2, 5);
  const orders = await seedDemoOrders(
    ctx,
    tx,
    shoppers.map((shopper) => shopper.accountId),
    ctx.clock.now(),
  );
  await seedDemoReturns(tx, orders, {
    staffId,
    requesterOf: (accountId) => shoppers.find((shopper) => shopper.accountId === accountId)!.userId,
  });
}

/**
 * The insurance recipe (docs/recipes/insurance-portal.md) as a second self-service segment, by configuration only:
 * its own modules and branding, claim fields on its tickets, policy documents and a billing profile per
 * policyholder; claims filed as tickets, Paula's premium invoices (numbered after every other demo document: this
 * runs last) and a claim declaration form requested from her.
 */
export async function seedDemoPolicyholders(ctx: AppContext, tx: Queryable, person: Person, staffId: string) {
  const segmentId = newId();
  await insertSegment(tx, segmentId, {
    name: 'Policyholders',
    kind: 'self_service',
    modules: ['knowledge_base', 'tickets', 'documents', 'forms', 'billing'],
    signInMethods: ['password', 'magic_link'],
    requireTwoFactor: false,
  });
  await tx.query(
    `INSERT INTO segment_branding (segment_id, name, primary_color, accent_color, help_title, support_email)
     VALUES ($1, 'Northwind Insurance Services', '#2e6b4f', '#b5651d', 'Policyholder help', 'claims@northwind.example')`,
    [segmentId],
  );
  const fields = { policyNumber: newId(), dateOfLoss: newId(), claimType: newId() };
  await tx.query(
    `INSERT INTO ticket_fields (id, segment_id, label, type, options, required, customer_visible, position) VALUES
       ($1, $4, 'Policy number', 'text', '{}', true, true, 0),
       ($2, $4, 'Date of loss', 'date', '{}', false, true, 1),
       ($3, $4, 'Claim type', 'select', ARRAY['Theft', 'Water damage', 'Accident', 'Other'], false, true, 2)`,
    [fields.policyNumber, fields.dateOfLoss, fields.claimType, segmentId],
  );
  const policyholders: DemoPolicyholder[] = [];
  for (const [name, email, policyNumber, cover] of POLICYHOLDERS) {
    const accountId = newId();
    await insertAccount(tx, { id: accountId, name, segmentId });
    const userId = await person(name, email);
    await addMembership(tx, accountId, userId, 'account_admin');
    await seedDemoPolicyDocuments(ctx, tx, accountId, staffId, { number: policyNumber, holder: name, cover });
    await seedDemoPolicyholderBilling(ctx, tx, accountId, name);
    policyholders.push({ accountId, userId, policyNumber });
  }
  const [paula] = POLICYHOLDERS;
  await seedDemoPremiums(ctx, tx, {
    accountId: policyholders[0]!.accountId,
    staffId,
    policyNumber: paula[2],
    cover: paula[3],
  });
  await seedDemoClaims(ctx, tx, { segmentId, fields, policyholders, handlerId: staffId });
  await seedDemoClaimDeclaration(tx, { accountId: policyholders[0]!.accountId, staffId, now: ctx.clock.now() });
}
