//! A small HTML form reader: enough to find forms, their inputs, selects and submit buttons,
//! the way a browser would submit them. Not a general HTML parser.

use std::collections::BTreeMap;

/// One input of a form, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub value: String,
    /// "hidden", "text", "password", "email", "checkbox", "select", "submit", ...
    pub kind: String,
    pub checked: bool,
}

/// One `<form>`.
#[derive(Debug, Clone, Default)]
pub struct Form {
    pub id: Option<String>,
    pub action: Option<String>,
    pub method: String,
    pub fields: Vec<Field>,
    /// Named submit buttons (`<button name=.. value=..>` or `<input type=submit>`), in order.
    pub buttons: Vec<(String, String)>,
}

impl Form {
    pub fn has_field(&self, name: &str) -> bool {
        self.fields.iter().any(|f| f.name == name)
    }

    pub fn has_kind(&self, kind: &str) -> bool {
        self.fields.iter().any(|f| f.kind == kind)
    }

    /// The values a browser submits, with `overrides` replacing or adding fields, plus the
    /// first named submit button.
    pub fn submission(&self, overrides: &BTreeMap<String, String>) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        for f in &self.fields {
            if f.name.is_empty() || overrides.contains_key(&f.name) {
                continue;
            }
            if f.kind == "checkbox" || f.kind == "radio" {
                if f.checked {
                    out.push((f.name.clone(), f.value.clone()));
                }
                continue;
            }
            out.push((f.name.clone(), f.value.clone()));
        }
        for (k, v) in overrides {
            out.push((k.clone(), v.clone()));
        }
        if let Some((n, v)) = self.buttons.first() {
            if !n.is_empty() && !overrides.contains_key(n) {
                out.push((n.clone(), v.clone()));
            }
        }
        out
    }
}

#[derive(Debug)]
struct Tag {
    name: String,
    closing: bool,
    attrs: BTreeMap<String, String>,
}

fn tags(html: &str) -> Vec<(Tag, usize)> {
    let bytes = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = html[i..].find('<') {
        let start = i + off;
        if html[start..].starts_with("<!--") {
            i = html[start..]
                .find("-->")
                .map(|e| start + e + 3)
                .unwrap_or(html.len());
            continue;
        }
        let mut j = start + 1;
        let mut quote: Option<u8> = None;
        while j < bytes.len() {
            let c = bytes[j];
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == b'"' || c == b'\'' => quote = Some(c),
                None if c == b'>' => break,
                None => {}
            }
            j += 1;
        }
        let inner = &html[start + 1..j.min(html.len())];
        if let Some(tag) = parse_tag(inner) {
            let lower = tag.name.clone();
            let lower = lower.as_str();
            let raw_text = !tag.closing && (lower == "script" || lower == "style");
            out.push((tag, j.min(html.len())));
            if raw_text {
                let close = format!("</{lower}");
                let rest = html.get(j..).unwrap_or("");
                i = rest
                    .to_ascii_lowercase()
                    .find(&close)
                    .map(|e| j + e)
                    .unwrap_or(html.len());
                continue;
            }
        }
        i = (j + 1).min(html.len());
    }
    out
}

fn parse_tag(inner: &str) -> Option<Tag> {
    let inner = inner.trim_end_matches('/');
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inner.len());
    let name = inner[..name_end].to_ascii_lowercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut attrs = BTreeMap::new();
    let rest = &inner[name_end..];
    let b = rest.as_bytes();
    let mut k = 0;
    while k < b.len() {
        while k < b.len() && (b[k] as char).is_whitespace() {
            k += 1;
        }
        let ks = k;
        while k < b.len() && !(b[k] as char).is_whitespace() && b[k] != b'=' {
            k += 1;
        }
        let key = rest[ks..k].to_ascii_lowercase();
        if key.is_empty() {
            k += 1;
            continue;
        }
        while k < b.len() && (b[k] as char).is_whitespace() {
            k += 1;
        }
        let mut value = String::new();
        if k < b.len() && b[k] == b'=' {
            k += 1;
            while k < b.len() && (b[k] as char).is_whitespace() {
                k += 1;
            }
            if k < b.len() && (b[k] == b'"' || b[k] == b'\'') {
                let q = b[k];
                let vs = k + 1;
                k = vs;
                while k < b.len() && b[k] != q {
                    k += 1;
                }
                value = rest[vs..k.min(b.len())].to_string();
                k += 1;
            } else {
                let vs = k;
                while k < b.len() && !(b[k] as char).is_whitespace() {
                    k += 1;
                }
                value = rest[vs..k].to_string();
            }
        }
        attrs.insert(key, decode_entities(&value));
    }
    Some(Tag {
        name,
        closing,
        attrs,
    })
}

