//! CPMS, the clinical patient management system of the European Reference Networks, as a real
//! OpenID Connect relying party of the provider in `idp/`.
//!
//! Layers: `http` (axum handlers, cookies, templates) -> domain modules (`acr`, `entitlements`,
//! `preferences`, `panels`, `logout_token`, `bearer`) -> `store` (a JSON file under `--data`)
//! and `sessions` (in memory). Only `http` knows axum; only `provider` talks to the identity
//! provider. The words of the pages come from `locales/<code>/cpms.ftl` (`i18n`).

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod acr;
pub mod bearer;
pub mod config;
pub mod entitlements;
pub mod http;
pub mod i18n;
pub mod logout_token;
pub mod panels;
pub mod preferences;
pub mod provider;
pub mod sessions;
pub mod store;

pub use config::Settings;
pub use http::{app, AppState};
