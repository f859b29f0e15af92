//! `idp access application|profile|org|grant ...`: the authorization system's data.

use crate::access::admin::{self, OrgPath};
use crate::access::helpdesk::{self, Actor};
use crate::access::request::{date, describe};
use crate::access::{APPROVED, DENIED, PENDING, REVOKED};
use crate::state::AppState;
use crate::store;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum AccessCommand {
    /// Applications users can request access to, each linked to its OIDC client.
    #[command(subcommand)]
    Application(ApplicationCommand),
    /// Access profiles of an application (HP, ...).
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// The organisation tree: ERN -> country -> centre.
    #[command(subcommand)]
    Org(OrgCommand),
    /// Access requests and grants (an approved request is a grant).
    #[command(subcommand)]
    Grant(GrantCommand),
}

#[derive(Subcommand, Debug)]
pub enum ApplicationCommand {
    /// Add an application (idempotent for the same id and client).
    Add {
        /// Short id, used in roles (`helpdesk:<id>`) and in the claim: `cpms`.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        /// The client_id of the application's OIDC client.
        #[arg(long, allow_hyphen_values = true)]
        client_id: String,
        /// Access profile as CODE=Name, repeatable: `--profile "HP=Healthcare professional"`.
        #[arg(long = "profile")]
        profiles: Vec<String>,
    },
    List,
}

#[derive(Subcommand, Debug)]
pub enum ProfileCommand {
    /// Add an access profile to an application (idempotent).
    Add {
        #[arg(long)]
        application: String,
        #[arg(long)]
        code: String,
        #[arg(long)]
        name: String,
        #[arg(long, default_value = "")]
        description: String,
    },
    List {
        #[arg(long)]
        application: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum OrgCommand {
    /// Add an ERN, a country in it, a centre in that country (missing levels are created;
    /// existing ones reused). Prints the id of the deepest node.
    Add {
        /// ERN short name: `eUROGEN`.
        #[arg(long)]
        ern: String,
        #[arg(long)]
        ern_name: Option<String>,
        /// ISO 3166-1 alpha-2 code: `NL`.
        #[arg(long)]
        country: Option<String>,
        #[arg(long)]
        country_name: Option<String>,
        #[arg(long)]
        centre: Option<String>,
    },
    /// Print the tree with ids.
    List,
}

#[derive(Subcommand, Debug)]
pub enum GrantCommand {
    /// List requests (default: approved ones, the grants).
    List {
        #[arg(long)]
        application: Option<String>,
        #[arg(long, default_value = "approved", value_parser = ["pending", "approved", "denied", "revoked", "all"])]
        status: String,
    },
    /// Revoke an approved grant (the requester is told by e-mail).
    Revoke {
        id: String,
        #[arg(long, default_value = "")]
        reason: String,
    },
}

pub async fn run(state: AppState, cmd: AccessCommand) -> anyhow::Result<()> {
    match cmd {
        AccessCommand::Application(ApplicationCommand::Add {
            id,
            name,
            client_id,
            profiles,
        }) => {
            let app = admin::ensure_application(&state, &id, &name, &client_id).await?;
            for p in profiles {
                let Some((code, pname)) = p.split_once('=') else {
                    anyhow::bail!(
                        "--profile is CODE=Name, for example \"HP=Healthcare professional\""
                    );
                };
                admin::ensure_profile(&state, &app.id, code.trim(), pname.trim(), "").await?;
            }
            println!("{}", app.id);
        }
        AccessCommand::Application(ApplicationCommand::List) => {
            for a in store::access::applications(&state.db).await? {
                let profiles = store::access::profiles(&state.db, &a.id).await?;
                let codes: Vec<&str> = profiles.iter().map(|p| p.code.as_str()).collect();
                println!(
                    "{}\t{}\tclient {}\tprofiles {}",
                    a.id,
                    a.name,
                    a.client_id,
                    codes.join(",")
                );
            }
        }
        AccessCommand::Profile(ProfileCommand::Add {
            application,
            code,
            name,
            description,
        }) => {
            let p = admin::ensure_profile(&state, &application, &code, &name, &description).await?;
            println!("{}", p.id);
        }
        AccessCommand::Profile(ProfileCommand::List { application }) => {
            for p in store::access::profiles(&state.db, &application).await? {
                println!("{}\t{}\t{}", p.code, p.name, p.description);
            }
        }
        AccessCommand::Org(OrgCommand::Add {
            ern,
            ern_name,
            country,
            country_name,
            centre,
        }) => {
            let node = admin::ensure_path(
                &state,
                OrgPath {
                    ern: &ern,
                    ern_name: ern_name.as_deref(),
                    country: country.as_deref(),
                    country_name: country_name.as_deref(),
                    centre: centre.as_deref(),
                },
            )
            .await?;
            println!("{}", node.id);
        }
        AccessCommand::Org(OrgCommand::List) => {
            let rows = store::access::organisations(&state.db).await?;
            print_tree(&rows, None, 0);
        }
        AccessCommand::Grant(GrantCommand::List {
            application,
            status,
        }) => {
            let apps: Vec<String> = match application {
                Some(a) => vec![a],
                None => store::access::applications(&state.db)
                    .await?
                    .into_iter()
                    .map(|a| a.id)
                    .collect(),
            };
            let statuses: Vec<&str> = if status == "all" {
                vec![PENDING, APPROVED, DENIED, REVOKED]
            } else {
                vec![status.as_str()]
            };
            for s in statuses {
                let rows = store::access::requests_with_status(&state.db, &apps, s).await?;
                for r in describe(&state, rows).await? {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        r.id,
                        r.status,
                        r.requester_email,
                        r.application,
                        r.profile,
                        r.organisation,
                        date(r.created_at)
                    );
                }
            }
        }
        AccessCommand::Grant(GrantCommand::Revoke { id, reason }) => {
            let r = helpdesk::revoke(&state, Actor::Operator, &id, &reason, "cli").await?;
            println!("{} {}", r.id, r.status);
        }
    }
    Ok(())
}

fn print_tree(rows: &[store::access::Organisation], parent: Option<&str>, depth: usize) {
    if depth > 3 {
        return;
    }
    for r in rows.iter().filter(|r| r.parent_id.as_deref() == parent) {
        println!(
            "{}{}  {} ({})  [{}]",
            "  ".repeat(depth),
            r.kind,
            r.name,
            r.code,
            r.id
        );
        print_tree(rows, Some(&r.id), depth + 1);
    }
}
