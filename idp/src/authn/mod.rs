//! Authentication: levels (`acr`), password hashing and policy, password attempts with
//! throttling and lockout (`attempts`), the sign-in state machine (`sign_in`), browser
//! sessions, the browser a sign-in comes from in words (`user_agent`), and one module per
//! second factor (`phones` and `sms`, `devices`, `webauthn`, `totp`) with what they share
//! (`factors`).

pub mod acr;
pub mod attempts;
pub mod devices;
pub mod factors;
pub mod password;
pub mod phones;
pub mod policy;
pub mod session;
pub mod sign_in;
pub mod sms;
pub mod totp;
pub mod user_agent;
pub mod webauthn;
