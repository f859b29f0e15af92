//! Integration tests: the real router (`app(state).oneshot`) on a migrated SQLite database,
//! and on PostgreSQL as well when TEST_DATABASE_URL is set.

mod access;
mod account_language;
mod accounts;
mod app_cors;
mod app_device;
mod binary;
mod budgets;
mod caches;
mod devices;
mod faults;
mod hardening;
mod languages;
mod lifecycle;
mod mail_language;
mod metrics;
mod my_account;
mod oidc;
mod outbox;
mod properties;
mod pseudo_locale;
mod readers;
mod recovery;
mod robustness;
mod screens;
mod serving;
mod signin;
mod sms;
mod smtp;
mod storage;
mod support;
mod totp;
mod web_push;
mod webauthn;
