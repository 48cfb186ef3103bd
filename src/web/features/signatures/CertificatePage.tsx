import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { MAX_P12_BYTES, type SigningCertificate } from '../../../contract/index.ts';
import { api, ApiError } from '../../api/client.ts';
import { useResource, useSubmit } from '../../api/hooks.ts';
import { formatDate, formatDateTime, formatNumber, t } from '../../i18n/index.ts';
import { ErrorState, Loading, PageHeader, usePageTitle } from '../../ui/common.tsx';
import { useConfirm } from '../../ui/ConfirmDialog.tsx';
import { TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { useStepUp } from '../me/StepUp.tsx';
import { CertificateExpiryWarning } from './CertificateExpiry.tsx';

/** The file as base64, as the API takes it (a PKCS#12 is a few KiB: one pass is fine). */
async function base64Of(file: File) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function Facts({ certificate }: { certificate: SigningCertificate }) {
  return (
    <dl className="facts">
      <dt>{t('signatures.certificate.subject')}</dt>
      <dd>{certificate.subject}</dd>
      <dt>{t('signatures.certificate.issuer')}</dt>
      <dd>{certificate.selfSigned ? t('signatures.certificate.selfSigned') : certificate.issuer}</dd>
      <dt>{t('signatures.certificate.validity')}</dt>
      <dd>
        {t('signatures.certificate.validRange', {
          from: formatDate(certificate.notBefore),
          to: formatDate(certificate.notAfter),
        })}
      </dd>
      <dt>{t('signatures.certificate.fingerprint')}</dt>
      <dd>
        {/* Breaks only between bytes on a narrow screen; <wbr> is not copied with the text. */}
        <code>
          {certificate.sha256Fingerprint.split(':').map((byte, index) => (
            <span key={index}>
              {index ? ':' : null}
              <wbr />
              {byte}
            </span>
          ))}
        </code>
      </dd>
      <dt>{t('signatures.certificate.origin')}</dt>
      <dd>
        {t(certificate.origin === 'uploaded' ? 'signatures.certificate.uploaded' : 'signatures.certificate.generated')}
        {certificate.replacedAt
          ? ` · ${t('signatures.certificate.replacedAt', { date: formatDateTime(certificate.replacedAt) })}`
          : null}
      </dd>
    </dl>
  );
}

/** Replace with the firm's own PKCS#12, or make a new self-signed one: both after a step-up when it is due. */
function ReplaceForm({ onChanged }: { onChanged: (certificate: SigningCertificate) => void }) {
  const toast = useToast();
  const confirm = useConfirm();
  const stepUp = useStepUp();
  const submission = useSubmit();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');

  const onUpload = async (event: FormEvent) => {
    event.preventDefault();
    await submission.run(async () => {
      if (!file) throw new ApiError({ status: 400, code: 'no_file', title: t('signatures.certificate.chooseFirst') });
      if (file.size > MAX_P12_BYTES)
        throw new ApiError({ status: 413, code: 'too_large', title: t('signatures.certificate.tooLarge') });
      const p12 = await base64Of(file);
      const updated = await stepUp.run(() =>
        api<SigningCertificate>('/signature-certificate', { method: 'PUT', body: { p12, passphrase } }),
      );
      onChanged(updated);
      setFile(null);
      setPassphrase('');
      if (inputRef.current) inputRef.current.value = '';
      toast(t('signatures.certificate.replaced'));
    });
  };

  const onRegenerate = async () => {
    const confirmed = await confirm({
      title: t('signatures.certificate.regenerateConfirm'),
      confirmLabel: t('signatures.certificate.regenerate'),
    });
    if (!confirmed) return;
    await submission.run(async () => {
      onChanged(
        await stepUp.run(() =>
          api<SigningCertificate>('/signature-certificate/regenerate', { method: 'POST', body: {} }),
        ),
      );
      toast(t('signatures.certificate.regenerated'));
    });
  };

  return (
    <section aria-labelledby="certificate-replace" className="panel stack">
      {stepUp.dialog}
      <h2 id="certificate-replace">{t('signatures.certificate.replaceTitle')}</h2>
      <p className="muted">{t('signatures.certificate.replaceHint')}</p>
      <FormAlert error={submission.error} fields={['p12', 'passphrase']} />
      <form onSubmit={onUpload} className="stack form-narrow" noValidate>
        <div className="field">
          <label htmlFor="certificate-file">{t('signatures.certificate.file')}</label>
          <p className="field-hint" id="certificate-file-hint">
            {t('signatures.certificate.fileHint', { size: formatNumber(MAX_P12_BYTES / 1024) })}
          </p>
          <input
            ref={inputRef}
            id="certificate-file"
            name="p12"
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            aria-describedby="certificate-file-hint"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <TextField
          label={t('signatures.certificate.passphrase')}
          name="passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          error={submission.error}
        />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={submission.pending || !file}>
            {t('signatures.certificate.replace')}
          </button>
          <button type="button" className="btn btn--secondary" onClick={onRegenerate} disabled={submission.pending}>
            {t('signatures.certificate.regenerate')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Console › Signatures › Signing certificate: what seals completed envelopes, and replacing it. */
export function CertificatePage() {
  usePageTitle(t('signatures.certificate.title'));
  const certificate = useResource<SigningCertificate>('/signature-certificate');
  return (
    <>
      <PageHeader
        title={t('signatures.certificate.title')}
        description={t('signatures.certificate.description')}
        actions={
          <Link className="btn btn--secondary" to="/console/signatures">
            {t('signatures.certificate.back')}
          </Link>
        }
      />
      {certificate.error ? (
        <ErrorState error={certificate.error} onRetry={certificate.reload} />
      ) : !certificate.data ? (
        <Loading />
      ) : (
        <>
          <CertificateExpiryWarning certificate={certificate.data} />
          <section aria-labelledby="certificate-current" className="panel stack">
            <h2 id="certificate-current">{t('signatures.certificate.current')}</h2>
            <Facts certificate={certificate.data} />
            {certificate.data.selfSigned ? <p className="muted">{t('signatures.certificate.selfSignedNote')}</p> : null}
          </section>
          {certificate.data.abilities.replace ? <ReplaceForm onChanged={certificate.setData} /> : null}
        </>
      )}
    </>
  );
}
