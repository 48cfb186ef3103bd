-- Documents follow-ups.
-- Image previews are served re-encoded without metadata (EXIF GPS, camera, XMP): a derived object per version,
-- like the thumbnail, made in the background after upload or on the first preview request.
ALTER TABLE document_versions ADD COLUMN preview_key text;

-- A segment's default storage quota per account (null: the portal's DOCUMENTS_DEFAULT_QUOTA_BYTES); an account's
-- own quota still wins.
ALTER TABLE segment_document_settings ADD COLUMN quota_bytes bigint CHECK (quota_bytes >= 0);
