-- Lists at full size (issues 11, 12, 16).
-- The staff's open-and-overdue invoices (`GET /api/v1/billing-documents?kind=invoice&status=sent&overdue=true`),
-- newest first by cursor: billing_documents_list_idx holds every document, so that filter walked past paid, void and
-- draft ones (about 18 for each open one on the large seed) and more as history grows. This index holds the open
-- invoices only, in the list's order (created_at, id): the walk reads the page and no more, at any depth.
-- Build time: one pass over billing_documents plus a sort of the sent invoices only (about 5% of 1,000,000 rows
-- on the large seed: seconds). Plain CREATE INDEX, as migrations run in one transaction: it blocks writes to
-- billing_documents while it builds, which at that size is a few seconds.
CREATE INDEX billing_documents_open_list_idx ON billing_documents (created_at DESC, id DESC)
  WHERE kind = 'invoice' AND status = 'sent';
