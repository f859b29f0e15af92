//! sea-orm entities, one per table of the migrations crate. Only `store` sees these.

macro_rules! entity {
    ($module:ident, $table:literal, { $($body:tt)* }) => {
        pub mod $module {
            use sea_orm::entity::prelude::*;

            #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
            #[sea_orm(table_name = $table)]
            pub struct Model { $($body)* }

            #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
            pub enum Relation {}

            impl ActiveModelBehavior for ActiveModel {}
        }
    };
}

entity!(user, "users", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub email: String,
    pub email_verified: bool,
    pub first_name: String,
    pub last_name: String,
    pub language: String,
    pub password_hash: Option<String>,
    pub password_changed_at: Option<i64>,
    pub roles: String,
    /// The hash was made from the password's NFC form (older hashes: from the bytes typed).
    pub password_nfc: bool,
    pub created_at: i64,
    pub updated_at: i64,
});

entity!(client, "clients", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub client_id: String,
    pub name: String,
    pub secret_hash: Option<String>,
    pub auth_method: String,
    pub redirect_uris: String,
    pub post_logout_redirect_uris: String,
    pub grant_types: String,
    pub scope: String,
    pub minimum_acr: Option<String>,
    pub allowed_methods: Option<String>,
    pub backchannel_logout_uri: Option<String>,
    pub jwks: Option<String>,
    pub jwks_uri: Option<String>,
    pub id_token_alg: Option<String>,
    pub created_at: i64,
    pub resource: Option<String>,
    pub audiences: Option<String>,
});

entity!(signing_key, "signing_keys", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub kid: String,
    pub alg: String,
    pub public_jwk: String,
    pub sealed_private: String,
    pub created_at: i64,
    pub activate_at: i64,
    pub deactivated_at: Option<i64>,
    pub retire_at: Option<i64>,
});

entity!(session, "sessions", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub sid: String,
    pub user_id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub expires_at: i64,
    pub password_at: i64,
    pub mfa_at: Option<i64>,
    pub mfa_acr: Option<String>,
    pub mfa_amr: Option<String>,
    pub ip: String,
    pub user_agent: String,
    pub ended_at: Option<i64>,
});

entity!(auth_flow, "auth_flows", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub client_id: Option<String>,
    pub request: Option<String>,
    pub email: Option<String>,
    pub user_id: Option<String>,
    pub password_at: Option<i64>,
    pub created_at: i64,
    pub expires_at: i64,
    pub completed_at: Option<i64>,
    pub return_to: Option<String>,
    pub min_acr: Option<String>,
});

entity!(grant, "grants", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub client_id: String,
    pub user_id: Option<String>,
    pub sid: Option<String>,
    pub scope: String,
    pub acr: Option<String>,
    pub amr: Option<String>,
    pub auth_time: Option<i64>,
    pub claims: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
});

entity!(authorization_code, "authorization_codes", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code_hash: String,
    pub grant_id: String,
    pub redirect_uri: String,
    pub nonce: Option<String>,
    pub code_challenge: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub consumed_at: Option<i64>,
    /// The key of the access token its first use issued.
    pub consumed_by: Option<String>,
});

entity!(access_token, "access_tokens", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub grant_id: Option<String>,
    pub client_id: String,
    pub scope: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub revoked_at: Option<i64>,
});

entity!(refresh_token, "refresh_tokens", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub grant_id: String,
    pub scope: String,
    pub created_at: i64,
    pub used_at: Option<i64>,
    /// The key of the access token its first use issued.
    pub used_by: Option<String>,
});

entity!(email_token, "email_tokens", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub token_hash: String,
    pub user_id: String,
    pub purpose: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
});

entity!(rate_limit, "rate_limits", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    pub window_start: i64,
    pub count: i32,
});

entity!(signin_throttle, "signin_throttles", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub key: String,
    pub consecutive_failures: i32,
    pub window_start: Option<i64>,
    pub failures_in_window: i32,
    pub locked_until: Option<i64>,
    pub updated_at: i64,
});

entity!(account_recovery, "account_recoveries", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub requested_at: i64,
    pub effective_at: i64,
    pub cancelled_at: Option<i64>,
    pub completed_at: Option<i64>,
    pub ip: String,
});

entity!(used_assertion, "used_assertions", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub jti_hash: String,
    pub expires_at: i64,
});

entity!(audit_event, "audit_events", {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub at: i64,
    pub event: String,
    pub user_id: Option<String>,
    pub client_id: Option<String>,
    pub ip: Option<String>,
    pub detail: Option<String>,
});

entity!(phone_number, "phone_numbers", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub e164: String,
    pub created_at: i64,
    pub verified_at: Option<i64>,
});

entity!(mobile_device, "mobile_devices", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub pin_hash: String,
    pub public_jwk: Option<String>,
    pub sealed_secret: Option<String>,
    pub pin_failures: i32,
    pub locked_at: Option<i64>,
    pub created_at: i64,
    pub enrolled_at: Option<i64>,
    pub last_used_at: Option<i64>,
});

