import type { Return, ReturnSummary } from '../../../contract/index.ts';
import type { Actor } from '../../platform/actor.ts';
import { returnPolicy } from './policy.ts';
import type { PhotoRow, ReturnLineRow, ReturnRow } from './repository.ts';

const money = (amount: number | string, currency: string) => ({ amount: Number(amount), currency });

export function presentReturnSummary(row: ReturnRow, actor: Actor): ReturnSummary {
  return {
    id: row.id,
    number: row.number,
    accountId: row.account_id,
    accountName: row.account_name,
    orderId: row.order_id,
    orderNumber: row.order_number,
    status: row.status,
    resolution: row.resolution,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: returnPolicy.abilities(actor, { status: row.status }),
  };
}

export function presentReturn(
  row: ReturnRow,
  related: {
    lines: ReturnLineRow[];
    photos: PhotoRow[];
    events: { status: ReturnRow['status']; occurred_at: Date }[];
  },
  actor: Actor,
): Return {
  return {
    ...presentReturnSummary(row, actor),
    reason: row.reason,
    note: row.note,
    lines: related.lines.map((line) => ({
      index: line.line_index,
      sku: line.sku,
      name: line.name,
      requested: line.requested_quantity,
      quantity: line.quantity,
      unitPrice: money(line.unit_price, row.currency),
    })),
    photos: related.photos.map((photo) => ({
      id: photo.id,
      contentType: photo.content_type,
      size: Number(photo.size),
    })),
    instructions: row.instructions,
    rejectionReason: row.rejection_reason,
    label:
      row.label_storage_key && row.label_content_type
        ? { contentType: row.label_content_type, size: Number(row.label_size) }
        : null,
    refund:
      row.refund_amount !== null && row.refunded_at
        ? {
            amount: money(row.refund_amount, row.currency),
            note: row.refund_note,
            at: row.refunded_at.toISOString(),
            creditNote:
              row.refund_credit_note_id && row.refund_credit_note_number
                ? { id: row.refund_credit_note_id, number: row.refund_credit_note_number }
                : null,
          }
        : null,
    events: related.events.map((event) => ({ status: event.status, at: event.occurred_at.toISOString() })),
    version: row.version,
  };
}
