import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { BillingDocument, BillingProfile } from '../../../contract/index.ts';
import { api } from '../../api/client.ts';
import { useResource } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { SelectField } from '../../ui/Field.tsx';
import { PageHeader } from '../../ui/common.tsx';
import { AccountSelect, ProfileMissing } from './AccountPicker.tsx';
import { DocumentForm } from './DocumentForm.tsx';
import { emptyDraft } from './document-draft.ts';

/**
 * A new draft quote or invoice: the account and the type, then the shared editor. Staff type prices in the
 * account's currency; the editor converts them to minor units and the server computes every total.
 */
export function NewDocumentPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [accountId, setAccountId] = useState(params.get('accountId') ?? '');
  const profile = useResource<BillingProfile>(accountId ? `/accounts/${accountId}/billing-profile` : null);
  const [kind, setKind] = useState<'invoice' | 'quote'>('invoice');
  const currency = profile.data?.configured ? profile.data.currency : null;

  return (
    <>
      <PageHeader title={t('billing.new.title')} />
      <DocumentForm
        kind={kind}
        currency={currency}
        initial={emptyDraft()}
        submitLabel={t('billing.new.create')}
        creating
        onSave={async (body) => {
          const created = await api<BillingDocument>(`/accounts/${accountId}/billing-documents`, {
            method: 'POST',
            idempotencyKey: true,
            body: { kind, ...body },
          });
          navigate(`/console/billing/${created.id}`);
        }}
        before={
          <>
            <AccountSelect
              label={t('billing.new.account')}
              value={accountId}
              onChange={setAccountId}
              emptyLabel={t('billing.new.chooseAccount')}
              required
            />
            <ProfileMissing accountId={accountId} profile={profile.data} />
            <SelectField
              label={t('billing.new.kind')}
              name="kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as 'invoice' | 'quote')}
            >
              <option value="invoice">{t('billing.kind.invoice')}</option>
              <option value="quote">{t('billing.kind.quote')}</option>
            </SelectField>
          </>
        }
      />
    </>
  );
}
