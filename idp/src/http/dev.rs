//! Dev mode only: the outbox of e-mails and SMS, at `/dev/outbox` and `/dev/outbox.json`: a
//! view of the outbox table (every message written, whether sent, waiting or given up).

use crate::error::AppError;
use crate::http::web::Web;
use crate::i18n::Msg;
use crate::mail::OutboxEntry;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::routing::get;
use axum::{Json, Router};

pub fn routes(state: &Web) -> Router<Web> {
    if !state.config.dev_mode {
        return Router::new();
    }
    Router::new()
        .route("/dev/outbox", get(page))
        .route("/dev/outbox.json", get(json))
}

async fn entries(state: &Web) -> Result<Vec<OutboxEntry>, AppError> {
    let rows = crate::store::outbox::all(&state.db).await?;
    Ok(rows.iter().map(OutboxEntry::from).collect())
}

async fn json(State(state): State<Web>) -> Result<Json<Vec<OutboxEntry>>, AppError> {
    Ok(Json(entries(&state).await?))
}

async fn page(State(state): State<Web>, headers: HeaderMap) -> Result<Response, AppError> {
    let mut entries = entries(&state).await?;
    entries.reverse();
    let entries: Vec<_> = entries
        .iter()
        .map(|e| {
            let channel = Msg::new(if e.channel == "sms" {
                "outbox-sms"
            } else {
                "outbox-email"
            });
            minijinja::context! {
                subject => &e.subject,
                sent => Msg::new("outbox-sent")
                    .arg("channel", channel.clone())
                    .arg("to", &e.to)
                    .arg("when", crate::i18n::when(e.created_at)),
                channel,
                lang => &e.lang,
                lines => linked_lines(&e.body),
            }
        })
        .collect();
    super::page(
        &state,
        &headers,
        StatusCode::OK,
        "outbox.html",
        minijinja::context! { entries },
    )
}

/// A message body as lines of pieces, each plain text or a link (`href` set), so the page
/// can make the links clickable without marking any text as safe HTML.
fn linked_lines(body: &str) -> Vec<Vec<minijinja::Value>> {
    use crate::mail::html::{pieces, Piece};
    body.lines()
        .map(|line| {
            pieces(line)
                .into_iter()
                .map(|p| match p {
                    Piece::Text(text) => minijinja::context! { text },
                    Piece::Link(url) => minijinja::context! { text => url, href => url },
                })
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::linked_lines;

    #[test]
    fn links_in_a_message_become_pieces_with_an_href() {
        let lines = linked_lines("Follow http://localhost:8080/password/set?token=a1.\nThanks");
        assert_eq!(lines.len(), 2);
        let first: Vec<String> = lines[0].iter().map(|p| p.to_string()).collect();
        assert_eq!(first.len(), 3, "{first:?}");
        assert_eq!(
            lines[0][1].get_attr("href").unwrap().as_str(),
            Some("http://localhost:8080/password/set?token=a1")
        );
        assert_eq!(lines[0][2].get_attr("text").unwrap().as_str(), Some("."));
        assert!(lines[1][0].get_attr("href").unwrap().is_undefined());
    }
}
