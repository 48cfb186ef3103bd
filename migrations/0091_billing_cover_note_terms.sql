-- Quotes (issue 11): a cover note (the proposal's opening letter, quotes only, checked by the application) and terms
-- (any kind), both plain text shown as text everywhere. Terms printed on the accepted PDF are the ones the client
-- agreed to, so they live on the document, not only in a setting.
ALTER TABLE billing_documents ADD COLUMN cover_note text NOT NULL DEFAULT '';
ALTER TABLE billing_documents ADD COLUMN terms text NOT NULL DEFAULT '';
ALTER TABLE billing_documents ADD CONSTRAINT billing_documents_cover_note_length CHECK (char_length(cover_note) <= 4000);
ALTER TABLE billing_documents ADD CONSTRAINT billing_documents_terms_length CHECK (char_length(terms) <= 8000);
ALTER TABLE billing_documents ADD CONSTRAINT billing_documents_cover_note_quotes
  CHECK (kind = 'quote' OR cover_note = '');

-- The firm's default terms per kind ("Default quote terms", "Default invoice terms"), copied onto a draft created
-- without terms. Kept beside the kind's number series: both are per-kind settings of billing setup.
ALTER TABLE billing_number_series ADD COLUMN default_terms text NOT NULL DEFAULT '';
ALTER TABLE billing_number_series ADD CONSTRAINT billing_number_series_default_terms_length
  CHECK (char_length(default_terms) <= 8000);
