import { useState, type FormEvent } from 'react';
import type { Envelope } from '../../../contract/index.ts';
import { api, errorMessage } from '../../api/client.ts';
import { formatDateTime, t } from '../../i18n/index.ts';
import { Badge } from '../../ui/common.tsx';
import { TextField } from '../../ui/Field.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { PdfPages } from './PdfPages.tsx';
import { SignPanel } from './SignPanel.tsx';

const TONE = {
  sent: 'warning',
  completed: 'success',
  declined: 'warning',
  voided: 'neutral',
  expired: 'neutral',
} as const;

export function EnvelopeStatus({ envelope }: { envelope: Envelope }) {
  return <Badge tone={TONE[envelope.status]}>{t(`signatures.status.${envelope.status}`)}</Badge>;
}

const base = (envelope: Envelope) => `/api/v1/signature-envelopes/${envelope.id}`;

/** The fields on a page: the signer's own highlighted, where they will be signed. */
function FieldsOverlay({ envelope, page, ownId }: { envelope: Envelope; page: number; ownId: string | null }) {
  return (
    <>
      {envelope.fields
        .filter((field) => field.page === page)
        .map((field) => (
          <span
            key={field.id}
            className={field.signerId === ownId ? 'pdf-field pdf-field--own' : 'pdf-field'}
            style={{
              left: `${field.x * 100}%`,
              top: `${field.y * 100}%`,
              width: `${field.width * 100}%`,
              height: `${field.height * 100}%`,
            }}
            title={t(`signatures.field.${field.kind}`)}
          >
            {field.signerId === ownId ? t(`signatures.field.${field.kind}`) : null}
          </span>
        ))}
    </>
  );
}

function Signers({ envelope }: { envelope: Envelope }) {
  return (
    <ol className="signers">
      {envelope.signers.map((signer) => (
        <li key={signer.id}>
          <strong>{signer.side === 'firm' ? t('signatures.signer.firm', { name: signer.name }) : signer.name}</strong>{' '}
          <span className="muted">
            {signer.status === 'signed'
              ? t('signatures.signer.signed', { when: formatDateTime(signer.signedAt!) })
              : signer.status === 'declined'
                ? t('signatures.signer.declined', { reason: signer.declineReason ?? '' })
                : t('signatures.signer.waiting')}
          </span>{' '}
          {signer.awaiting ? <Badge tone="warning">{t('signatures.signer.turn')}</Badge> : null}
        </li>
      ))}
    </ol>
  );
}

