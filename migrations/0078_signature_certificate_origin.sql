-- Staff replace the portal's sealing certificate (PUT /api/v1/signature-certificate: the firm's own PKCS#12, or a
-- new self-signed one): where the current one came from, and who replaced it when (the audit log has the detail).
ALTER TABLE signature_certificates
  ADD COLUMN origin text NOT NULL DEFAULT 'generated' CHECK (origin IN ('generated', 'uploaded')),
  ADD COLUMN replaced_at timestamptz,
  ADD COLUMN replaced_by uuid REFERENCES users (id) ON DELETE SET NULL;
