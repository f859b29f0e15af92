//! Reads whose SQL is written once (issue 18).
//!
//! sea-query writes a query's SQL anew each time it runs: for a token read with its grant
//! and user, every column of three tables, quoted and aliased, about 2 KB of text per
//! request, and a tenth of the request's time. The hottest reads keep the SQL written on
//! their first run, per backend, and send it again with the new values.
//!
//! On SQLite's readers they also take their row straight into models
//! (`sqlite_readers::Typed`): sea-orm's proxy would build each row as a map of owned column
//! names and values, and copy every value again to read it (decision 0050).

use super::coalesce::Coalesced;
use super::postgres_readers::PostgresReaders;
use super::sqlite_readers::{Layout, Typed};
use super::Conn;
use sea_orm::sea_query::value::sea_value_to_json_value;
use sea_orm::sea_query::{Value, Values};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, EntityTrait, IntoActiveModel, ModelTrait, SelectorTrait,
    Statement,
};
use std::sync::{Arc, OnceLock};

/// The SQL of one query, per backend. One `static` per query: a generic function's
/// `static` would be shared by all its instances, so the caller owns it.
pub struct Prebuilt {
    sqlite: OnceLock<String>,
    postgres: OnceLock<String>,
    /// Where the columns of the SQLite SQL's rows go, on SQLite's readers.
    layout: OnceLock<Layout>,
}

impl Prebuilt {
    pub const fn new() -> Self {
        Self {
            sqlite: OnceLock::new(),
            postgres: OnceLock::new(),
            layout: OnceLock::new(),
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
        db: &impl Conn,
        values: Vec<Value>,
        build: impl FnOnce(DbBackend) -> Statement,
    ) -> Result<Option<S::Item>, DbErr>
    where
        S::Item: Typed,
    {
        let backend = db.get_database_backend();
        let slot = match backend {
            DbBackend::Postgres => &self.postgres,
            _ => &self.sqlite,
        };
        let sql = kept(slot, &values, || build(backend))?;
        if let Some(readers) = db.sqlite_readers() {
            return readers.first(sql, &Values(values), &self.layout);
        }
        let statement = Statement::from_sql_and_values(backend, sql.clone(), values);
        let first = db.query_all(statement).await?.into_iter().next();
        first.map(S::from_raw_query_result).transpose()
    }
}

/// The SQL kept in `slot`, or the SQL of the statement `build` writes, kept once sea-query is
/// found to bind exactly `values`, in that order; otherwise the statement is refused and
/// nothing is kept.
fn kept<'a>(
    slot: &'a OnceLock<String>,
    values: &[Value],
    build: impl FnOnce() -> Statement,
) -> Result<&'a String, DbErr> {
    if let Some(sql) = slot.get() {
        return Ok(sql);
    }
    let built = build();
    let bound = built.values.as_ref().map_or(&[][..], |v| &v.0[..]);
    if bound != values {
        return Err(DbErr::Custom(format!(
            "a prebuilt statement binds {bound:?}, not {values:?}"
        )));
    }
    Ok(slot.get_or_init(|| built.sql))
}

impl Default for Prebuilt {
    fn default() -> Self {
        Self::new()
    }
}

/// A read of one row by its key that, on PostgreSQL's readers, waits for others of its kind
/// under load and goes with them as one statement (`coalesce`, decision 0057). Its SQL, kept
/// from the first run, selects by `= ANY($1)` and binds nothing else.
pub struct PrebuiltByKey {
    postgres: OnceLock<String>,
}

impl PrebuiltByKey {
    pub const fn new() -> Self {
        Self {
            postgres: OnceLock::new(),
        }
    }

    /// The row of `key` that the query of `build` finds, read as `S` reads it, with the
    /// other reads of `reads` waiting at that moment.
    pub async fn one<S: SelectorTrait>(
        &'static self,
        readers: &Arc<PostgresReaders>,
        reads: &Arc<Coalesced<S::Item>>,
        key: &str,
        build: impl FnOnce() -> Statement,
    ) -> Result<Option<S::Item>, DbErr>
    where
        S::Item: Clone + Send + 'static,
    {
        let sql: &'static String = kept(&self.postgres, &[], build)?;
        let readers = Arc::clone(readers);
        let read = move |keys: Vec<String>| {
            let readers = Arc::clone(&readers);
            async move {
                let rows = readers.by_keys(sql, &keys).await?;
                rows.into_iter().map(S::from_raw_query_result).collect()
            }
        };
        reads.get(key, read).await
    }
}

