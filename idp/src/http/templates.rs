//! HTML templates (minijinja, auto-escaped), embedded in the binary.

use crate::error::AppError;
use minijinja::Environment;

pub struct Templates {
    env: Environment<'static>,
}

macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        [$( ($name, include_str!(concat!("../../templates/", $name))) ),*]
    };
}

/// Each template's name and source. They are compiled the first time a page needs them
/// (issue 18): all 42 compiled at start held 1.5 MiB that a node serving only tokens never
/// reads. A test compiles every one of them.
const SOURCES: [(&str, &str); 42] = embed!(
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

impl Default for Templates {
    fn default() -> Self {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|_| minijinja::AutoEscape::Html);
        // `errors.email` on a page without errors is simply empty.
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        // `t` with a message id and name=value placeables: the text in the page's language.
        env.add_function("t", translate);
        // Each template is compiled on its first `get_template` and kept.
        env.set_loader(|name| {
            Ok(SOURCES
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, source)| (*source).to_owned()))
        });
        Self { env }
    }
}

impl Templates {
    pub fn render(&self, name: &str, ctx: minijinja::Value) -> Result<String, AppError> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(ctx))
            .map_err(|e| AppError::Internal(format!("rendering {name}: {e}")))
    }
}

/// The template function `t`: the text in the language of the page being rendered (its
/// `lang`). Its first argument is a catalogue id, or a text a handler made (`i18n::Msg`,
/// `{"id", "args"}`); keyword arguments add placeables, and `brand` is always one.
fn translate(
    state: &minijinja::State,
    text: minijinja::Value,
    kwargs: minijinja::value::Kwargs,
) -> Result<String, minijinja::Error> {
    use fluent_templates::fluent_bundle::FluentValue;
    let locale = state
        .lookup("lang")
        .and_then(|v| v.as_str().and_then(crate::i18n::find))
        .unwrap_or(crate::i18n::ENGLISH);
    let fluent = |value: &minijinja::Value| match value.as_i64() {
        Some(n) => FluentValue::from(n),
        // A nested text (a date, a duration) in the same language.
        None if value.get_attr("id").is_ok_and(|id| !id.is_undefined()) => {
            let none =
                minijinja::value::Kwargs::from_iter(std::iter::empty::<(&str, minijinja::Value)>());
            FluentValue::from(translate(state, value.clone(), none).unwrap_or_default())
        }
        None => FluentValue::from(value.to_string()),
    };
    let mut args: Vec<(String, FluentValue<'static>)> = Vec::new();
    if let Some(brand) = state.lookup("brand") {
        args.push(("brand".into(), fluent(&brand)));
    }
    let id = match text.as_str() {
        Some(id) => id.to_owned(),
        None => {
            let id = text.get_attr("id")?;
            let Some(id) = id.as_str() else {
                return Err(minijinja::Error::new(
                    minijinja::ErrorKind::InvalidOperation,
                    format!("t() takes a message id or a message, not {text}"),
                ));
            };
            if let Ok(list) = text.get_attr("args") {
                if let Ok(items) = list.try_iter() {
                    for pair in items {
                        let (Ok(name), Ok(value)) =
                            (pair.get_item_by_index(0), pair.get_item_by_index(1))
                        else {
                            continue;
                        };
                        args.push((name.to_string(), fluent(&value)));
                    }
                }
            }
            id.to_owned()
        }
    };
    for name in kwargs.args() {
        let value: minijinja::Value = kwargs.get(name)?;
        args.push((name.to_owned(), fluent(&value)));
    }
    kwargs.assert_all_used()?;
    let args: Vec<(&str, FluentValue<'static>)> =
        args.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every file of `idp/templates` is embedded, and each compiles with all it extends or
    /// includes: a template is only compiled when a page first needs it.
    #[test]
    fn every_template_is_embedded_and_compiles() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        files.sort();
        let mut embedded: Vec<String> = SOURCES.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(files, embedded);
        let templates = Templates::default();
        for (name, _) in SOURCES {
            templates
                .env
                .get_template(name)
                .unwrap_or_else(|e| panic!("{name}: {e:#}"));
        }
        assert!(templates.env.get_template("nowhere.html").is_err());
    }
}
