//! HTML templates (minijinja, auto-escaped), embedded in the binary.

use crate::error::AppError;
use minijinja::Environment;

pub struct Templates {
    env: Environment<'static>,
}

macro_rules! embed {
    ($env:ident, $($name:literal),* $(,)?) => {
        $( $env.add_template($name, include_str!(concat!("../../templates/", $name)))
            .map_err(|e| AppError::Internal(format!("template {}: {e}", $name)))?; )*
    };
}

impl Templates {
    pub fn new() -> Result<Self, AppError> {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        // `errors.email` on a page without errors is simply empty.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        // `t("message-id", name=value, ...)`: the text in the page's language (`lang`).
        env.add_function("t", translate);
        embed!(
            env,
            "base.html",
            "fields.html",
            "message.html",
            "error.html",
            "form_post.html",
            "login_identifier.html",
            "login_password.html",
            "login_second_factor.html",
            "login_sms.html",
            "phones.html",
            "phone_add.html",
            "phone_finalise.html",
            "account.html",
            "account_password.html",
            "account_details.html",
            "account_delete.html",
            "account_delete_devices.html",
            "account_recovery.html",
            "account_sessions.html",
            "account_activity.html",
            "register.html",
            "set_password.html",
            "forgot_password.html",
            "home.html",
            "language.html",
            "logout.html",
            "outbox.html",
            "access_home.html",
            "access_request.html",
            "access_helpdesk.html",
            "device_list.html",
            "device_add.html",
            "device_enrol.html",
            "login_app_pin.html",
            "login_app_qr.html",
            "security_keys.html",
            "security_key_add.html",
            "login_webauthn.html",
            "totp_list.html",
            "totp_add.html",
            "totp_enrol.html",
            "login_totp.html",
        );
        Ok(Self { env })
    }

    pub fn render(&self, name: &str, ctx: minijinja::Value) -> Result<String, AppError> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| AppError::Internal(format!("rendering {name}: {e}")))
    }
}

/// The template function `t`: the catalogue's text `id` in the language of the page being
/// rendered (its `lang`), placeables from the keyword arguments.
fn translate(
    state: &minijinja::State,
    id: String,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    use fluent_templates::fluent_bundle::FluentValue;
    let locale = state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(crate::i18n::find))
        .unwrap_or(crate::i18n::ENGLISH);
    let mut args: Vec<(&str, FluentValue<'static>)> = Vec::new();
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        let fluent = match value.as_i64() {
            Some(n) => FluentValue::from(n),
            None => FluentValue::from(value.to_string()),
        };
        args.push((name, fluent));
    }
    kwargs.assert_all_used()?;
    Ok(crate::i18n::text(locale, &id, &args))
}

/// A QR code as an SVG `data:` URL (the CSP allows `img-src data:`).
pub fn qr_data_url(payload: &str) -> Result<String, AppError> {
    use base64::Engine;
    let code = qrcode::QrCode::new(payload.as_bytes())
        .map_err(|e| AppError::Internal(format!("QR code: {e}")))?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .module_dimensions(6, 6)
        .build();
    Ok(format!(
        "data:image/svg+xml;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(svg)
    ))
}