impl Default for PrebuiltByKey {
    fn default() -> Self {
        Self::new()
    }
}

/// The SQL of one entity's multi-row `INSERT`: the group commits (`batch`) write one per
/// batch, and sea-query wrote it anew each time, a few hundred bytes per row with their
/// allocations, and copied every value once more.
///
/// On SQLite, one SQL per number of rows (1 to `N`), each kept from its first run, checked
/// as [`Prebuilt::one`] checks its own. On PostgreSQL, one SQL whatever the number: the rows
/// go as one JSON array that `json_populate_recordset` turns into rows of the table. Every
/// connection keeps each SQL it ran prepared (sqlx's cache of 100), so one statement per
/// count used to fill the caches of all the pool's connections, and evict each other
/// (decision 0058).
pub struct PrebuiltInsert<const N: usize> {
    sqlite: [OnceLock<String>; N],
    postgres: OnceLock<String>,
}

/// What an insert does with a row whose key is stored already.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Duplicates {
    /// The statement fails, and nothing of it is stored.
    Refuse,
    /// The stored row is kept and the new one skipped (`ON CONFLICT DO NOTHING`): a batch
    /// written again after a lost connection whose commit may have happened.
    Skip,
}

impl Duplicates {
    /// [`Duplicates::Skip`] for a batch written `again`.
    pub fn when_again(again: bool) -> Self {
        if again {
            Duplicates::Skip
        } else {
            Duplicates::Refuse
        }
    }

    /// `sql`, an `INSERT`, with what it does with a duplicate.
    pub fn apply<'a>(self, sql: &'a str) -> std::borrow::Cow<'a, str> {
        match self {
            Duplicates::Refuse => sql.into(),
            Duplicates::Skip => format!("{sql} ON CONFLICT DO NOTHING").into(),
        }
    }
}

impl<const N: usize> PrebuiltInsert<N> {
    pub const fn new() -> Self {
        Self {
            sqlite: [const { OnceLock::new() }; N],
            postgres: OnceLock::new(),
        }
    }

