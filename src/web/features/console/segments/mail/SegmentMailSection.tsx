import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { SegmentSender, SenderDns, UpdateSegmentSender } from '../../../../../contract/index.ts';
import { api } from '../../../../api/client.ts';
import { useResource, useSubmit } from '../../../../api/hooks.ts';
import { formatDateTime, t } from '../../../../i18n/index.ts';
import { TextField } from '../../../../ui/Field.tsx';
import { FormAlert } from '../../../../ui/FormAlert.tsx';
import { ErrorState, Loading } from '../../../../ui/common.tsx';
import { useToast } from '../../../../ui/Toast.tsx';

function SenderForm({ sender, onSaved }: { sender: SegmentSender; onSaved: (next: SegmentSender) => void }) {
  const submission = useSubmit();
  const toast = useToast();
  const [fromName, setFromName] = useState(sender.fromName ?? '');
  const [fromAddress, setFromAddress] = useState(sender.fromAddress ?? '');
  const readOnly = !sender.abilities.update;
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Empty fields are sent as null: the portal's own sender.
    const body: UpdateSegmentSender = { fromName: fromName.trim() || null, fromAddress: fromAddress.trim() || null };
    await submission.run(async () => {
      onSaved(
        await api<SegmentSender>(`/segments/${sender.segmentId}/mail-sender`, {
          method: 'PUT',
          body,
          ifMatch: sender.version,
        }),
      );
      toast(t('mailSender.saved'));
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack form-narrow" aria-labelledby="segment-sender-heading">
      <h2 id="segment-sender-heading">{t('mailSender.title')}</h2>
      <p className="muted">{t('mailSender.intro')}</p>
      {readOnly ? <p className="muted">{t('mailSender.readOnly')}</p> : null}
      <FormAlert error={submission.error} fields={['fromName', 'fromAddress']} />
      <fieldset disabled={readOnly} className="plain">
        <div className="stack">
          <TextField
            label={t('mailSender.field.fromName')}
            name="fromName"
            autoComplete="off"
            value={fromName}
            onChange={(event) => setFromName(event.target.value)}
            error={submission.error}
          />
          <TextField
            label={t('mailSender.field.fromAddress')}
            name="fromAddress"
            type="email"
            autoComplete="off"
            spellCheck={false}
            value={fromAddress}
            onChange={(event) => setFromAddress(event.target.value)}
            error={submission.error}
          />
          <p className="muted" data-testid="sender-effective">
            {t('mailSender.effective', { from: sender.effectiveFrom })}
          </p>
          {readOnly ? null : (
            <div>
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('mailSender.save')}
              </button>
            </div>
          )}
        </div>
      </fieldset>
    </form>
  );
}

/** The records to publish for the sending domain, and what DNS answers for them when asked. */
function DnsRecords({ segmentId, version }: { segmentId: string; version: number }) {
  const [check, setCheck] = useState(0);
  const resource = useResource<SenderDns>(`/segments/${segmentId}/mail-sender/dns`, {
    check: check > 0 ? 'true' : 'false',
    v: `${version}-${check}`,
  });
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  const dns = resource.data;
  if (!dns.domain) return <p className="muted">{t('mailDns.none')}</p>;
  return (
    <div className="stack" data-testid="mail-dns">
      <h3>{t('mailDns.title', { domain: dns.domain })}</h3>
      <p className="muted">{t('mailDns.intro')}</p>
      {dns.dnsReachable === false ? (
        <p className="field-warning" role="status">
          {t('mailDns.unreachable')}
        </p>
      ) : null}
      {/* A list, not a table: a DKIM key is 400 characters and must wrap on a phone. */}
      <ul className="mail-dns-records">
        {dns.records.map((record) => (
          <li key={record.kind} className="mail-dns-record">
            <p className="mail-dns-record__head">
              <strong>{t(`mailDns.kind.${record.kind}`)}</strong>
              {/* The DNS record type is a protocol word, the same in every language. */}
              {' TXT · '}
              <span data-testid={`dns-status-${record.kind}`}>{t(`mailDns.status.${record.status}`)}</span>
            </p>
            <dl>
              <dt>{t('mailDns.column.name')}</dt>
              <dd>
                <code>{record.name}</code>
              </dd>
              <dt>{t('mailDns.column.value')}</dt>
              <dd>
                <code>{record.value}</code>
              </dd>
            </dl>
          </li>
        ))}
      </ul>
      {dns.checkedAt ? (
        <p className="muted">{t('mailDns.checkedAt', { time: formatDateTime(dns.checkedAt) })}</p>
      ) : null}
      <div>
        <button type="button" className="btn btn--secondary" onClick={() => setCheck((n) => n + 1)}>
          {t('mailDns.check')}
        </button>
      </div>
    </div>
  );
}

/** A segment's sender, its sending domain's DNS records, and the way to its editable emails. */
export function SegmentMailSection({ segmentId }: { segmentId: string }) {
  const resource = useResource<SegmentSender>(`/segments/${segmentId}/mail-sender`);
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  if (!resource.data) return <Loading />;
  return (
    <section className="panel stack">
      <SenderForm
        key={JSON.stringify(resource.data)}
        sender={resource.data}
        onSaved={(next) => resource.setData(next)}
      />
      <DnsRecords segmentId={segmentId} version={resource.data.version} />
      <p>
        <Link to={`/console/segments/${segmentId}/emails`}>{t('mailSender.templates')}</Link>
      </p>
    </section>
  );
}
