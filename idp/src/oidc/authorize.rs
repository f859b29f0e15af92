//! The authorization decision once a request is valid: sign-in needed, step-up needed,
//! an error for the client, or a code.

use super::error::{ErrorCode, OAuthError};
use super::request::AuthRequest;
use crate::authn::acr::Acr;
use crate::authn::factors::{Enrolled, Method};
use crate::authn::session::{authentication_of, Authentication, SignedIn};
use crate::error::AppError;
use crate::secret::{ordered_id, ordered_token, token_key};
use crate::state::AppState;
use crate::store::batch::Authorization;
use crate::store::{self, tokens::AuthorizationCode, tokens::Grant};

#[derive(Debug)]
pub enum Decision {
    /// Issue a code with this authentication.
    Issue(Authentication),
    /// The user must sign in (again).
    SignIn,
    /// Signed in, but at a level below what the client needs.
    StepUp,
    /// prompt=none (or an impossible requirement): answer the client with this error.
    Fail(OAuthError),
}

/// What the decision reads from the browser's session.
#[derive(Debug, Clone)]
pub struct Seen<'a> {
    /// The signed-in user.
    pub user_id: &'a str,
    /// When the session's password was given.
    pub password_at: i64,
    /// The session's authentication still valid now; `None`: every level has expired.
    pub authentication: Option<Authentication>,
}

/// Decides for a request, given the browser's session. `fresh_since`: when the flow began,
/// if the user authenticated within it (so prompt=login / max_age are already satisfied).
pub fn decide(
    state: &AppState,
    request: &AuthRequest,
    signed_in: Option<&SignedIn>,
    fresh_since: Option<i64>,
) -> Decision {
    let now = state.now();
    let seen = signed_in.map(|signed_in| Seen {
        user_id: &signed_in.user.id,
        password_at: signed_in.session.password_at,
        authentication: authentication_of(&signed_in.session, state),
    });
    decide_for(request, seen, now, fresh_since)
}

/// The decision itself, without a database or a clock: `seen` is the browser's session
/// (`None`: nobody is signed in), `now` the current time.
pub fn decide_for(
    request: &AuthRequest,
    seen: Option<Seen<'_>>,
    now: i64,
    fresh_since: Option<i64>,
) -> Decision {
    let no_ui = request.prompts("none");
    let login_or = |err: ErrorCode, text: &'static str| {
        if no_ui {
            Decision::Fail(OAuthError::new(err, text))
        } else {
            Decision::SignIn
        }
    };
    let Some(seen) = seen else {
        return login_or(ErrorCode::LoginRequired, "the user is not signed in");
    };
    let Some(mut auth) = seen.authentication else {
        return login_or(ErrorCode::LoginRequired, "the session has expired");
    };
    // A second factor the client does not accept (e.g. SMS) counts as the password only.
    let method = Method::from_amr(&auth.amr);
    if auth.level > Acr::Basic
        && !method.is_some_and(|m| m.allowed_by(request.allowed_methods.as_deref()))
    {
        auth = Authentication {
            level: Acr::Basic,
            amr: vec!["pwd".to_owned()],
            auth_time: seen.password_at,
        };
    }
    if let Some(sub) = &request.id_token_hint_sub {
        if sub != seen.user_id {
            return login_or(
                ErrorCode::LoginRequired,
                "the signed-in user is not the one in id_token_hint",
            );
        }
    }
    let fresh = fresh_since.is_some_and(|since| auth.auth_time >= since);
    if request.prompts("login") && !fresh {
        return Decision::SignIn;
    }
    if let Some(max_age) = request.max_age {
        if now - auth.auth_time > max_age && !fresh {
            return login_or(
                ErrorCode::LoginRequired,
                "the authentication is older than max_age",
            );
        }
    }
    if request.prompts("consent") && no_ui {
        return Decision::Fail(OAuthError::new(
            ErrorCode::ConsentRequired,
            "consent cannot be given without a page",
        ));
    }
    if auth.level < request.min_level {
        if no_ui {
            return Decision::Fail(OAuthError::new(
                ErrorCode::InteractionRequired,
                "a higher authentication level is required",
            ));
        }
        return Decision::StepUp;
    }
    Decision::Issue(auth)
}

