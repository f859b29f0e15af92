//! A fresh PostgreSQL database for one test: a random name on the server of
//! `TEST_DATABASE_URL`, dropped (`WITH (FORCE)`, so connections left open do not keep it)
//! when the value is dropped.

use anyhow::{Context, Result};
use sqlx::{Connection, Executor};

pub struct FreshDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl FreshDatabase {
    /// A new database named `<prefix>_<random>`; `None` when `TEST_DATABASE_URL` is not set.
    pub async fn create(prefix: &str) -> Result<Option<Self>> {
        let Ok(admin_url) = std::env::var("TEST_DATABASE_URL") else {
            return Ok(None);
        };
        let name = format!("{prefix}_{}", uuid::Uuid::new_v4().simple());
        let mut admin = sqlx::PgConnection::connect(&admin_url)
            .await
            .context("connect to TEST_DATABASE_URL")?;
        admin
            .execute(format!("CREATE DATABASE {name}").as_str())
            .await?;
        admin.close().await?;
        let mut url = url::Url::parse(&admin_url)?;
        url.set_path(&format!("/{name}"));
        Ok(Some(Self {
            admin_url,
            name,
            url: url.to_string(),
        }))
    }

    /// The database's own URL.
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The server's URL, as `TEST_DATABASE_URL` gives it (for connections that must not
    /// count against the database itself).
    pub fn admin_url(&self) -> &str {
        &self.admin_url
    }
}

impl Drop for FreshDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside the test's runtime, which cannot block on a future: a thread of
        // its own with a runtime of its own does.
        let dropped = std::thread::spawn(move || -> Result<()> {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()?;
            runtime.block_on(async {
                let mut admin = sqlx::PgConnection::connect(&admin_url).await?;
                admin
                    .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                    .await?;
                admin.close().await?;
                Ok(())
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!(
                "the test database {} was not dropped: {dropped:?}",
                self.name
            );
        }
    }
}
