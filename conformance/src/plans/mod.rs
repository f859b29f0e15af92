//! Test plans: the OpenID Foundation's OP plans (modules named exactly as in its suite) and
//! our own plan. One module per file under `plans/<plan>/`.

pub mod backchannel;
pub mod basic;
pub mod config;
pub mod idp;
pub mod rp_logout;

use std::future::Future;
use std::pin::Pin;

use crate::harness::Run;

pub type ModFuture<'a> = Pin<Box<dyn Future<Output = anyhow::Result<()>> + 'a>>;

/// One test module.
pub struct Module {
    pub name: &'static str,
    pub run: for<'a> fn(&'a Run<'a>) -> ModFuture<'a>,
}

/// One test plan.
pub struct Plan {
    pub name: &'static str,
    /// Every authorization request uses response_mode=form_post.
    pub form_post: bool,
    pub modules: Vec<Module>,
}

/// `module!("name", file_module)` where the module has `pub async fn run(&Run) -> Result<()>`.
#[macro_export]
macro_rules! module {
    ($name:literal, $m:ident) => {{
        fn boxed<'a>(r: &'a $crate::harness::Run<'a>) -> $crate::plans::ModFuture<'a> {
            Box::pin($m::run(r))
        }
        $crate::plans::Module {
            name: $name,
            run: boxed,
        }
    }};
}

pub fn all() -> Vec<Plan> {
    vec![
        Plan {
            name: "oidcc-basic-certification-test-plan",
            form_post: false,
            modules: basic::modules(),
        },
        Plan {
            name: "oidcc-config-certification-test-plan",
            form_post: false,
            modules: config::modules(),
        },
        Plan {
            name: "oidcc-formpost-basic-certification-test-plan",
            form_post: true,
            modules: basic::modules(),
        },
        Plan {
            name: "oidcc-rp-initiated-logout-certification-test-plan",
            form_post: false,
            modules: rp_logout::modules(),
        },
        Plan {
            name: "oidcc-backchannel-rp-initiated-logout-certification-test-plan",
            form_post: false,
            modules: backchannel::modules(),
        },
        Plan {
            name: "idp-certification-test-plan",
            form_post: false,
            modules: idp::modules(),
        },
    ]
}
