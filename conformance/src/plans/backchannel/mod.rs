//! oidcc-backchannel-rp-initiated-logout-certification-test-plan (OpenID Connect Back-Channel
//! Logout 1.0): the runner hosts the back-channel endpoint on loopback.

mod discovery;
mod logout_token;
mod rp_initiated_logout;

use crate::module;
use crate::plans::Module;

pub fn modules() -> Vec<Module> {
    vec![
        module!(
            "oidcc-backchannel-logout-discovery-endpoint-verification",
            discovery
        ),
        module!("oidcc-backchannel-rp-initiated-logout", rp_initiated_logout),
    ]
}