function Trail({ envelope, staff }: { envelope: Envelope; staff: boolean }) {
  return (
    <details className="card">
      <summary>{t('signatures.trail')}</summary>
      <div className="table-wrap">
        <table className="table">
          <caption className="sr-only">{t('signatures.trail.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signatures.trail.when')}</th>
              <th scope="col">{t('signatures.trail.what')}</th>
              <th scope="col">{t('signatures.trail.who')}</th>
              {staff ? <th scope="col">{t('signatures.trail.from')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {envelope.events.map((event, index) => (
              <tr key={index}>
                <td>{formatDateTime(event.occurredAt)}</td>
                <td>
                  {t(`signatures.event.${event.kind}` as 'signatures.event.sent')}
                  {event.detail ? <span className="muted"> — {event.detail}</span> : null}
                </td>
                <td>{event.actorName ?? '—'}</td>
                {staff ? (
                  <td className="trail-origin">
                    {event.ip ?? '—'} <span className="muted">{event.userAgent ?? ''}</span>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function Completed({ envelope }: { envelope: Envelope }) {
  const [check, setCheck] = useState<boolean | null>(null);
  const verify = async () =>
    setCheck(
      (await api<{ valid: boolean; matchesRecord: boolean }>(`/signature-envelopes/${envelope.id}/verification`)).valid,
    );
  return (
    <section className="card stack">
      <p>
        <a className="btn" href={`${base(envelope)}/signed.pdf`} download>
          {t('signatures.completed.download')}
        </a>
      </p>
      <p className="muted hash">{t('signatures.completed.sha', { hash: envelope.completedSha256 ?? '' })}</p>
      <p className="muted">{t('signatures.completed.filed')}</p>
      <div>
        <button type="button" className="btn btn--secondary" onClick={() => void verify()}>
          {t('signatures.completed.verify')}
        </button>
      </div>
      {check !== null ? (
        <p role="status">{check ? t('signatures.completed.valid') : t('signatures.completed.invalid')}</p>
      ) : null}
    </section>
  );
}

function StaffActions({ envelope, onChange }: { envelope: Envelope; onChange: (next: Envelope) => void }) {
  const toast = useToast();
  const [reason, setReason] = useState('');
  async function act(path: 'void' | 'reminders', event?: FormEvent) {
    event?.preventDefault();
    try {
      onChange(
        await api<Envelope>(`/signature-envelopes/${envelope.id}/${path}`, {
          method: 'POST',
          ...(path === 'void' ? { body: { reason } } : {}),
        }),
      );
      toast(t(path === 'void' ? 'signatures.void.done' : 'signatures.remind.done'));
    } catch (error) {
      toast(errorMessage(error), 'error');
    }
  }
  if (!envelope.abilities.void && !envelope.abilities.remind) return null;
  return (
    <section className="card stack">
      {envelope.abilities.remind ? (
        <div>
          <button type="button" className="btn btn--secondary" onClick={() => void act('reminders')}>
            {t('signatures.remind.submit')}
          </button>
        </div>
      ) : null}
      {envelope.abilities.void ? (
        <form className="form-row" onSubmit={(event) => void act('void', event)}>
          <TextField
            label={t('signatures.void.reason')}
            name="voidReason"
            value={reason}
            maxLength={1000}
            onChange={(event) => setReason(event.target.value)}
          />
          <button type="submit" className="btn btn--danger" disabled={!reason.trim()}>
            {t('signatures.void.submit')}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** One envelope: the document's pages with the fields, who signs, the signing form when it is the viewer's turn. */
export function EnvelopeView({
  envelope,
  onChange,
  staff,
  userId,
}: {
  envelope: Envelope;
  onChange: (next: Envelope) => void;
  staff: boolean;
  userId: string;
}) {
  const own = envelope.signers.find((signer) => signer.userId === userId) ?? null;
  // Once complete, the pages shown are the signed copy (signatures drawn in, certificate page last).
  const completed = envelope.status === 'completed' && envelope.abilities.download;
  const waitingForOthers = own?.status === 'waiting' && !own.awaiting && envelope.status === 'sent';
  return (
    <div className="envelope stack">
      <div className="envelope__meta">
        <EnvelopeStatus envelope={envelope} />
        {envelope.expiresAt && envelope.status === 'sent' ? (
          <span className="muted">{t('signatures.expires', { when: formatDateTime(envelope.expiresAt) })}</span>
        ) : null}
        {envelope.voidReason ? <span>{t('signatures.voidReason', { reason: envelope.voidReason })}</span> : null}
      </div>
      {envelope.message ? <p>{envelope.message}</p> : null}
      <Signers envelope={envelope} />
      {envelope.status === 'completed' ? <Completed envelope={envelope} /> : null}
      {staff ? <StaffActions envelope={envelope} onChange={onChange} /> : null}
      {waitingForOthers ? <p className="muted">{t('signatures.sign.waitTurn')}</p> : null}
      <div className={envelope.abilities.sign ? 'envelope__body' : 'envelope__body envelope__body--single'}>
        <section className="envelope__document" aria-label={t('signatures.document')}>
          {completed ? (
            <PdfPages url={`${base(envelope)}/signed.pdf`} />
          ) : (
            <PdfPages
              url={`${base(envelope)}/document.pdf`}
              overlay={(page) => (
                <FieldsOverlay envelope={envelope} page={page} ownId={own?.status === 'waiting' ? own.id : null} />
              )}
            />
          )}
          {completed ? null : (
            <p>
              <a href={`${base(envelope)}/document.pdf`} download>
                {t('signatures.downloadOriginal')}
              </a>
            </p>
          )}
        </section>
        {envelope.abilities.sign ? <SignPanel envelope={envelope} onChange={onChange} /> : null}
      </div>
      <Trail envelope={envelope} staff={staff} />
      <p className="muted small">{t('signatures.ses')}</p>
    </div>
  );
}
