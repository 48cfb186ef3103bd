-- Quotes (issue 11): the date a quote is valid until (the client can no longer accept it after that day), and the
-- invoice an accepted quote became.

ALTER TABLE billing_documents ADD COLUMN valid_until date;
ALTER TABLE billing_documents
  ADD CONSTRAINT billing_documents_valid_until_quote_check CHECK (valid_until IS NULL OR kind = 'quote');

-- An invoice's related document is the quote it was made from, or the voided invoice it replaces. Either way one
-- invoice at most: a quote is invoiced once and a voided invoice reissued once, even with two requests at once.
CREATE UNIQUE INDEX billing_documents_one_invoice_of_key ON billing_documents (related_document_id)
  WHERE kind = 'invoice' AND related_document_id IS NOT NULL;
