-- PWD-5: the administrator who issues a one-time code could use it and choose the owner's
-- password. A password set from a code is therefore held: it signs nothing until the account
-- has logged in with it, and that first login shows who issued the code and when.
-- password_set_at: when the code was used to set a password (used_at is also set when a newer
-- code replaces an unused one); first_login_at: the first login with that password;
-- first_signed_at: the first signature after it, linked to the code in the audit trail.
ALTER TABLE password_reset ADD COLUMN password_set_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE password_reset ADD COLUMN first_login_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE password_reset ADD COLUMN first_signed_at TIMESTAMP(6) WITH TIME ZONE;
