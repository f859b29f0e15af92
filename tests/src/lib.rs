//! End-to-end test harness: start the real binaries of this workspace on free loopback ports,
//! drive them over HTTP, as an OpenID Connect relying party, and in headless Chromium.
//!
//! The pieces are independent so later suites (CPMS demo, mobile app) can combine them:
//! - [`bins::bin_path`] finds a built binary in `target/<profile>/`;
//! - [`net::free_port`] and [`rp_listener::RedirectListener`] (plays a relying party's
//!   `redirect_uri`);
//! - [`provider::Provider`] runs `idp` sub-commands and then `idp serve` / `idp demo`;
//! - [`outbox::Outbox`] reads the dev-mode outbox (e-mail and SMS as JSON files);
//! - [`browser::Browser`] drives headless Chromium over the DevTools protocol;
//! - [`oidc::RelyingParty`] is a real relying party built on the `openidconnect` crate;
//! - [`cpms::Cpms`] runs the CPMS demo relying party (`relying-party-demo`);
//! - [`pages`] checks every page a test waits for, at phone and laptop widths (sideways
//!   scroll, accessible names, the user menu's contrast, axe-core), with screenshots;
//! - [`signin`] has the sign-in screens' steps (registration and password, method choice,
//!   SMS code from the outbox, adding a phone, the web page's part of adding a device);
//! - the installable app (issue 16): [`web_app::WebApp`] runs `mobile-app serve`,
//!   [`phone`] has the app's steps in a phone-sized tab, [`camera::FakeCamera`] shows
//!   Chromium's fake camera a QR code, and [`push_service::PushService`] is a Web Push
//!   service on loopback that decrypts what it receives and checks its VAPID signature;
//! - several nodes on one database (issue 17): [`proxy::RoundRobinProxy`] sends each request
//!   to the next node and records which one served it; [`smtp::SmtpServer`] is a mail server
//!   that can refuse recipients and be stopped and started again; [`pg::FreshDatabase`] a
//!   PostgreSQL database of one test's own.

pub mod bins;
pub mod browser;
pub mod camera;
pub mod cpms;
pub mod kept;
pub mod net;
pub mod oidc;
pub mod outbox;
pub mod pages;
pub mod pg;
pub mod phone;
pub mod provider;
pub mod proxy;
pub mod push_service;
pub mod rp_listener;
pub mod signin;
pub mod smtp;
pub mod wait;
pub mod web_app;

pub use bins::bin_path;
pub use browser::{Browser, Tab};
pub use cpms::{Cpms, CpmsPort};
pub use net::free_port;
pub use oidc::{AuthorizationRequest, RelyingParty};
pub use outbox::{extract_link, Message, Outbox};
pub use provider::{ClientSpec, Mode, Provider, ProviderOptions, RegisteredClient, UserSpec};
pub use proxy::{Hop, RoundRobinProxy};
pub use rp_listener::{Callback, RedirectListener};
pub use smtp::SmtpServer;
pub use web_app::{WebApp, WebAppPort};

/// `--flag=VALUE` as one argument, for a path or any other `OsStr` value (`format!` would
/// need it as UTF-8). Our command lines always join a flag and its value: a generated value
/// (client id, secret, password) may begin with `-`, and as a separate argument it would be
/// parsed as a flag.
pub fn flag_arg(flag: &str, value: impl AsRef<std::ffi::OsStr>) -> std::ffi::OsString {
    let mut arg = std::ffi::OsString::from(flag);
    arg.push("=");
    arg.push(value);
    arg
}

/// A fresh e-mail address that no other test (or earlier run) uses.
pub fn unique_email(prefix: &str) -> String {
    format!("{prefix}-{}@example.test", uuid::Uuid::new_v4().simple())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flag_and_its_value_are_one_argument() {
        assert_eq!(flag_arg("--data", "/tmp/x y"), "--data=/tmp/x y");
        assert_eq!(flag_arg("--client-id", "-x9"), "--client-id=-x9");
    }
}
