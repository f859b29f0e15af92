//! Column, key and index builders shared by the migrations, so every table follows the
//! same conventions (unix-second `BIGINT` times, 128-character string ids, JSON text).

use sea_orm_migration::prelude::*;

pub(crate) fn id(name: &str) -> Alias {
    Alias::new(name)
}

pub(crate) fn text(name: &str) -> ColumnDef {
    ColumnDef::new(id(name)).text().not_null().to_owned()
}

pub(crate) fn text_null(name: &str) -> ColumnDef {
    ColumnDef::new(id(name)).text().null().to_owned()
}

pub(crate) fn time(name: &str) -> ColumnDef {
    ColumnDef::new(id(name)).big_integer().not_null().to_owned()
}

pub(crate) fn time_null(name: &str) -> ColumnDef {
    ColumnDef::new(id(name)).big_integer().null().to_owned()
}

pub(crate) fn int(name: &str) -> ColumnDef {
    ColumnDef::new(id(name))
        .integer()
        .not_null()
        .default(0)
        .to_owned()
}

pub(crate) fn key(name: &str) -> ColumnDef {
    ColumnDef::new(id(name))
        .string_len(128)
        .not_null()
        .primary_key()
        .to_owned()
}

pub(crate) fn reference(name: &str) -> ColumnDef {
    ColumnDef::new(id(name))
        .string_len(128)
        .not_null()
        .to_owned()
}

pub(crate) fn reference_null(name: &str) -> ColumnDef {
    ColumnDef::new(id(name)).string_len(128).null().to_owned()
}

pub(crate) fn cascade(
    table: &str,
    column: &str,
    parent: &str,
    parent_column: &str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(id(table), id(column))
        .to(id(parent), id(parent_column))
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

pub(crate) fn index(table: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(format!("ix_{table}_{}", columns.join("_")))
        .table(id(table));
    for column in columns {
        index.col(id(column));
    }
    index.to_owned()
}
