//! OpenID Connect and OAuth 2.0 services, one module per endpoint and per grant.

pub mod authorize;
pub mod claims;
pub mod client_auth;
pub mod client_cache;
pub mod clients;
pub mod discovery;
pub mod error;
pub mod flow;
pub mod grants;
pub mod id_token;
pub mod introspection;
pub mod logout;
pub mod params;
pub mod request;
pub mod response_mode;
pub mod revocation;
pub mod userinfo;
