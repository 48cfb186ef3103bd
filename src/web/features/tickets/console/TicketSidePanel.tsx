import { useState, type FormEvent } from 'react';
import type { Ticket, TicketPriority, TicketStatus } from '../../../../contract/index.ts';
import { ApiError } from '../../../api/client.ts';
import { useSubmit } from '../../../api/hooks.ts';
import { useApi } from '../../../api/typed-hooks.ts';
import { t } from '../../../i18n/index.ts';
import { SelectField, TextField } from '../../../ui/Field.tsx';
import { FormAlert } from '../../../ui/FormAlert.tsx';
import { useToast } from '../../../ui/Toast.tsx';
import { ticketsApi, type UpdateTicketBody } from '../api.ts';
import { ActivityList } from './ActivityList.tsx';
import { CustomFieldInput } from './CustomFieldInput.tsx';
import { PRIORITIES, STATUSES, priorityLabel, statusLabel } from './format.ts';
import { useGroupOptions, useStaffOptions } from './options.ts';
import { SlaPanel } from './SlaPanel.tsx';
import { AccountTime } from '../../billing/AccountTime.tsx';
import { TicketOrdersPanel } from '../../orders/TicketOrdersPanel.tsx';

interface TicketSidePanelProps {
  ticket: Ticket;
  onSaved: (ticket: Ticket) => void;
  reload: () => void;
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

/** Status, priority, assignee, group, tags, CCs and custom fields, saved together with If-Match; then SLA, CSAT and the activity history. */
export function TicketSidePanel({ ticket, onSaved, reload }: TicketSidePanelProps) {
  return (
    <aside className="tc-side" aria-label={t('tc.side.label')}>
      <TicketOrdersPanel ticketId={ticket.id} />
      <TicketFieldsForm key={`${ticket.id}:${ticket.version}`} ticket={ticket} onSaved={onSaved} reload={reload} />
      <SlaPanel sla={ticket.sla} />
      <AccountTime accountId={ticket.accountId} subject={{ kind: 'ticket', id: ticket.id }} />
      {ticket.rating?.rating ? (
        <section className="panel tc-csat" aria-labelledby="tc-csat-title">
          <h2 id="tc-csat-title">{t('tc.csat.title')}</h2>
          <p className={`tc-csat__value tc-csat__value--${ticket.rating.rating}`}>
            {t(ticket.rating.rating === 'good' ? 'tc.csat.good' : 'tc.csat.bad')}
          </p>
          {ticket.rating.comment ? <blockquote>{ticket.rating.comment}</blockquote> : null}
        </section>
      ) : null}
      <ActivityList ticketId={ticket.id} version={ticket.version} />
    </aside>
  );
}

function TicketFieldsForm({ ticket, onSaved, reload }: TicketSidePanelProps) {
  const toast = useToast();
  const staff = useStaffOptions();
  const { groups } = useGroupOptions();
  const fields = useApi('/api/v1/segments/{segmentId}/ticket-fields', { path: { segmentId: ticket.segmentId } });
  const members = useApi('/api/v1/accounts/{accountId}/members', { path: { accountId: ticket.accountId } });
  const [status, setStatus] = useState<TicketStatus>(ticket.status);
  const [priority, setPriority] = useState<TicketPriority>(ticket.priority);
  const [assigneeId, setAssigneeId] = useState(ticket.assignee?.id ?? '');
  const [groupId, setGroupId] = useState(ticket.group?.id ?? '');
  const [tags, setTags] = useState(ticket.tags.join(', '));
  const [ccIds, setCcIds] = useState(ticket.ccs.map((person) => person.id));
  const [custom, setCustom] = useState<Ticket['customFields']>(ticket.customFields);
  const submission = useSubmit();
  const conflict =
    submission.error instanceof ApiError && (submission.error.status === 409 || submission.error.status === 412);
  const readOnly = !ticket.abilities.update;

  const ccPeople = new Map([
    ...ticket.ccs.map((p) => [p.id, p.name] as const),
    ...(members.data?.items ?? []).map((m) => [m.userId, m.name] as const),
  ]);
  const addable = (members.data?.items ?? []).filter(
    (member) => !ccIds.includes(member.userId) && member.userId !== ticket.requester?.id,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const body: UpdateTicketBody = {};
    if (status !== ticket.status) body.status = status;
    if (priority !== ticket.priority) body.priority = priority;
    if (assigneeId !== (ticket.assignee?.id ?? '')) body.assigneeId = assigneeId || null;
    if (groupId !== (ticket.group?.id ?? '')) body.groupId = groupId || null;
    const tagList = tags
      .split(/[,\s]+/)
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean);
    if (!sameList(tagList, ticket.tags)) body.tags = [...new Set(tagList)];
    if (
      !sameList(
        ccIds,
        ticket.ccs.map((p) => p.id),
      )
    )
      body.ccUserIds = ccIds;
    const changedFields = Object.fromEntries(
      Object.entries(custom).filter(([id, value]) => (ticket.customFields[id] ?? null) !== value),
    );
    if (Object.keys(changedFields).length) body.customFields = changedFields;
    if (!Object.keys(body).length) return;
    void submission.run(async () => {
      const saved = await ticketsApi.update(ticket, body);
      toast(t('common.saved'));
      onSaved(saved);
    });
  };

