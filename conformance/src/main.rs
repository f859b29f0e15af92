//! `conformance`: runs the OpenID Foundation's OP test plans (and our own) against any issuer.

mod config;
mod harness;
mod plans;
mod report;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::Result;
use clap::Parser;

use harness::{Ctx, Listener, Run, Skipped};
use report::{Entry, Report, Result_};

/// Runs OpenID Connect OP conformance modules against an issuer.
#[derive(Parser, Debug)]
#[command(name = "conformance", version)]
struct Args {
    /// The issuer URL of the provider under test.
    #[arg(long)]
    issuer: String,
    /// Configuration file (TOML, or JSON if it ends in .json): clients, test user, sign-in.
    #[arg(long)]
    config: PathBuf,
    /// Test plan(s) to run (default: all). See --list.
    #[arg(long = "plan")]
    plans: Vec<String>,
    /// Only these module(s).
    #[arg(long = "module")]
    modules: Vec<String>,
    /// Write a JSON report here.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Seconds before a module is stopped and FAILED.
    #[arg(long, default_value_t = 120)]
    module_timeout: u64,
    /// List plans and modules, then exit.
    #[arg(long)]
    list: bool,
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    match real_main().await {
        Ok(true) => std::process::ExitCode::SUCCESS,
        Ok(false) => std::process::ExitCode::from(1),
        Err(e) => {
            eprintln!("conformance: {e:#}");
            std::process::ExitCode::from(2)
        }
    }
}

async fn real_main() -> Result<bool> {
    let args = Args::parse();
    let all = plans::all();
    if args.list {
        for p in &all {
            println!("{}", p.name);
            for m in &p.modules {
                println!("  {}", m.name);
            }
        }
        return Ok(true);
    }
    for p in &args.plans {
        anyhow::ensure!(
            all.iter().any(|x| x.name == p),
            "unknown plan {p} (see --list)"
        );
    }
    for m in &args.modules {
        anyhow::ensure!(
            all.iter().any(|p| p.modules.iter().any(|x| x.name == m)),
            "unknown module {m} (see --list)"
        );
    }
    let cfg = config::Config::load(&args.config)?;
    let issuer = args.issuer.trim_end_matches('/').to_string();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()?;
    let listener = Listener::start(&harness::browser::rp_uris(&cfg)).await?;
    let setup = async {
        let disc = harness::discovery::fetch(&http, &issuer).await?;
        let (_, jwks) = harness::discovery::fetch_jwks(&http, &disc).await?;
        anyhow::Ok((disc, jwks))
    }
    .await;
    let selected = all
        .iter()
        .filter(|p| args.plans.is_empty() || args.plans.contains(&p.name.to_string()));
    let mut entries = Vec::new();
    for plan in selected {
        for module in &plan.modules {
            if !args.modules.is_empty() && !args.modules.iter().any(|m| m == module.name) {
                continue;
            }
            let started = Instant::now();
            let (result, reason, warnings) = match &setup {
                Err(e) => (Result_::Failed, format!("setup: {e:#}"), Vec::new()),
                Ok((disc, jwks)) => {
                    let ctx = Ctx {
                        issuer: issuer.clone(),
                        cfg: cfg.clone(),
                        disc: disc.clone(),
                        jwks: jwks.clone(),
                        listener: listener.clone(),
                        form_post: plan.form_post,
                        http: http.clone(),
                    };
                    let run = Run::new(&ctx);
                    let outcome = tokio::time::timeout(
                        Duration::from_secs(args.module_timeout),
                        (module.run)(&run),
                    )
                    .await;
                    let warnings = run.warnings();
                    match outcome {
                        Err(_) => (
                            Result_::Failed,
                            format!("timed out after {} s", args.module_timeout),
                            warnings,
                        ),
                        Ok(Err(e)) if e.downcast_ref::<Skipped>().is_some() => {
                            (Result_::Skipped, e.to_string(), warnings)
                        }
                        Ok(Err(e)) => (Result_::Failed, format!("{e:#}"), warnings),
                        Ok(Ok(())) if warnings.is_empty() => {
                            (Result_::Passed, String::new(), warnings)
                        }
                        Ok(Ok(())) => (Result_::Warning, warnings.join("; "), warnings),
                    }
                }
            };
            entries.push(Entry {
                plan: plan.name.to_string(),
                module: module.name.to_string(),
                result,
                reason,
                warnings,
                duration_ms: started.elapsed().as_millis(),
            });
        }
    }
    let report = Report::new(&issuer, entries);
    print!("{}", report.table());
    if let Some(path) = &args.report {
        std::fs::write(path, serde_json::to_vec_pretty(&report)?)?;
    }
    if let Some(others) = report.others() {
        println!("{others}");
    }
    println!("{}", report.summary());
    Ok(report.failed == 0)
}
