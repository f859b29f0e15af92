//! The HTML part of every e-mail, made from its plain text: the service's name in a header
//! bar, paragraphs, and every address a link a person can tap, in the language of the text
//! (`lang`, for screen readers and hyphenation). Mail programs ignore style sheets, so the
//! look of the web pages (ECL's colours and type) is given inline; the text part stays the
//! reference and carries the same words (the HTML part adds none of its own).

/// ECL's primary blue and text colours.
const BLUE: &str = "#004494";
const TEXT: &str = "#1d1d1b";

/// The HTML alternative of a plain-text message in language `lang` (a BCP 47 code).
pub fn render(lang: &str, brand: &str, subject: &str, text: &str) -> String {
    let paragraphs: String = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines: Vec<String> = p.lines().map(linked).collect();
            format!(
                "<p style=\"margin:0 0 16px;line-height:1.5\">{}</p>",
                lines.join("<br>")
            )
        })
        .collect();
    format!(
        "<!doctype html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{subject}</title></head>\
         <body style=\"margin:0;padding:0;background:#f3f5f8;font-family:Arial,Helvetica,sans-serif;color:{TEXT}\">\
         <div style=\"max-width:600px;margin:0 auto;background:#ffffff\">\
         <div style=\"background:{BLUE};color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold\">{brand}</div>\
         <div style=\"padding:24px;font-size:16px;overflow-wrap:anywhere\">{paragraphs}</div>\
         </div></body></html>",
        lang = escape(lang),
        subject = escape(subject),
        brand = escape(brand),
    )
}

/// Text safe inside HTML elements and quoted attributes.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// A piece of a line of text: plain, or an `http(s)://` address (trailing punctuation left
/// out of the address).
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Link(&'a str),
}

/// Splits a line into its plain text and its addresses, for the mail's HTML part and the
/// dev outbox page alike.
pub fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(start) = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme))
        .min()
    {
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        let end = rest[start..]
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .map_or(rest.len(), |e| start + e);
        let url = rest[start..end].trim_end_matches(['.', ',', ')', ';', ':']);
        out.push(Piece::Link(url));
        rest = &rest[start + url.len()..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// One line, escaped, with its addresses as links.
fn linked(line: &str) -> String {
    pieces(line)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => escape(t),
            Piece::Link(url) => format!(
                "<a href=\"{href}\" style=\"color:{BLUE};text-decoration:underline\">{href}</a>",
                href = escape(url)
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{pieces, render, Piece};

    #[test]
    fn a_line_splits_into_text_and_addresses() {
        assert_eq!(
            pieces("Go to https://a.example/x?y=1. Then"),
            vec![
                Piece::Text("Go to "),
                Piece::Link("https://a.example/x?y=1"),
                Piece::Text(". Then")
            ]
        );
        assert_eq!(pieces("no link"), vec![Piece::Text("no link")]);
    }

    #[test]
    fn links_are_tappable_and_text_is_escaped() {
        let html = render(
            "fr",
            "EU Login (demo)",
            "You have been registered",
            "Dear <Ada>,\n\nFollow http://localhost:8080/password/set?token=a&b=1.\nThanks",
        );
        assert!(html.contains("<a href=\"http://localhost:8080/password/set?token=a&amp;b=1\""));
        assert!(html.contains("Dear &lt;Ada&gt;,"));
        assert!(html.contains(">EU Login (demo)</div>"));
        assert!(html.contains("<html lang=\"fr\">"));
        assert_eq!(html.matches("<p ").count(), 2);
    }
}
