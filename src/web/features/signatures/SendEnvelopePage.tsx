import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type {
  Account,
  Document,
  Envelope,
  EnvelopeMode,
  Member,
  StaffUser,
  UploadResult,
} from '../../../contract/index.ts';
import { api, errorMessage } from '../../api/client.ts';
import { usePagedList, useSubmit } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { PageHeader, usePageTitle } from '../../ui/common.tsx';
import { Checkbox, GroupError, SelectField, TextField } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { uploadWithProgress } from '../documents/upload.ts';
import { CertificateExpiryNotice } from './CertificateExpiry.tsx';
import { FieldPlacer } from './FieldPlacer.tsx';
import { fieldsForApi, type PlacedField } from './placement.ts';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF'];

/** Minor units from what staff type ("1250" or "1,250.50"), for two-decimal currencies. */
const minorUnits = (text: string) => Math.round(Number(text.replace(/[ ,]/g, '')) * 100) || 0;

/** The value, once it has stopped changing for a moment (the preview is not rendered again at each keystroke). */
function useSettled<T>(value: T, ms = 500) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Staff send a document for signature: the engagement letter template (merge fields: the client's name, fees, start
 * date) or a PDF of the account's documents; signers among the account's people and staff, in order or at once.
 */
export function SendEnvelopePage() {
  usePageTitle(t('signatures.send.title'));
  const toast = useToast();
  const navigate = useNavigate();
  const submit = useSubmit();
  const accounts = usePagedList<Account>('/accounts', { limit: 200 });
  const [accountId, setAccountId] = useState('');
  const members = usePagedList<Member>(accountId ? `/accounts/${accountId}/members` : null, { limit: 200 });
  const documents = usePagedList<Document>(accountId ? `/accounts/${accountId}/documents` : null, {
    area: 'shared',
    limit: 200,
  });
  const staff = usePagedList<StaffUser>('/staff-users', { limit: 200 });
  const pdfs = documents.items.filter((doc) => doc.contentType === 'application/pdf');
  const [title, setTitle] = useState('Engagement letter');
  const [message, setMessage] = useState('');
  const [source, setSource] = useState<'template' | 'document' | 'upload'>('template');
  const [documentId, setDocumentId] = useState('');
  const [uploaded, setUploaded] = useState<{ id: string; name: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [fields, setFields] = useState<PlacedField[]>([]);
  const [fees, setFees] = useState('');
  const [currency, setCurrency] = useState('EUR');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<EnvelopeMode>('sequential');
  const [expires, setExpires] = useState('');
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((value) => value !== id)));
  const sourceBody =
    source === 'template'
      ? { kind: 'template' as const, fees: { amount: minorUnits(fees || '0'), currency }, date }
      : { kind: 'document' as const, documentId: source === 'upload' ? (uploaded?.id ?? '') : documentId };
  const hasPdf = source === 'template' || Boolean(sourceBody.kind === 'document' && sourceBody.documentId);
  const preview = useSettled(hasPdf && accountId ? JSON.stringify({ title: title || '-', source: sourceBody }) : '');
  const signerNames = new Map([
    ...members.items.map((member) => [member.userId, member.name] as const),
    ...staff.items.map((user) => [user.id, t('signatures.signer.firm', { name: user.name })] as const),
  ]);
  const placerSigners = chosen.map((id) => ({ id, name: signerNames.get(id) ?? id }));

  /** The chosen file goes into the account's internal documents, through the documents module (quota, scan), held
   * for this request until it is sent. */
  async function onUpload(file: File | undefined) {
    if (!file || !accountId) return;
    setUploading(true);
    try {
      const result = await uploadWithProgress<UploadResult>({
        path: `/accounts/${accountId}/documents`,
        // Held: kept once the envelope is sent; a form abandoned leaves it to go to the trash after a day.
        query: { name: file.name, area: 'internal', onConflict: 'keep-both', heldFor: 'signature' },
        file,
      });
      setUploaded({ id: result.document.id, name: result.document.name });
      setFields([]);
    } catch (error) {
      toast(errorMessage(error), 'error');
    } finally {
      setUploading(false);
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    let created: Envelope | null = null;
    const ok = await submit.run(async (idempotencyKey) => {
      created = await api<Envelope>(`/accounts/${accountId}/signature-envelopes`, {
        method: 'POST',
        idempotencyKey,
        body: {
          title,
          message,
          source: sourceBody,
          signerIds: chosen,
          // None placed: the server's default (a signature and a date per signer on the last page).
          ...(fields.length ? { fields: fieldsForApi(fields, chosen) } : {}),
          mode,
          expiresAt: expires ? new Date(`${expires}T23:59:59Z`).toISOString() : null,
        },
      });
    });
    if (ok && created) {
      toast(t('signatures.send.done'));
      navigate(`/console/signatures/${(created as Envelope).id}`);
    }
  }

  return (
    <>
      <PageHeader title={t('signatures.send.title')} />
      <CertificateExpiryNotice />
      <form className="card stack send-envelope" onSubmit={(event) => void onSubmit(event)} noValidate>
        <FormAlert
          error={submit.error}
          fields={['title', 'message', 'signerIds', 'expiresAt', 'source.documentId', 'fields']}
        />
        <SelectField
          label={t('signatures.send.account')}
          name="accountId"
          value={accountId}
          onChange={(event) => {
            setAccountId(event.target.value);
            setChosen([]);
            setDocumentId('');
            setUploaded(null);
            setFields([]);
          }}
        >
          <option value="">{t('signatures.send.chooseAccount')}</option>
          {accounts.items.map((account) => (
            <option key={account.id} value={account.id}>
              {account.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('signatures.send.name')}
          name="title"
          value={title}
          maxLength={200}
          error={submit.error}
          onChange={(event) => setTitle(event.target.value)}
        />
        <fieldset>
          <legend>{t('signatures.send.source')}</legend>
          <label className="radio">
            <input type="radio" name="source" checked={source === 'template'} onChange={() => setSource('template')} />{' '}
            {t('signatures.send.source.template')}
          </label>
          <label className="radio">
            <input type="radio" name="source" checked={source === 'document'} onChange={() => setSource('document')} />{' '}
            {t('signatures.send.source.document')}
          </label>
          <label className="radio">
            <input type="radio" name="source" checked={source === 'upload'} onChange={() => setSource('upload')} />{' '}
            {t('signatures.send.source.upload')}
          </label>
        </fieldset>
        {source === 'template' ? (
          <div className="form-row">
            <TextField
              label={t('signatures.send.fees')}
              name="fees"
              inputMode="decimal"
              value={fees}
              onChange={(event) => setFees(event.target.value)}
            />
            <SelectField
              label={t('signatures.send.currency')}
              name="currency"
              value={currency}
              onChange={(event) => setCurrency(event.target.value)}
            >
              {CURRENCIES.map((code) => (
                <option key={code}>{code}</option>
              ))}
            </SelectField>
            <TextField
              label={t('signatures.send.date')}
              name="date"
              type="date"
              value={date}
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
        ) : source === 'upload' ? (
          <div className="field">
            <label htmlFor="signature-upload">{t('signatures.send.upload')}</label>
            <p className="field-hint" id="signature-upload-hint">
              {t('signatures.send.uploadHint')}
            </p>
            <input
              id="signature-upload"
              type="file"
              accept="application/pdf,.pdf"
              aria-describedby="signature-upload-hint"
              disabled={!accountId || uploading}
              onChange={(event) => void onUpload(event.target.files?.[0])}
            />
            <p role="status" className="muted">
              {uploading
                ? t('signatures.send.uploading')
                : uploaded
                  ? t('signatures.send.uploaded', { name: uploaded.name })
                  : ''}
            </p>
          </div>
        ) : accountId && !documents.loading && !pdfs.length ? (
          <p className="muted">{t('signatures.send.noPdf')}</p>
        ) : (
          <SelectField
            label={t('signatures.send.document')}
            name="source.documentId"
            value={documentId}
            error={submit.error}
            onChange={(event) => setDocumentId(event.target.value)}
          >
            <option value="" />
            {pdfs.map((doc) => (
              <option key={doc.id} value={doc.id}>
                {doc.name}
              </option>
            ))}
          </SelectField>
        )}
        <fieldset className="approvers-choice">
          <legend>{t('signatures.send.signers')}</legend>
          <p className="field-hint">{t('signatures.send.signersHint')}</p>
          {members.items.map((member) => (
            <Checkbox
              key={member.userId}
              label={member.name}
              checked={chosen.includes(member.userId)}
              onChange={(event) => toggle(member.userId, event.target.checked)}
            />
          ))}
          {accountId
            ? staff.items.map((user) => (
                <Checkbox
                  key={user.id}
                  label={t('signatures.signer.firm', { name: user.name })}
                  checked={chosen.includes(user.id)}
                  onChange={(event) => toggle(user.id, event.target.checked)}
                />
              ))
            : null}
          <GroupError error={submit.error} name="signerIds" />
        </fieldset>
        <SelectField
          label={t('signatures.send.mode')}
          name="mode"
          value={mode}
          onChange={(event) => setMode(event.target.value as EnvelopeMode)}
        >
          <option value="sequential">{t('signatures.send.mode.sequential')}</option>
          <option value="parallel">{t('signatures.send.mode.parallel')}</option>
        </SelectField>
        <TextField
          label={t('signatures.send.expires')}
          name="expiresAt"
          type="date"
          value={expires}
          error={submit.error}
          onChange={(event) => setExpires(event.target.value)}
        />
        <TextField
          label={t('signatures.send.message')}
          name="message"
          value={message}
          maxLength={5000}
          error={submit.error}
          onChange={(event) => setMessage(event.target.value)}
        />
        <p className="muted">{t('signatures.send.fieldsHint')}</p>
        {preview && chosen.length ? (
          <FieldPlacer
            url={`/api/v1/accounts/${accountId}/signature-envelopes/preview`}
            body={preview}
            signers={placerSigners}
            fields={fields.filter((field) => chosen.includes(field.signerId))}
            onChange={setFields}
          />
        ) : accountId && hasPdf ? (
          <p className="muted">{t('signatures.send.chooseSigners')}</p>
        ) : null}
        <GroupError error={submit.error} name="fields" />
        <div>
          <button type="submit" className="btn" disabled={submit.pending || !accountId || !chosen.length}>
            {t('signatures.send.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
