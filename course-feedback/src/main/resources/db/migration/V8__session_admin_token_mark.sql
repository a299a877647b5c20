-- A session opened with the admin token records a fingerprint of that token (HMAC-SHA256 keyed with
-- it, 128 bits, base64url: 22 characters) and resolves only while the configured token has the same
-- fingerprint: replacing kenes.admin.token ends the sessions the old token opened. Admin-token
-- sessions opened before this column existed have none and end at once.
alter table kenes_session add column admin_token_mark varchar(64);
