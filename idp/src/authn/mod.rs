//! Authentication: password hashing and policy, sign-in with lockout and rate limits,
//! browser sessions.

pub mod password;
pub mod policy;
pub mod session;
pub mod signin;
