-- Expired SSO link requests are deleted as new ones are made (modules/sso repository): by expiry, so indexed.
CREATE INDEX sso_link_requests_expires ON sso_link_requests (expires_at);
