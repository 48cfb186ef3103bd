import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useSubmit } from '../../../api/hooks.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { useMe } from '../../../session/SessionProvider.tsx';
import { PageHeader } from '../../../ui/common.tsx';
import { TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { AttachmentPicker, type PendingAttachment } from '../../conversations/AttachmentPicker.tsx';
import { uploadFile } from '../../conversations/api.ts';
import { ticketsApi } from '../api.ts';
import { DeflectionPanel } from './DeflectionPanel.tsx';
import { DescriptionEditor } from './DescriptionEditor.tsx';
import { useFormSession } from './useFormSession.ts';
import { CcPicker, CustomFields, customFieldValues, type FieldValues } from './TicketFieldInputs.tsx';

interface Draft {
  subject: string;
  body: string;
  fields: FieldValues;
  ccs: string[];
}

const EMPTY: Draft = { subject: '', body: '', fields: {}, ccs: [] };

/** The draft survives a trip to a suggested article and back (same tab), and is dropped once the ticket is filed. */
function draftKey(accountId: string): string {
  return `portico.ticketDraft.${accountId}`;
}

function loadDraft(accountId: string): Draft {
  try {
    const raw = window.sessionStorage.getItem(draftKey(accountId));
    return raw ? { ...EMPTY, ...(JSON.parse(raw) as Partial<Draft>) } : EMPTY;
  } catch {
    return EMPTY;
  }
}

/** `/tickets/new`: subject, description, CCs and the segment's fields, with help-center suggestions while typing. */
export function NewTicketPage({ accountId, segmentId }: { accountId: string; segmentId: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => loadDraft(accountId));
  // Files upload as soon as they are picked (before the ticket exists) and go with the ticket by their ids.
  const [attachments, setAttachments] = useState<PendingAttachment[]>([]);
  const uploading = attachments.some((item) => item.status === 'uploading');
  const session = useFormSession(true);
  const submission = useSubmit();
  const fields = useApi('/api/v1/segments/{segmentId}/ticket-fields', { path: { segmentId } });
  const members = useApi('/api/v1/accounts/{accountId}/members', { path: { accountId } });
  const others = (members.data?.items ?? []).filter((member) => member.userId !== me.user.id);

  useEffect(() => {
    try {
      window.sessionStorage.setItem(draftKey(accountId), JSON.stringify(draft));
    } catch {
      // Storage full or disabled: the draft just isn't kept.
    }
  }, [accountId, draft]);

  const update = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (uploading) return;
    const fieldList = fields.data?.items ?? [];
    await submission.run(async (idempotencyKey) => {
      const customFields = customFieldValues(fieldList, draft.fields);
      const ccUserIds = draft.ccs.filter((id) => others.some((member) => member.userId === id));
      const attachmentIds = attachments.flatMap((item) => (item.status === 'done' && item.id ? [item.id] : []));
      const ticket = await ticketsApi.create(
        {
          subject: draft.subject,
          body: draft.body,
          accountId,
          ...(ccUserIds.length ? { ccUserIds } : {}),
          ...(attachmentIds.length ? { attachmentIds } : {}),
          ...(Object.keys(customFields).length ? { customFields } : {}),
          ...(session.id ? { formSessionId: session.id } : {}),
        },
        idempotencyKey,
      );
      session.markFiled();
      window.sessionStorage.removeItem(draftKey(accountId));
      navigate(`/tickets/${ticket.id}`, { state: { createdNumber: ticket.number } });
    });
  };

  const knownFields = [
    'subject',
    'body',
    'ccUserIds',
    'attachmentIds',
    'customFields',
    ...(fields.data?.items ?? []).map((field) => `customFields.${field.id}`),
  ];
  return (
    <>
      <p>
        <Link to="/tickets">← {t('tickets.new.back')}</Link>
      </p>
      <PageHeader title={t('tickets.new.title')} description={t('tickets.new.intro')} />
      <form className="ticket-form" onSubmit={submit} noValidate>
        <FormAlert error={submission.error} fields={knownFields} />
        <TextField
          label={t('tickets.new.subject')}
          name="subject"
          hint={t('tickets.new.subjectHint')}
          value={draft.subject}
          maxLength={200}
          required
          autoComplete="off"
          error={submission.error}
          onChange={(event) => update({ subject: event.target.value })}
        />
        {/* Right after the subject in reading order (small screens); beside the form on wide ones. */}
        <DeflectionPanel subject={draft.subject} session={session} />
        <DescriptionEditor value={draft.body} onChange={(body) => update({ body })} error={submission.error} />
        <AttachmentPicker
          items={attachments}
          setItems={setAttachments}
          upload={(file, signal) =>
            uploadFile(`/tickets/attachments?accountId=${encodeURIComponent(accountId)}`, file, signal)
          }
        />
        <CustomFields
          fields={fields.data?.items ?? []}
          values={draft.fields}
          error={submission.error}
          onChange={(id, value) => setDraft((current) => ({ ...current, fields: { ...current.fields, [id]: value } }))}
        />
        <CcPicker members={others} selected={draft.ccs} onChange={(ccs) => update({ ccs })} error={submission.error} />
        <div className="form-actions">
          <button type="submit" className="btn" disabled={submission.pending || uploading}>
            {submission.pending ? t('tickets.new.sending') : t('tickets.new.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
