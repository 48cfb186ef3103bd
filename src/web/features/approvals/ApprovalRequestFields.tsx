import { useState } from 'react';
import type { ApprovalMode, Member, StaffUser } from '../../../contract/index.ts';
import { usePagedList } from '../../api/hooks.ts';
import { t } from '../../i18n/index.ts';
import { Checkbox, GroupError, SelectField, TextField } from '../../ui/Field.tsx';

/** What every approval request asks besides its subject: who decides, in which order, by when, with what note. */
export interface ApprovalRequestValues {
  approverIds: string[];
  mode: ApprovalMode;
  dueDate: string;
  message: string;
}

export function useApprovalRequest() {
  const [values, setValues] = useState<ApprovalRequestValues>({
    approverIds: [],
    mode: 'parallel',
    dueDate: '',
    message: '',
  });
  /** The request body's part these fields own (an empty due date is left out: no due date). */
  const body = {
    approverIds: values.approverIds,
    mode: values.mode,
    message: values.message,
    ...(values.dueDate ? { dueDate: values.dueDate } : {}),
  };
  return { values, setValues, body, reset: () => setValues((current) => ({ ...current, approverIds: [] })) };
}

/**
 * The approvers (the account's people unless the subject is staff-only, and staff), the mode, the due date and the
 * message of a request. One component for every subject: a document's panel and the console's "new approval" page.
 */
export function ApprovalRequestFields({
  accountId,
  staffOnly,
  values,
  onChange,
  error,
}: {
  accountId: string;
  /** An internal subject: only staff may decide it (the server refuses people anyway). */
  staffOnly: boolean;
  values: ApprovalRequestValues;
  onChange: (values: ApprovalRequestValues) => void;
  error: unknown;
}) {
  const members = usePagedList<Member>(staffOnly || !accountId ? null : `/accounts/${accountId}/members`, {
    limit: 200,
  });
  const staff = usePagedList<StaffUser>('/staff-users', { limit: 200 });
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...values,
      approverIds: on ? [...values.approverIds, id] : values.approverIds.filter((value) => value !== id),
    });
  return (
    <>
      <fieldset className="approvers-choice">
        <legend>{t('approvals.request.approvers')}</legend>
        {members.items.map((member) => (
          <Checkbox
            key={member.userId}
            label={member.name}
            checked={values.approverIds.includes(member.userId)}
            onChange={(event) => toggle(member.userId, event.target.checked)}
          />
        ))}
        {staff.items.map((user) => (
          <Checkbox
            key={user.id}
            label={t('approvals.request.staff', { name: user.name })}
            checked={values.approverIds.includes(user.id)}
            onChange={(event) => toggle(user.id, event.target.checked)}
          />
        ))}
        <GroupError error={error} name="approverIds" />
      </fieldset>
      <SelectField
        label={t('approvals.request.mode')}
        name="mode"
        value={values.mode}
        onChange={(event) => onChange({ ...values, mode: event.target.value as ApprovalMode })}
      >
        <option value="parallel">{t('approvals.mode.parallel')}</option>
        <option value="sequential">{t('approvals.mode.sequential')}</option>
      </SelectField>
      <TextField
        label={t('approvals.request.due')}
        name="dueDate"
        type="date"
        value={values.dueDate}
        error={error}
        onChange={(event) => onChange({ ...values, dueDate: event.target.value })}
      />
      <TextField
        label={t('approvals.request.message')}
        name="message"
        value={values.message}
        maxLength={5000}
        error={error}
        onChange={(event) => onChange({ ...values, message: event.target.value })}
      />
    </>
  );
}
