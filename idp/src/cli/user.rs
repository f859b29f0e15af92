//! `idp user add`.

use crate::secret::{random_token, Secret};
use crate::state::AppState;
use crate::store;
use clap::Subcommand;

#[derive(Subcommand, Debug)]
pub enum UserCommand {
    /// Create an account with a confirmed e-mail address and a password.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        password: String,
        #[arg(long, default_value = "Test")]
        first_name: String,
        #[arg(long, default_value = "User")]
        last_name: String,
        #[arg(long = "role")]
        roles: Vec<String>,
        /// A mobile phone number registered as already confirmed (any spelling; repeatable),
        /// for accounts provisioned by an administrator.
        #[arg(long = "phone")]
        phones: Vec<String>,
    },
}

pub async fn run(state: AppState, cmd: UserCommand) -> anyhow::Result<()> {
    match cmd {
        UserCommand::Add {
            email,
            password,
            first_name,
            last_name,
            roles,
            phones,
        } => {
            let phones = phones
                .iter()
                .map(|p| {
                    crate::authn::sms::normalise_phone(p).map_err(|e| {
                        anyhow::anyhow!("--phone {p}: {}", e.text(crate::i18n::ENGLISH))
                    })
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let id = add_user(
                &state,
                &email,
                &Secret::new(password),
                &first_name,
                &last_name,
                &roles,
            )
            .await?;
            for e164 in phones {
                add_confirmed_phone(&state, &id, &e164).await?;
            }
            println!("{id}");
        }
    }
    Ok(())
}

pub async fn add_user(
    state: &AppState,
    email: &str,
    password: &Secret,
    first_name: &str,
    last_name: &str,
    roles: &[String],
) -> anyhow::Result<String> {
    if store::users::find_by_email(&state.db, email)
        .await?
        .is_some()
    {
        anyhow::bail!("an account with e-mail {email} exists already");
    }
    let hash = state.hasher.hash(password).await?;
    let id = random_token(16).expose().to_owned();
    store::users::insert(
        &state.db,
        store::users::NewUser {
            id: id.clone(),
            email,
            email_verified: true,
            first_name,
            last_name,
            language: "en",
            password_hash: Some(hash),
            roles,
            now: state.now(),
        },
    )
    .await?;
    Ok(id)
}

/// Registers `e164` as a confirmed number of the user (no SMS challenge: an administrator
/// vouches for it).
pub async fn add_confirmed_phone(
    state: &AppState,
    user_id: &str,
    e164: &str,
) -> anyhow::Result<()> {
    let id = random_token(16).expose().to_owned();
    let now = state.now();
    store::phones::insert(&state.db, &id, user_id, e164, now).await?;
    store::phones::verify(&state.db, user_id, &id, now).await?;
    Ok(())
}
