-- Quotes (issue 11): optional lines the client may tick, and the PDF of what the client accepted.
-- A line is optional (quotes only, checked by the application) or required; a required line is always part of the
-- totals, an optional one only while `selected`. The client's ticks are stored on the lines, so they survive a
-- reload and acceptance freezes exactly the lines chosen.

ALTER TABLE billing_document_lines ADD COLUMN optional boolean NOT NULL DEFAULT false;
ALTER TABLE billing_document_lines ADD COLUMN selected boolean NOT NULL DEFAULT true;
ALTER TABLE billing_document_lines
  ADD CONSTRAINT billing_document_lines_required_selected_check CHECK (optional OR selected);

-- The accepted quote's PDF (chosen lines only, with the acceptance), kept like the sent one: the sent PDF stays
-- what was mailed, this one is what was agreed. Only quotes with optional lines get one.
ALTER TABLE billing_documents ADD COLUMN accepted_pdf_key text;
ALTER TABLE billing_documents ADD COLUMN accepted_pdf_sha256 text;
