//! The authorization system (J11): applications with their access profiles, the organisation
//! tree (ERN -> country -> centre) and access requests. An approved request is the grant;
//! revoking it sets its status to `revoked`.

use crate::columns::{
    cascade, id, key, reference, reference_null, text, text_null, time, time_null,
};
use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000003_create_access_tables"
    }
}

fn index(table: &str, columns: &[&str], unique: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(format!("ix_{table}_{}", columns.join("_")))
        .table(id(table));
    if unique {
        index.unique();
    }
    for column in columns {
        index.col(id(column));
    }
    index.to_owned()
}

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            Table::create()
                .table(id("access_applications"))
                .col(key("id"))
                .col(text("name"))
                .col(reference("client_id"))
                .col(time("created_at"))
                .to_owned(),
            Table::create()
                .table(id("access_profiles"))
                .col(key("id"))
                .col(reference("application_id"))
                .col(reference("code"))
                .col(text("name"))
                .col(text("description"))
                .col(
                    ColumnDef::new(id("position"))
                        .integer()
                        .not_null()
                        .default(0),
                )
                .foreign_key(&mut cascade(
                    "access_profiles",
                    "application_id",
                    "access_applications",
                    "id",
                ))
                .to_owned(),
            Table::create()
                .table(id("access_organisations"))
                .col(key("id"))
                .col(reference_null("parent_id"))
                .col(reference("kind"))
                .col(reference("code"))
                .col(text("name"))
                .col(time("created_at"))
                .foreign_key(&mut cascade(
                    "access_organisations",
                    "parent_id",
                    "access_organisations",
                    "id",
                ))
                .to_owned(),
            Table::create()
                .table(id("access_requests"))
                .col(key("id"))
                .col(reference("user_id"))
                .col(reference("application_id"))
                .col(reference("organisation_id"))
                .col(reference("profile_code"))
                .col(text("comment"))
                .col(reference("status"))
                .col(time("created_at"))
                .col(reference_null("decided_by"))
                .col(time_null("decided_at"))
                .col(text_null("reason"))
                .col(reference_null("revoked_by"))
                .col(time_null("revoked_at"))
                .col(text_null("revoke_reason"))
                .foreign_key(&mut cascade("access_requests", "user_id", "users", "id"))
                .foreign_key(&mut cascade(
                    "access_requests",
                    "application_id",
                    "access_applications",
                    "id",
                ))
                .foreign_key(&mut cascade(
                    "access_requests",
                    "organisation_id",
                    "access_organisations",
                    "id",
                ))
                .to_owned(),
        ];
        for table in tables {
            manager.create_table(table).await?;
        }
        let indexes = [
            index("access_applications", &["client_id"], false),
            index("access_profiles", &["application_id", "code"], true),
            index("access_organisations", &["parent_id"], false),
            index("access_requests", &["user_id"], false),
            index("access_requests", &["application_id", "status"], false),
        ];
        for index in indexes {
            manager.create_index(index).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "access_requests",
            "access_organisations",
            "access_profiles",
            "access_applications",
        ] {
            manager
                .drop_table(Table::drop().table(id(table)).to_owned())
                .await?;
        }
        Ok(())
    }
}
