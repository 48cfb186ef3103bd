import { FormDefinition } from '../../../contract/index.ts';
import type { Queryable } from '../../platform/db/index.ts';
import { newId } from '../../platform/ids.ts';
import { insertForm, insertVersion } from './repository-forms.ts';
import { assignFormInTransaction } from './use-cases/assignments.ts';

/** Parsed, so the builder's defaults (not required, lengths) are filled in as the console would. */
const claimDeclaration = () =>
  FormDefinition.parse({
    fields: [
      { type: 'text', key: 'policy_number', label: 'Policy number', required: true, maxLength: 40 },
      { type: 'date', key: 'date_of_loss', label: 'Date of loss', required: true },
      { type: 'long_text', key: 'what_happened', label: 'What happened?', required: true },
      { type: 'text', key: 'where', label: 'Where did it happen?' },
      { type: 'number', key: 'estimated_amount', label: 'Estimated amount of the loss (EUR)', min: 0 },
      { type: 'yes_no', key: 'police_report', label: 'Did you report it to the police?', required: true },
      {
        type: 'text',
        key: 'police_reference',
        label: 'Police reference',
        showIf: { field: 'police_report', equals: true },
      },
      {
        type: 'file',
        key: 'photos',
        label: 'Photos, receipts and repair quotes',
        help: 'Upload them to your documents first, then choose them here.',
        maxFiles: 10,
      },
      {
        type: 'signature',
        key: 'signature',
        label: 'I declare that these answers are true and complete',
        required: true,
      },
    ],
  });

/**
 * The insurance recipe's claim declaration: a published portal-wide form that claim handlers request from a
 * policyholder once a claim is filed (details, photos, a signature), requested here from the account given, due in
 * two weeks. It opens no ticket: the claim already is one (docs/recipes/insurance-portal.md says why).
 */
export async function seedDemoClaimDeclaration(
  tx: Queryable,
  input: { accountId: string; staffId: string; now: Date },
) {
  const formId = newId();
  const definition = claimDeclaration();
  await insertForm(tx, {
    id: formId,
    name: 'Claim declaration',
    description: 'Tell us about your loss in your own words, add photos and receipts, and sign the declaration.',
    definition,
    publicSlug: null,
    leadSegmentId: null,
    createTicket: false,
    archived: false,
    createdBy: input.staffId,
    now: input.now,
  });
  await insertVersion(tx, {
    id: newId(),
    formId,
    number: 1,
    definition,
    by: input.staffId,
    now: input.now,
  });
  const due = new Date(input.now.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  await assignFormInTransaction(tx, {
    formId,
    accountId: input.accountId,
    dueDate: due,
    assignedBy: input.staffId,
    now: input.now,
  });
}