/// Decodes the character references that appear in attribute values and text.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').filter(|e| *e <= 10);
        let Some(end) = end else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let ent = &rest[1..end];
        let ch = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ if ent.starts_with("#x") || ent.starts_with("#X") => {
                u32::from_str_radix(&ent[2..], 16)
                    .ok()
                    .and_then(char::from_u32)
            }
            _ if ent.starts_with('#') => ent[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// An input or button outside its form, attached by `form="id"`: (form id, field, button).
type Detached = (String, Field, Option<(String, String)>);

/// All forms of a page. Buttons and inputs outside a form but with `form="id"` are attached.
pub fn forms(html: &str) -> Vec<Form> {
    let mut forms: Vec<Form> = Vec::new();
    let mut current: Option<usize> = None;
    let mut select: Option<(usize, Field, bool)> = None; // (form, field, has selected)
    let mut detached: Vec<Detached> = Vec::new();
    let mut last_option_value: Option<String> = None;
    for (tag, _) in tags(html) {
        let attr = |k: &str| tag.attrs.get(k).cloned();
        match (tag.name.as_str(), tag.closing) {
            ("form", false) => {
                forms.push(Form {
                    id: attr("id"),
                    action: attr("action"),
                    method: attr("method")
                        .unwrap_or_else(|| "get".into())
                        .to_ascii_lowercase(),
                    ..Default::default()
                });
                current = Some(forms.len() - 1);
            }
            ("form", true) => current = None,
            ("input", false) => {
                let kind = attr("type")
                    .unwrap_or_else(|| "text".into())
                    .to_ascii_lowercase();
                let name = attr("name").unwrap_or_default();
                let value = attr("value").unwrap_or_else(|| {
                    if kind == "checkbox" || kind == "radio" {
                        "on".into()
                    } else {
                        String::new()
                    }
                });
                if kind == "submit" || kind == "image" || kind == "button" || kind == "reset" {
                    if kind == "submit" {
                        let b = (name, value);
                        attach_button(&mut forms, current, attr("form"), &mut detached, b);
                    }
                    continue;
                }
                let field = Field {
                    name,
                    value,
                    kind,
                    checked: tag.attrs.contains_key("checked"),
                };
                match (attr("form"), current) {
                    (Some(f), _) => detached.push((f, field, None)),
                    (None, Some(c)) => forms[c].fields.push(field),
                    (None, None) => {}
                }
            }
            ("textarea", false) => {
                if let (Some(c), Some(name)) = (current, attr("name")) {
                    forms[c].fields.push(Field {
                        name,
                        value: String::new(),
                        kind: "textarea".into(),
                        checked: false,
                    });
                }
            }
            ("button", false) => {
                let kind = attr("type")
                    .unwrap_or_else(|| "submit".into())
                    .to_ascii_lowercase();
                if kind == "submit" {
                    let b = (
                        attr("name").unwrap_or_default(),
                        attr("value").unwrap_or_default(),
                    );
                    attach_button(&mut forms, current, attr("form"), &mut detached, b);
                }
            }
            ("select", false) => {
                if let (Some(c), Some(name)) = (current, attr("name")) {
                    let field = Field {
                        name,
                        value: String::new(),
                        kind: "select".into(),
                        checked: false,
                    };
                    select = Some((c, field, false));
                }
            }
            ("option", false) => {
                if let Some((_, field, has_selected)) = select.as_mut() {
                    let value = attr("value").unwrap_or_default();
                    let selected = tag.attrs.contains_key("selected");
                    if selected || (!*has_selected && field.value.is_empty()) {
                        field.value = value.clone();
                        *has_selected |= selected;
                    }
                    last_option_value = Some(value);
                }
            }
            ("select", true) => {
                if let Some((c, field, _)) = select.take() {
                    forms[c].fields.push(field);
                }
                last_option_value = None;
            }
            _ => {}
        }
    }
    let _ = last_option_value;
    for (form_id, field, button) in detached {
        if let Some(f) = forms
            .iter_mut()
            .find(|f| f.id.as_deref() == Some(form_id.as_str()))
        {
            if let Some(b) = button {
                f.buttons.push(b);
            } else {
                f.fields.push(field);
            }
        }
    }
    forms
}

fn attach_button(
    forms: &mut [Form],
    current: Option<usize>,
    form_attr: Option<String>,
    detached: &mut Vec<Detached>,
    button: (String, String),
) {
    match (form_attr, current) {
        (Some(f), _) => {
            let dummy = Field {
                name: String::new(),
                value: String::new(),
                kind: String::new(),
                checked: false,
            };
            detached.push((f, dummy, Some(button)));
        }
        (None, Some(c)) => forms[c].buttons.push(button),
        (None, None) => {}
    }
}

/// The visible text of a page, roughly (tags removed), for error messages.
pub fn text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    decode_entities(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_our_password_form_with_select_and_hidden_fields() {
        let html = r#"<form id="password-form" method="post" action="/login/password">
            <input type="hidden" name="csrf" value="a&amp;b"><input type="hidden" name="flow" value="F1">
            <input type="password" name="password">
            <select name="method"><option value="password" selected>Password</option><option value="sms">SMS</option></select>
            <input type="checkbox" name="remember">
            <button type="submit">Sign in</button></form>"#;
        let f = &forms(html)[0];
        assert_eq!(f.id.as_deref(), Some("password-form"));
        let mut o = BTreeMap::new();
        o.insert("password".to_string(), "pw".to_string());
        let sub = f.submission(&o);
        assert_eq!(
            sub,
            vec![
                ("csrf".into(), "a&b".into()),
                ("flow".into(), "F1".into()),
                ("method".into(), "password".into()),
                ("password".into(), "pw".into())
            ]
        );
    }

    #[test]
    fn attaches_buttons_outside_the_form_by_form_attribute() {
        let html = r#"<form id="op.logoutForm" method="post" action="/session/end/confirm">
            <input type="hidden" name="xsrf" value="x"/></form>
            <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes</button>
            <button type="submit" form="op.logoutForm">No</button>
            <script>var a = "<form>";</script>"#;
        let fs = forms(html);
        assert_eq!(fs.len(), 1);
        let sub = fs[0].submission(&BTreeMap::new());
        assert_eq!(
            sub,
            vec![("xsrf".into(), "x".into()), ("logout".into(), "yes".into())]
        );
    }
}
