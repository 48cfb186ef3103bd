import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { Envelope } from '../../../contract/index.ts';
import { usePagedList, useResource } from '../../api/hooks.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { useMe } from '../../session/SessionProvider.tsx';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { SelectField } from '../../ui/Field.tsx';
import { PagedTable } from '../../ui/PagedTable.tsx';
import { CertificateExpiryNotice } from './CertificateExpiry.tsx';
import { CertificatePage } from './CertificatePage.tsx';
import { EnvelopeStatus, EnvelopeView } from './EnvelopeView.tsx';
import { SendEnvelopePage } from './SendEnvelopePage.tsx';

const waitingOn = (envelope: Envelope) =>
  envelope.signers
    .filter((signer) => signer.awaiting)
    .map((signer) => signer.name)
    .join(', ') || '—';

function EnvelopeTable({ console, status }: { console: boolean; status: string }) {
  const list = usePagedList<Envelope>('/signature-envelopes', status ? { status } : {});
  const prefix = console ? '/console/signatures' : '/signatures';
  return (
    <PagedTable
      list={list}
      caption={t('signatures.caption')}
      rowKey={(envelope) => envelope.id}
      empty={<p className="muted">{t('signatures.empty')}</p>}
      columns={[
        {
          header: t('signatures.col.title'),
          cell: (envelope) => <Link to={`${prefix}/${envelope.id}`}>{envelope.title}</Link>,
        },
        ...(console
          ? [{ header: t('signatures.col.account'), cell: (envelope: Envelope) => envelope.accountName }]
          : []),
        { header: t('signatures.col.status'), cell: (envelope) => <EnvelopeStatus envelope={envelope} /> },
        { header: t('signatures.col.waitingOn'), cell: waitingOn },
        { header: t('signatures.col.sent'), cell: (envelope) => formatDateTime(envelope.createdAt) },
      ]}
    />
  );
}

function ListPage({ console }: { console: boolean }) {
  usePageTitle(t('signatures.title'));
  const [status, setStatus] = useState(console ? 'sent' : '');
  return (
    <>
      <PageHeader
        title={t('signatures.title')}
        description={t(console ? 'signatures.console.description' : 'signatures.portal.description')}
        actions={
          console ? (
            <>
              <Link className="btn btn--secondary" to="/console/signatures/certificate">
                {t('signatures.certificate.title')}
              </Link>
              <Link className="btn" to="/console/signatures/new">
                {t('signatures.new')}
              </Link>
            </>
          ) : undefined
        }
      />
      {console ? <CertificateExpiryNotice /> : null}
      <div className="form-row">
        <SelectField
          label={t('signatures.filter.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(event.target.value)}
        >
          <option value="">{t('signatures.filter.any')}</option>
          {(['sent', 'completed', 'declined', 'voided', 'expired'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`signatures.status.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <EnvelopeTable console={console} status={status} />
    </>
  );
}

/** One envelope (the emails link here). */
function EnvelopePage({ console }: { console: boolean }) {
  const { envelopeId = '' } = useParams();
  const me = useMe();
  const envelope = useResource<Envelope>(`/signature-envelopes/${envelopeId}`);
  usePageTitle(envelope.data?.title ?? t('signatures.title'));
  if (envelope.error) return <ErrorState error={envelope.error} onRetry={envelope.reload} />;
  if (!envelope.data) return <Loading />;
  return (
    <>
      <PageHeader title={envelope.data.title} description={console ? envelope.data.accountName : undefined} />
      <EnvelopeView envelope={envelope.data} onChange={envelope.setData} staff={console} userId={me.user.id} />
    </>
  );
}

export function PortalSignatures() {
  return (
    <Routes>
      <Route index element={<ListPage console={false} />} />
      <Route path=":envelopeId" element={<EnvelopePage console={false} />} />
    </Routes>
  );
}

export function ConsoleSignatures() {
  return (
    <Routes>
      <Route index element={<ListPage console />} />
      <Route path="new" element={<SendEnvelopePage />} />
      <Route path="certificate" element={<CertificatePage />} />
      <Route path=":envelopeId" element={<EnvelopePage console />} />
    </Routes>
  );
}
