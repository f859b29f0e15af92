//! An OpenID Connect identity provider with EU Login's assurance levels.
//!
//! Layers: `http` (axum) -> services (`oidc`, `authn`, `account`) -> `store` (sea-orm).
//! See ARCHITECTURE.md for the codemap and the path of a sign-in.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
#![cfg_attr(test, allow(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod access;
pub mod account;
#[cfg(test)]
mod architecture;
pub mod audit;
pub mod authn;
pub mod cli;
pub mod clock;
pub mod config;
pub mod error;
pub mod http;
pub mod i18n;
pub mod mail;
pub mod oidc;
pub mod pacing;
pub mod secret;
pub mod signing;
pub mod sms;
pub mod state;
pub mod store;
pub mod telemetry;

pub use http::{app, web::Web};
pub use state::AppState;