    /// Inserts `rows` (1 to `N` of them; none is nothing to do) with one statement. Each row's
    /// values are bound in its entity's column order, as sea-query binds them; the first run
    /// for a count checks that, and refuses the insert otherwise.
    pub async fn insert<M>(
        &self,
        db: &impl ConnectionTrait,
        rows: &[&M],
        duplicates: Duplicates,
    ) -> Result<(), DbErr>
    where
        M: ModelTrait + Clone + IntoActiveModel<<M::Entity as EntityTrait>::ActiveModel>,
    {
        use sea_orm::{Iterable, QueryTrait};
        if rows.is_empty() {
            return Ok(());
        }
        let backend = db.get_database_backend();
        if backend == DbBackend::Postgres {
            return insert_json(db, &self.postgres, rows, duplicates).await;
        }
        let slots = &self.sqlite;
        let Some(slot) = slots.get(rows.len() - 1) else {
            return Err(DbErr::Custom(format!(
                "{} rows for a prebuilt insert of at most {N}",
                rows.len()
            )));
        };
        let columns = <M::Entity as EntityTrait>::Column::iter;
        let values: Vec<Value> = rows
            .iter()
            .flat_map(|row| columns().map(|column| row.get(column)))
            .collect();
        let sql = kept(slot, &values, || {
            let models = rows.iter().map(|row| (*row).clone().into_active_model());
            M::Entity::insert_many(models).build(backend)
        })?;
        let sql = duplicates.apply(sql).into_owned();
        db.execute(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        Ok(())
    }
}

/// `rows` in one PostgreSQL statement, as one JSON array of objects named by column.
async fn insert_json<M>(
    db: &impl ConnectionTrait,
    slot: &OnceLock<String>,
    rows: &[&M],
    duplicates: Duplicates,
) -> Result<(), DbErr>
where
    M: ModelTrait,
{
    let sql = slot.get_or_init(|| postgres_insert_sql::<M>(1));
    let values = vec![Value::from(json_rows(rows)?)];
    let sql = duplicates.apply(sql).into_owned();
    db.execute(Statement::from_sql_and_values(
        DbBackend::Postgres,
        sql,
        values,
    ))
    .await?;
    Ok(())
}

/// PostgreSQL's `INSERT` of the rows of `M` given as the JSON array of parameter `$param`
/// ([`json_rows`]), every column named as the entity names it.
pub fn postgres_insert_sql<M: ModelTrait>(param: usize) -> String {
    use sea_orm::{EntityName, IdenStatic, Iterable};
    let table = M::Entity::default().table_name().replace('"', "\"\"");
    let list = <M::Entity as EntityTrait>::Column::iter()
        .map(|c| format!("\"{}\"", c.as_str().replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "INSERT INTO \"{table}\" ({list}) SELECT {list} \
         FROM json_populate_recordset(NULL::\"{table}\", ${param}::json)"
    )
}

/// `rows` as one JSON array of objects named by column, for [`postgres_insert_sql`]. Written
/// straight into the parameter's text: no map of owned column names per row.
pub fn json_rows<M: ModelTrait>(rows: &[&M]) -> Result<String, DbErr> {
    use sea_orm::{IdenStatic, Iterable};
    let columns = <M::Entity as EntityTrait>::Column::iter;
    let mut json = Vec::with_capacity(256 * rows.len());
    json.push(b'[');
    for (i, row) in rows.iter().enumerate() {
        json.extend_from_slice(if i == 0 { b"{" } else { b",{" });
        for (j, column) in columns().enumerate() {
            if j > 0 {
                json.push(b',');
            }
            serde_json::to_writer(&mut json, column.as_str()).map_err(json_error)?;
            json.push(b':');
            let value = sea_value_to_json_value(&row.get(column));
            serde_json::to_writer(&mut json, &value).map_err(json_error)?;
        }
        json.push(b'}');
    }
    json.push(b']');
    String::from_utf8(json).map_err(json_error)
}

/// A row or parameter that could not be written as JSON.
pub fn json_error(e: impl std::fmt::Display) -> DbErr {
    DbErr::Custom(format!("rows not written as JSON: {e}"))
}

impl<const N: usize> Default for PrebuiltInsert<N> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::entities::{access_token, client, grant};
    use sea_orm::{EntityTrait, JoinType, QueryFilter, QuerySelect, QueryTrait, RelationDef};

    type WithGrant = sea_orm::SelectTwoModel<access_token::Model, grant::Model>;

    /// An access token with its grant, if any (a left join).
    fn with_grant(hash: &str, backend: DbBackend) -> Statement {
        let of_grant: RelationDef = access_token::Entity::belongs_to(grant::Entity)
            .from(access_token::Column::GrantId)
            .to(grant::Column::Id)
            .into();
        access_token::Entity::find_by_id(hash.to_owned())
            .join(JoinType::LeftJoin, of_grant)
            .select_also(grant::Entity)
            .limit(1)
            .build(backend)
    }

    /// A client the tokens of these tests belong to (their foreign key).
    fn client_c() -> client::Model {
        client::Model {
            client_id: "c".into(),
            name: "C".into(),
            secret_hash: None,
            auth_method: "none".into(),
            redirect_uris: "[]".into(),
            post_logout_redirect_uris: "[]".into(),
            grant_types: "[]".into(),
            scope: "openid".into(),
            minimum_acr: None,
            allowed_methods: None,
            backchannel_logout_uri: None,
            jwks: None,
            jwks_uri: None,
            id_token_alg: None,
            created_at: 0,
            resource: None,
            audiences: None,
        }
    }

    #[tokio::test]
    async fn the_sql_is_kept_and_sent_with_each_reads_values() {
        let db = crate::store::connect("sqlite::memory:").await.unwrap();
        crate::store::migrate(&db).await.unwrap();
        let read = Prebuilt::new();
        for hash in ["a", "b"] {
            let row = read
                .one::<WithGrant>(&db, vec![hash.into(), 1u64.into()], |b| with_grant(hash, b))
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
            .one::<WithGrant>(&db, vec!["a".into()], |b| with_grant("a", b))
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
            .one::<WithGrant>(&db, vec!["a".into()], other)
            .await
            .is_err());
        assert!(
            read.sqlite.get().is_none(),
            "nothing is kept from a refused query"
        );
    }

    /// On SQLite's readers the row is read straight into the models: the same models as
    /// sea-orm reads on the writer, a left join that found nothing included.
    #[tokio::test]
    async fn on_the_sqlite_readers_the_row_is_read_into_the_models_the_writer_reads() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let db = crate::store::connect(&url).await.unwrap();
        crate::store::migrate(&db).await.unwrap();
        let client = client_c();
        let active: client::ActiveModel = client.into();
        client::Entity::insert(active).exec(&db).await.unwrap();
        let token = access_token::Model {
            token_hash: "h".into(),
            grant_id: None,
            client_id: "c".into(),
            scope: "openid é".into(),
            created_at: 1_900_000_000,
            expires_at: 1_900_000_600,
            revoked_at: Some(1_900_000_001),
        };
        let active: access_token::ActiveModel = token.clone().into();
        access_token::Entity::insert(active)
            .exec(&db)
            .await
            .unwrap();
        let readers = crate::store::readers(&db).db;
        assert!(readers.sqlite_readers().is_some());
        let read = Prebuilt::new();
        for hash in ["h", "missing"] {
            let values = || vec![hash.into(), 1u64.into()];
            let written = read
                .one::<WithGrant>(&db, values(), |b| with_grant(hash, b))
                .await
                .unwrap();
            let typed = read
                .one::<WithGrant>(&readers, values(), |b| with_grant(hash, b))
                .await
                .unwrap();
            assert_eq!(typed, written);
        }
        let typed = read
            .one::<WithGrant>(&readers, vec!["h".into(), 1u64.into()], |b| {
                with_grant("h", b)
            })
            .await
            .unwrap();
        assert_eq!(typed, Some((token, None)));
    }