  return (
    <form className="panel stack tc-fields" onSubmit={onSubmit} noValidate aria-labelledby="tc-fields-title">
      <h2 id="tc-fields-title">{t('tc.side.details')}</h2>
      {conflict ? (
        <div className="alert alert--error" role="alert">
          <p>{t('tc.side.conflict')}</p>
          <button type="button" className="btn btn--secondary btn--small" onClick={reload}>
            {t('tc.side.reload')}
          </button>
        </div>
      ) : (
        <FormAlert
          error={submission.error}
          fields={['status', 'priority', 'assigneeId', 'groupId', 'tags', 'ccUserIds']}
        />
      )}
      <fieldset className="plain" disabled={readOnly}>
        <div className="stack">
          <SelectField
            label={t('tc.col.status')}
            name="status"
            value={status}
            disabled={!ticket.abilities.setStatus}
            onChange={(e) => setStatus(e.target.value as TicketStatus)}
            error={submission.error}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {statusLabel(value)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.col.priority')}
            name="priority"
            value={priority}
            disabled={!ticket.abilities.setPriority}
            onChange={(e) => setPriority(e.target.value as TicketPriority)}
            error={submission.error}
          >
            {PRIORITIES.map((value) => (
              <option key={value} value={value}>
                {priorityLabel(value)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.col.assignee')}
            name="assigneeId"
            value={assigneeId}
            disabled={!ticket.abilities.assign}
            onChange={(e) => setAssigneeId(e.target.value)}
            error={submission.error}
          >
            <option value="">{t('tc.filters.unassigned')}</option>
            {ticket.assignee && !staff.some((p) => p.id === ticket.assignee?.id) ? (
              <option value={ticket.assignee.id}>{ticket.assignee.name}</option>
            ) : null}
            {staff.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('tc.col.group')}
            name="groupId"
            value={groupId}
            disabled={!ticket.abilities.assign}
            onChange={(e) => setGroupId(e.target.value)}
            error={submission.error}
          >
            <option value="">{t('tc.filters.noGroup')}</option>
            {ticket.group && !groups.some((g) => g.id === ticket.group?.id) ? (
              <option value={ticket.group.id}>{ticket.group.name}</option>
            ) : null}
            {groups.map((group) => (
              <option key={group.id} value={group.id}>
                {group.name}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('tc.side.tags')}
            name="tags"
            hint={t('tc.side.tagsHint')}
            value={tags}
            onChange={(e) => setTags(e.target.value)}
            error={submission.error}
          />
          <fieldset>
            <legend>{t('tc.side.ccs')}</legend>
            {ccIds.length ? (
              <ul className="chips">
                {ccIds.map((id) => (
                  <li key={id} className="chip">
                    {ccPeople.get(id) ?? id}
                    <button
                      type="button"
                      className="btn-link"
                      aria-label={t('tc.side.removeCc', { name: ccPeople.get(id) ?? '' })}
                      onClick={() => setCcIds(ccIds.filter((x) => x !== id))}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted small">{t('tc.side.noCcs')}</p>
            )}
            {addable.length ? (
              <SelectField
                label={t('tc.side.addCc')}
                name="addCc"
                value=""
                onChange={(e) => e.target.value && setCcIds([...ccIds, e.target.value])}
              >
                <option value="">{t('tc.side.choosePerson')}</option>
                {addable.map((member) => (
                  <option key={member.userId} value={member.userId}>
                    {member.name}
                  </option>
                ))}
              </SelectField>
            ) : null}
          </fieldset>
          {(fields.data?.items ?? []).map((field) => (
            <CustomFieldInput
              key={field.id}
              field={field}
              value={custom[field.id] ?? null}
              error={submission.error}
              onChange={(value) => setCustom({ ...custom, [field.id]: value })}
            />
          ))}
          {readOnly ? null : (
            <div>
              <button type="submit" className="btn" disabled={submission.pending}>
                {t('tc.side.save')}
              </button>
            </div>
          )}
        </div>
      </fieldset>
    </form>
  );
}
