//! Password sign-in with lockout and rate limits. Written by the accounts work.
