//! The mobile app's integration tests, one binary: the QR code payloads (`properties`), the
//! web app's server in-process and as the real binary (`serve`), and the web app's own
//! JavaScript tests under node (`web_app`).

mod properties;
mod serve;
mod web_app;
