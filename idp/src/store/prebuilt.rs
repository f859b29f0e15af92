//! Reads whose SQL is written once (issue 18).
//!
//! sea-query writes a query's SQL anew each time it runs: for a token read with its grant
//! and user, every column of three tables, quoted and aliased, about 2 KB of text per
//! request, and a tenth of the request's time. The hottest reads keep the SQL written on
//! their first run, per backend, and send it again with the new values.

use sea_orm::sea_query::Value;
use sea_orm::{ConnectionTrait, DbBackend, DbErr, SelectorTrait, Statement};
use std::sync::OnceLock;

/// The SQL of one query, per backend. One `static` per query: a generic function's
/// `static` would be shared by all its instances, so the caller owns it.
pub struct Prebuilt {
    sqlite: OnceLock<String>,
    postgres: OnceLock<String>,
}

impl Prebuilt {
    pub const fn new() -> Self {
        Self {
            sqlite: OnceLock::new(),
            postgres: OnceLock::new(),
        }
    }

    /// The first row of the query that `build` writes for a backend, run with `values`, read
    /// as `S` reads it (`SelectTwoModel`, `SelectThreeModel`: the selector of that query).
    ///
    /// The SQL is kept from the first run on each backend, so it must depend on nothing but
    /// `values`, and sea-query must bind exactly `values`, in that order (a `LIMIT` is a
    /// bound value too). The first run checks that, and refuses the read otherwise, so a
    /// query whose shape changes with its input fails its tests instead of reading with the
    /// wrong values.
    pub async fn one<S: SelectorTrait>(
        &self,
        db: &impl ConnectionTrait,
        values: Vec<Value>,
        build: impl FnOnce(DbBackend) -> Statement,
    ) -> Result<Option<S::Item>, DbErr> {
        let backend = db.get_database_backend();
        let slot = match backend {
            DbBackend::Postgres => &self.postgres,
            _ => &self.sqlite,
        };
        let sql = match slot.get() {
            Some(sql) => sql.clone(),
            None => {
                let built = build(backend);
                let bound = built.values.as_ref().map_or(&[][..], |v| &v.0[..]);
                if bound != values.as_slice() {
                    return Err(DbErr::Custom(format!(
                        "a prebuilt query binds {bound:?}, not {values:?}"
                    )));
                }
                slot.get_or_init(|| built.sql).clone()
            }
        };
        let statement = Statement::from_sql_and_values(backend, sql, values);
        let first = db.query_all(statement).await?.into_iter().next();
        first.map(S::from_raw_query_result).transpose()
    }
}

impl Default for Prebuilt {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::entities::access_token;
    use sea_orm::{EntityTrait, QueryFilter, QuerySelect, QueryTrait};

    type ByHash = sea_orm::SelectModel<access_token::Model>;

    fn by_hash(hash: &str, backend: DbBackend) -> Statement {
        access_token::Entity::find_by_id(hash.to_owned())
            .limit(1)
            .build(backend)
    }

    #[tokio::test]
    async fn the_sql_is_kept_and_sent_with_each_reads_values() {
        let db = crate::store::connect("sqlite::memory:").await.unwrap();
        crate::store::migrate(&db).await.unwrap();
        let read = Prebuilt::new();
        for hash in ["a", "b"] {
            let row = read
                .one::<ByHash>(&db, vec![hash.into(), 1u64.into()], |b| by_hash(hash, b))
                .await
                .unwrap();
            assert!(row.is_none());
        }
        assert!(read.sqlite.get().unwrap().contains("LIMIT"));
    }

    #[tokio::test]
    async fn a_query_that_binds_other_values_is_refused() {
        let db = crate::store::connect("sqlite::memory:").await.unwrap();
        crate::store::migrate(&db).await.unwrap();
        let read = Prebuilt::new();
        // The LIMIT's value is missing from the values given.
        let refused = read
            .one::<ByHash>(&db, vec!["a".into()], |b| by_hash("a", b))
            .await;
        assert!(refused.is_err());
        let other = |b| {
            access_token::Entity::find()
                .filter(sea_orm::ColumnTrait::eq(
                    &access_token::Column::ClientId,
                    "c",
                ))
                .build(b)
        };
        assert!(read
            .one::<ByHash>(&db, vec!["a".into()], other)
            .await
            .is_err());
        assert!(
            read.sqlite.get().is_none(),
            "nothing is kept from a refused query"
        );
    }
}