/// The user cannot reach the level the client requires (no such factor enrolled, or the
/// user gave up): what the client receives.
pub fn unmet(request: &AuthRequest) -> OAuthError {
    if request.acr_essential {
        OAuthError::described(
            ErrorCode::UnmetAuthenticationRequirements,
            format!(
                "the user could not authenticate at level {}",
                request.min_level.name()
            ),
        )
    } else {
        OAuthError::new(
            ErrorCode::AccessDenied,
            "the user could not reach the required authentication level",
        )
    }
}

pub struct IssuedCode {
    pub code: String,
}

/// Creates the grant and its single-use code, committed with the others queued at the same
/// moment (`store::batch`): the code is answered once it is stored.
pub async fn issue_code(
    state: &AppState,
    request: &AuthRequest,
    signed_in: &SignedIn,
    auth: &Authentication,
) -> Result<IssuedCode, AppError> {
    let now = state.now();
    let acr_values = &state.acr;
    let grant_id = ordered_id(16);
    let code = ordered_token();
    let job = Authorization {
        grant: store::tokens::grant_row(Grant {
            id: grant_id.clone(),
            client_id: request.client_id.clone(),
            user_id: Some(signed_in.user.id.clone()),
            sid: Some(signed_in.session.sid.clone()),
            scope: request.scope.join(" "),
            acr: Some(acr_values.value(auth.level).to_owned()),
            amr: auth.amr.clone(),
            auth_time: Some(auth.auth_time),
            claims: request.claims.clone(),
            created_at: now,
            expires_at: now + state.config.tokens.refresh_token_ttl_secs,
            revoked_at: None,
        }),
        code: AuthorizationCode {
            code_hash: token_key(code.expose()),
            grant_id,
            redirect_uri: request.redirect_uri.clone(),
            nonce: request.nonce.clone(),
            code_challenge: request.code_challenge.clone(),
            created_at: now,
            expires_at: now + state.config.tokens.code_ttl_secs,
            consumed_at: None,
            consumed_by: None,
        },
    };
    state.authorizations.submit(job).await?;
    Ok(IssuedCode {
        code: code.expose().to_owned(),
    })
}

