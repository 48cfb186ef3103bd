-- Dark-mode brand colours (issue 14): a segment may choose the primary and accent its people see when their theme
-- is dark, and the firm a dark primary for its own branding. NULL: derived from the light colour with AA contrast
-- on the dark background (contract/branding.ts darkVariantOf), so dark mode never shows an unreadable brand colour.
ALTER TABLE segment_branding
  ADD COLUMN primary_color_dark text CHECK (primary_color_dark ~ '^#[0-9a-fA-F]{6}$'),
  ADD COLUMN accent_color_dark text CHECK (accent_color_dark ~ '^#[0-9a-fA-F]{6}$');

ALTER TABLE portal_settings
  ADD COLUMN primary_color_dark text CHECK (primary_color_dark ~ '^#[0-9a-fA-F]{6}$');
