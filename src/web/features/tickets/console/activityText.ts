import type { TicketActivityChange, TicketActivityRef } from '../../../../contract/index.ts';
import { t, type MessageKey } from '../../../i18n/index.ts';
import { priorityLabel, statusLabel } from './format.ts';

const none = () => t('tc.activity.none');
const refName = (ref: TicketActivityRef | null) => (ref === null ? none() : (ref.name ?? t('tc.activity.deleted')));
const list = (items: string[]) => (items.length ? items.join(', ') : none());
const ticketLabel = (ref: { id: string; number: number | null } | null) =>
  ref === null ? none() : ref.number === null ? t('tc.activity.deleted') : `#${ref.number}`;

/** One change as a sentence: "Status: Open → Pending customer", "Merged into #1042". */
export function changeSentence(change: TicketActivityChange): string {
  const sentence = (field: string, from: string, to: string) => t('tc.activity.change', { field, from, to });
  const label = t(`tc.activity.field.${change.field}` as MessageKey);
  switch (change.field) {
    case 'status':
      return sentence(label, statusLabel(change.from), statusLabel(change.to));
    case 'priority':
      return sentence(label, priorityLabel(change.from), priorityLabel(change.to));
    case 'assignee':
    case 'group':
      return sentence(label, refName(change.from), refName(change.to));
    case 'tags':
      return sentence(label, list(change.from), list(change.to));
    case 'customField': {
      const value = (v: string | number | null) => (v === null || v === '' ? none() : String(v));
      return sentence(change.customField.name ?? label, value(change.from), value(change.to));
    }
    case 'subject':
      return sentence(label, change.from, change.to);
    case 'ccs':
      return sentence(label, list(change.from.map(refName)), list(change.to.map(refName)));
    case 'mergedInto':
      return change.to
        ? t('tc.activity.mergedInto', { ticket: ticketLabel(change.to) })
        : sentence(label, ticketLabel(change.from), none());
  }
}