    /// A multi-row insert keeps its SQL per row count, writes every row as sea-orm would,
    /// and refuses more rows than it was made for.
    #[tokio::test]
    async fn an_insert_keeps_its_sql_per_row_count_and_writes_every_row() {
        let db = crate::store::connect("sqlite::memory:").await.unwrap();
        crate::store::migrate(&db).await.unwrap();
        let active: client::ActiveModel = client_c().into();
        client::Entity::insert(active).exec(&db).await.unwrap();
        let token = |n: i64| access_token::Model {
            token_hash: format!("h{n}"),
            grant_id: None,
            client_id: "c".into(),
            scope: format!("scope {n}"),
            created_at: n,
            expires_at: n + 600,
            revoked_at: (n % 2 == 0).then_some(n + 1),
        };
        let insert: PrebuiltInsert<3> = PrebuiltInsert::new();
        let (one, two, three, four) = (token(1), token(2), token(3), token(4));
        let refuse = Duplicates::Refuse;
        insert.insert(&db, &[&one], refuse).await.unwrap();
        insert.insert(&db, &[&two, &three], refuse).await.unwrap();
        insert.insert(&db, &[&four], refuse).await.unwrap();
        insert
            .insert::<access_token::Model>(&db, &[], refuse)
            .await
            .unwrap();
        assert!(insert.sqlite[0].get().is_some() && insert.sqlite[1].get().is_some());
        assert!(insert.sqlite[2].get().is_none());
        let too_many = insert
            .insert(&db, &[&one, &two, &three, &four], refuse)
            .await;
        assert!(too_many.is_err());
        // A stored row is refused, or kept as it is.
        let mut changed = two.clone();
        changed.scope = "changed".into();
        assert!(insert.insert(&db, &[&changed], refuse).await.is_err());
        let skip = Duplicates::Skip;
        insert.insert(&db, &[&changed, &three], skip).await.unwrap();
        let mut stored = access_token::Entity::find().all(&db).await.unwrap();
        stored.sort_by_key(|t| t.created_at);
        assert_eq!(stored, vec![one, two, three, four]);
    }
}
