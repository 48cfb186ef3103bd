/** An open invoice as the allocation sees it. dueDate null sorts last (due on receipt is dated at issue). */
export interface OpenInvoice {
  id: string;
  dueDate: string | null;
  issueDate: string | null;
  balance: number;
}

export interface Allocation {
  allocations: { id: string; amount: number }[];
  /** What is left after every invoice is settled: account credit. */
  credit: number;
}

const order = (a: OpenInvoice, b: OpenInvoice) =>
  (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') ||
  (a.issueDate ?? '').localeCompare(b.issueDate ?? '') ||
  a.id.localeCompare(b.id);

/**
 * Splits a received amount across invoices, oldest due first, each up to its balance; the rest is account credit.
 * Invoices with nothing left open (paid meanwhile by another payment or a credit note) take nothing.
 */
export function allocatePayment(amount: number, invoices: readonly OpenInvoice[]): Allocation {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError('amount must be a non-negative integer');
  let left = amount;
  const allocations: Allocation['allocations'] = [];
  for (const invoice of [...invoices].sort(order)) {
    if (left === 0) break;
    const take = Math.min(left, Math.max(0, invoice.balance));
    if (take > 0) {
      allocations.push({ id: invoice.id, amount: take });
      left -= take;
    }
  }
  return { allocations, credit: left };
}