// The push subscription of a mobile device (Web Push, RFC 8030/8291): one per device.
entity!(push_subscription, "push_subscriptions", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub device_id: String,
    pub endpoint: String,
    pub p256dh: String,
    pub auth: String,
    pub created_at: i64,
});

// The provider's VAPID key pair (RFC 8292), sealed like a signing key; one row, `vapid`.
entity!(web_push_key, "web_push_keys", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub name: String,
    pub kid: String,
    pub public_jwk: String,
    pub sealed_private: String,
    pub created_at: i64,
});

entity!(webauthn_credential, "webauthn_credentials", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub credential_id: String,
    pub passkey: String,
    pub level: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
});

entity!(totp_authenticator, "totp_authenticators", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub name: String,
    pub sealed_secret: String,
    pub last_step: i64,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
});

entity!(challenge, "challenges", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub kind: String,
    pub flow_id: Option<String>,
    pub subject: Option<String>,
    pub secret_hash: Option<String>,
    pub data: Option<String>,
    pub attempts: i32,
    pub status: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub decided_at: Option<i64>,
});

entity!(access_application, "access_applications", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub name: String,
    pub client_id: String,
    pub created_at: i64,
});

entity!(access_profile, "access_profiles", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub application_id: String,
    pub code: String,
    pub name: String,
    pub description: String,
    pub position: i32,
});

entity!(access_organisation, "access_organisations", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub parent_id: Option<String>,
    pub kind: String,
    pub code: String,
    pub name: String,
    pub created_at: i64,
});

entity!(access_request, "access_requests", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub application_id: String,
    pub organisation_id: String,
    pub profile_code: String,
    pub comment: String,
    pub status: String,
    pub created_at: i64,
    pub decided_by: Option<String>,
    pub decided_at: Option<i64>,
    pub reason: Option<String>,
    pub revoked_by: Option<String>,
    pub revoked_at: Option<i64>,
    pub revoke_reason: Option<String>,
});

// Every e-mail and SMS, from the transaction that caused it to its delivery (issue 17).
entity!(outbox_message, "outbox", {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub lang: String,
    pub kind: String,
    pub user_id: Option<String>,
    pub reference: Option<String>,
    pub state: String,
    pub attempts: i32,
    pub created_at: i64,
    pub next_attempt_at: i64,
    pub give_up_at: i64,
    pub claimed_by: Option<String>,
    pub claimed_until: Option<i64>,
    pub last_error: Option<String>,
    pub finished_at: Option<i64>,
});

/// Runs `$each!(user, client, ...)`: the module of every entity above, for code that does
/// the same to each (the readers' test compares every table read both ways).
#[macro_export]
macro_rules! every_entity {
    ($each:ident) => {
        $each!(
            user,
            client,
            signing_key,
            session,
            auth_flow,
            grant,
            authorization_code,
            access_token,
            refresh_token,
            email_token,
            rate_limit,
            signin_throttle,
            account_recovery,
            used_assertion,
            audit_event,
            phone_number,
            mobile_device,
            push_subscription,
            web_push_key,
            webauthn_credential,
            totp_authenticator,
            challenge,
            access_application,
            access_profile,
            access_organisation,
            access_request,
            outbox_message
        )
    };
}

/// The table of every entity.
pub fn tables() -> Vec<&'static str> {
    use sea_orm::EntityName;
    macro_rules! tables {
        ($($m:ident),*) => { vec![$($m::Entity.table_name()),*] };
    }
    every_entity!(tables)
}

/// The columns whose field is an `i32`. SQLite declares these `INTEGER`, as it declares a
/// row id, which is an `i64`; the SQLite readers tell the two apart by name.
pub fn narrow_integer_columns() -> Vec<String> {
    columns_of_type(&sea_orm::ColumnType::Integer)
}

/// The name of every column of type `wanted`, in any table.
fn columns_of_type(wanted: &sea_orm::ColumnType) -> Vec<String> {
    use sea_orm::{ColumnTrait, IdenStatic, Iterable};
    let mut out = Vec::new();
    macro_rules! of_type {
        ($($m:ident),*) => {
            $(
                for column in $m::Column::iter() {
                    if column.def().get_column_type() == wanted {
                        out.push(column.as_str().to_owned());
                    }
                }
            )*
        };
    }
    every_entity!(of_type);
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_column_name_is_an_i32_in_one_table_and_an_i64_in_another() {
        // The SQLite readers type an `INTEGER` column by its name alone.
        let narrow = super::narrow_integer_columns();
        let wide = super::columns_of_type(&sea_orm::ColumnType::BigInteger);
        assert!(narrow.iter().any(|n| n == "attempts") && wide.iter().any(|w| w == "id"));
        let both: Vec<_> = narrow.iter().filter(|n| wide.contains(n)).collect();
        assert!(both.is_empty(), "named both i32 and i64: {both:?}");
    }

    #[test]
    fn every_entity_is_listed() {
        let source = include_str!("entities.rs");
        let defined = source.matches("\nentity!(").count();
        assert_eq!(super::tables().len(), defined);
    }
}