/// The level a user can reach with what they have enrolled and the client accepts.
pub async fn reachable_level(
    state: &AppState,
    user_id: &str,
    request: &AuthRequest,
) -> Result<Acr, AppError> {
    let enrolled = Enrolled::of(state, user_id).await?;
    Ok(enrolled.reachable(state, request.allowed_methods.as_deref()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::oidc::response_mode::ResponseMode;

    const NOW: i64 = 1_700_000_000;
    const HOUR: i64 = 3600;

    /// A valid request with no requirement beyond sign-in.
    fn request() -> AuthRequest {
        AuthRequest {
            client_id: "rp".into(),
            redirect_uri: "https://rp.example/cb".into(),
            response_mode: ResponseMode::Query,
            scope: vec!["openid".into()],
            state: Some("xyz".into()),
            nonce: Some("n".into()),
            code_challenge: None,
            prompt: vec![],
            max_age: None,
            min_level: Acr::Basic,
            acr_essential: false,
            claims: None,
            login_hint: None,
            id_token_hint_sub: None,
            ui_locales: None,
            allowed_methods: None,
        }
    }

    fn prompt(r: &mut AuthRequest, values: &[&str]) {
        r.prompt = values.iter().map(|v| (*v).to_owned()).collect();
    }

    /// The browser's session in a row.
    #[derive(Clone, Copy)]
    enum Browser {
        /// Nobody is signed in.
        Anonymous,
        /// Signed in, but every level of the session has expired.
        Expired { password_at: i64 },
        /// Signed in at `level` since `auth_time` (the password at `password_at`).
        Live {
            level: Acr,
            amr: &'static [&'static str],
            auth_time: i64,
            password_at: i64,
        },
    }

    const USER: &str = "user-1";

    /// Password only, `age` seconds ago.
    fn pwd(age: i64) -> Browser {
        Browser::Live {
            level: Acr::Basic,
            amr: &["pwd"],
            auth_time: NOW - age,
            password_at: NOW - age,
        }
    }

    /// A second factor `mfa_age` seconds ago, the password `pwd_age` seconds ago.
    fn mfa(level: Acr, amr: &'static [&'static str], mfa_age: i64, pwd_age: i64) -> Browser {
        Browser::Live {
            level,
            amr,
            auth_time: NOW - mfa_age,
            password_at: NOW - pwd_age,
        }
    }

    fn seen(browser: Browser) -> Option<Seen<'static>> {
        match browser {
            Browser::Anonymous => None,
            Browser::Expired { password_at } => Some(Seen {
                user_id: USER,
                password_at,
                authentication: None,
            }),
            Browser::Live {
                level,
                amr,
                auth_time,
                password_at,
            } => Some(Seen {
                user_id: USER,
                password_at,
                authentication: Some(Authentication {
                    level,
                    amr: amr.iter().map(|a| (*a).to_owned()).collect(),
                    auth_time,
                }),
            }),
        }
    }

    #[derive(Debug)]
    enum Expect {
        /// A code with this level, auth_time and amr.
        Issue(Acr, i64, &'static [&'static str]),
        SignIn,
        StepUp,
        Fail(ErrorCode),
    }

    struct Case {
        name: &'static str,
        tweak: fn(&mut AuthRequest),
        browser: Browser,
        now: i64,
        fresh_since: Option<i64>,
        expect: Expect,
    }

    const SMS: &[&str] = &["pwd", "sms", "mfa"];
    const TOTP: &[&str] = &["pwd", "otp", "mfa"];
    const KEY: &[&str] = &["pwd", "hwk", "user", "mfa"];

    fn none(_: &mut AuthRequest) {}

    #[test]
    fn decide_answers_each_request_and_session_as_the_client_expects() {
        use Expect::*;
        let cases = [
            // Nobody signed in, or the session expired.
            Case {
                name: "anonymous: sign in",
                tweak: none,
                browser: Browser::Anonymous,
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "anonymous with prompt=none: login_required",
                tweak: |r| prompt(r, &["none"]),
                browser: Browser::Anonymous,
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::LoginRequired),
            },
            Case {
                name: "expired session: sign in",
                tweak: none,
                browser: Browser::Expired {
                    password_at: NOW - 13 * HOUR,
                },
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "expired session with prompt=none: login_required",
                tweak: |r| prompt(r, &["none"]),
                browser: Browser::Expired {
                    password_at: NOW - 13 * HOUR,
                },
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::LoginRequired),
            },
            // A live session that meets the request.
            Case {
                name: "password session, nothing required: code at basic",
                tweak: none,
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "password session with prompt=none: code without a page",
                tweak: |r| prompt(r, &["none"]),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "prompt=select_account is not acted on: code",
                tweak: |r| prompt(r, &["select_account"]),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            // id_token_hint.
            Case {
                name: "id_token_hint of the signed-in user: code",
                tweak: |r| r.id_token_hint_sub = Some(USER.into()),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "id_token_hint of another user: sign in",
                tweak: |r| r.id_token_hint_sub = Some("someone-else".into()),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "id_token_hint of another user with prompt=none: login_required",
                tweak: |r| {
                    r.id_token_hint_sub = Some("someone-else".into());
                    prompt(r, &["none"]);
                },
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::LoginRequired),
            },
            Case {
                name: "id_token_hint mismatch wins over a missing level with prompt=none",
                tweak: |r| {
                    r.id_token_hint_sub = Some("someone-else".into());
                    r.min_level = Acr::High;
                    prompt(r, &["none"]);
                },
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::LoginRequired),
            },
            // prompt=login.
            Case {
                name: "prompt=login, no sign-in in this flow: sign in",
                tweak: |r| prompt(r, &["login"]),
                browser: pwd(60),
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "prompt=login, signed in before the flow began: sign in",
                tweak: |r| prompt(r, &["login"]),
                browser: pwd(60),
                now: NOW,
                fresh_since: Some(NOW - 30),
                expect: SignIn,
            },
            Case {
                name: "prompt=login, signed in within the flow: code",
                tweak: |r| prompt(r, &["login"]),
                browser: pwd(10),
                now: NOW,
                fresh_since: Some(NOW - 30),
                expect: Issue(Acr::Basic, NOW - 10, &["pwd"]),
            },
            Case {
                name: "prompt=login, signed in the second the flow began: code",
                tweak: |r| prompt(r, &["login"]),
                browser: pwd(30),
                now: NOW,
                fresh_since: Some(NOW - 30),
                expect: Issue(Acr::Basic, NOW - 30, &["pwd"]),
            },
            Case {
                name: "prompt=login consent, signed in within the flow: code",
                tweak: |r| prompt(r, &["login", "consent"]),
                browser: pwd(10),
                now: NOW,
                fresh_since: Some(NOW - 30),
                expect: Issue(Acr::Basic, NOW - 10, &["pwd"]),
            },
            // max_age.
            Case {
                name: "max_age not reached: code",
                tweak: |r| r.max_age = Some(HOUR),
                browser: pwd(HOUR - 1),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR + 1, &["pwd"]),
            },
            Case {
                name: "max_age reached exactly: code",
                tweak: |r| r.max_age = Some(HOUR),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "max_age exceeded: sign in",
                tweak: |r| r.max_age = Some(HOUR),
                browser: pwd(HOUR + 1),
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "max_age exceeded later on the clock: sign in",
                tweak: |r| r.max_age = Some(HOUR),
                browser: pwd(0),
                now: NOW + HOUR + 1,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "max_age exceeded with prompt=none: login_required",
                tweak: |r| {
                    r.max_age = Some(HOUR);
                    prompt(r, &["none"]);
                },
                browser: pwd(HOUR + 1),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::LoginRequired),
            },
            Case {
                name: "max_age=0, signed in before the flow: sign in",
                tweak: |r| r.max_age = Some(0),
                browser: pwd(5),
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "max_age exceeded but signed in within the flow: code",
                tweak: |r| r.max_age = Some(0),
                browser: pwd(5),
                now: NOW,
                fresh_since: Some(NOW - 60),
                expect: Issue(Acr::Basic, NOW - 5, &["pwd"]),
            },
            Case {
                name: "max_age exceeded wins over a missing level: sign in, not step-up",
                tweak: |r| {
                    r.max_age = Some(HOUR);
                    r.min_level = Acr::Medium;
                },
                browser: pwd(2 * HOUR),
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            // prompt=consent.
            Case {
                name: "prompt=consent with a page: code",
                tweak: |r| prompt(r, &["consent"]),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "prompt=consent with prompt=none: consent_required",
                tweak: |r| prompt(r, &["none", "consent"]),
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::ConsentRequired),
            },
            Case {
                name: "consent_required wins over interaction_required",
                tweak: |r| {
                    prompt(r, &["none", "consent"]);
                    r.min_level = Acr::High;
                },
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::ConsentRequired),
            },
            // Levels.
            Case {
                name: "password session, medium required: step-up",
                tweak: |r| r.min_level = Acr::Medium,
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: StepUp,
            },
            Case {
                name: "password session, medium required, prompt=none: interaction_required",
                tweak: |r| {
                    r.min_level = Acr::Medium;
                    prompt(r, &["none"]);
                },
                browser: pwd(HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::InteractionRequired),
            },
            Case {
                name: "medium session, medium required: code at medium, auth_time of the factor",
                tweak: |r| r.min_level = Acr::Medium,
                browser: mfa(Acr::Medium, TOTP, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Medium, NOW - 60, TOTP),
            },
            Case {
                name: "high session, medium required: code at high",
                tweak: |r| r.min_level = Acr::Medium,
                browser: mfa(Acr::High, KEY, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::High, NOW - 60, KEY),
            },
            Case {
                name: "medium session, high required: step-up",
                tweak: |r| r.min_level = Acr::High,
                browser: mfa(Acr::Medium, TOTP, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: StepUp,
            },
            Case {
                name: "medium session, high required, prompt=none: interaction_required",
                tweak: |r| {
                    r.min_level = Acr::High;
                    prompt(r, &["none"]);
                },
                browser: mfa(Acr::Medium, TOTP, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::InteractionRequired),
            },
            // Second factors the client does not accept.
            Case {
                name: "SMS, client accepts any method: code at medium",
                tweak: none,
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Medium, NOW - 60, SMS),
            },
            Case {
                name: "SMS, client accepts SMS: code at medium",
                tweak: |r| r.allowed_methods = Some(vec![Method::Sms]),
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Medium, NOW - 60, SMS),
            },
            Case {
                name: "SMS, client accepts TOTP only: code at basic, as of the password",
                tweak: |r| r.allowed_methods = Some(vec![Method::Totp]),
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "SMS, client accepts no second factor: code at basic",
                tweak: |r| r.allowed_methods = Some(vec![]),
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "SMS, client accepts TOTP only, medium required: step-up",
                tweak: |r| {
                    r.allowed_methods = Some(vec![Method::Totp]);
                    r.min_level = Acr::Medium;
                },
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: StepUp,
            },
            Case {
                name: "SMS not accepted, medium required, prompt=none: interaction_required",
                tweak: |r| {
                    r.allowed_methods = Some(vec![Method::Totp]);
                    r.min_level = Acr::Medium;
                    prompt(r, &["none"]);
                },
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Fail(ErrorCode::InteractionRequired),
            },
            Case {
                name: "security key, client accepts TOTP only: code at basic",
                tweak: |r| r.allowed_methods = Some(vec![Method::Totp]),
                browser: mfa(Acr::High, KEY, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "TOTP, client accepts TOTP only: code at medium",
                tweak: |r| r.allowed_methods = Some(vec![Method::Totp]),
                browser: mfa(Acr::Medium, TOTP, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Medium, NOW - 60, TOTP),
            },
            Case {
                name: "second factor with no known method in amr counts as password only",
                tweak: none,
                browser: mfa(Acr::Medium, &["mfa"], 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: Issue(Acr::Basic, NOW - HOUR, &["pwd"]),
            },
            Case {
                name: "SMS not accepted: max_age applies to the password",
                tweak: |r| {
                    r.allowed_methods = Some(vec![Method::Totp]);
                    r.max_age = Some(HOUR / 2);
                },
                browser: mfa(Acr::Medium, SMS, 60, HOUR),
                now: NOW,
                fresh_since: None,
                expect: SignIn,
            },
            Case {
                name: "SMS not accepted: prompt=login freshness applies to the password",
                tweak: |r| {
                    r.allowed_methods = Some(vec![Method::Totp]);
                    prompt(r, &["login"]);
                },
                browser: mfa(Acr::Medium, SMS, 10, HOUR),
                now: NOW,
                fresh_since: Some(NOW - 30),
                expect: SignIn,
            },
        ];
        for case in cases {
            let mut request = request();
            (case.tweak)(&mut request);
            let got = decide_for(&request, seen(case.browser), case.now, case.fresh_since);
            let name = case.name;
            match (&case.expect, &got) {
                (Expect::Issue(level, auth_time, amr), Decision::Issue(auth)) => {
                    assert_eq!(auth.level, *level, "{name}: level");
                    assert_eq!(auth.auth_time, *auth_time, "{name}: auth_time");
                    assert_eq!(auth.amr, *amr, "{name}: amr");
                }
                (Expect::SignIn, Decision::SignIn) | (Expect::StepUp, Decision::StepUp) => {}
                (Expect::Fail(code), Decision::Fail(error)) => {
                    assert_eq!(error.code, *code, "{name}: error code");
                }
                (expect, got) => panic!("{name}: expected {expect:?}, got {got:?}"),
            }
        }
    }

    #[test]
    fn unmet_level_is_unmet_authentication_requirements_only_when_essential() {
        for (name, essential, code) in [
            (
                "essential",
                true,
                ErrorCode::UnmetAuthenticationRequirements,
            ),
            ("voluntary", false, ErrorCode::AccessDenied),
        ] {
            let mut r = request();
            r.min_level = Acr::High;
            r.acr_essential = essential;
            assert_eq!(unmet(&r).code, code, "{name}");
        }
    }
}
