//! Settings: built-in defaults, then `samenspoor.toml` (or the file given with --config),
//! then environment variables `SAMENSPOOR__SECTION__KEY` (e.g. `SAMENSPOOR__WEB__BASE_URL`).

use anyhow::{Context, bail};
use samenspoor_web::WebConfig;
use serde::Deserialize;
use std::path::Path;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/samenspoor.db";

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// `sqlite://path/to/file.db` (the default) or `postgres://user@host/db`.
    pub database_url: String,
    /// Address and port to listen on.
    pub bind: String,
    /// `text` for people, `json` for log collectors.
    pub log_format: String,
    /// `serve` brings the schema up to date first. Set false when the server runs as a
    /// PostgreSQL role that may not change the schema (the owner runs `migrate`).
    pub migrate_on_start: bool,
    pub web: WebConfig,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: DEFAULT_DATABASE_URL.into(),
            bind: "127.0.0.1:8080".into(),
            log_format: "text".into(),
            migrate_on_start: true,
            web: WebConfig::default(),
        }
    }
}

impl Config {
    /// Loads the layers. `file` is the --config path; without it `samenspoor.toml` in the
    /// working directory is read when present.
    pub fn load(file: Option<&Path>, env: impl Iterator<Item = (String, String)>) -> anyhow::Result<Self> {
        let mut table = toml::Table::new();
        let default_file = Path::new("samenspoor.toml");
        let path = file.or_else(|| default_file.exists().then_some(default_file));
        if let Some(path) = path {
            let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
            table = toml::from_str(&text).with_context(|| format!("{} is not valid TOML", path.display()))?;
        }
        for (key, value) in env {
            let Some(rest) = key.strip_prefix("SAMENSPOOR__") else {
                continue;
            };
            let parts: Vec<String> = rest.split("__").map(str::to_lowercase).collect();
            if parts.iter().any(String::is_empty) {
                bail!("environment variable {key} has an empty part");
            }
            insert(&mut table, &parts, env_value(&value));
        }
        let config: Config = toml::Value::Table(table).try_into().context("invalid configuration")?;
        if config.web.session_hours < 1 {
            bail!("web.session_hours must be 1 or more");
        }
        Ok(config)
    }
}

/// `true`, `587` or `["a"]` keep their type; anything else is a string.
fn env_value(raw: &str) -> toml::Value {
    toml::from_str::<toml::Table>(&format!("v = {raw}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(raw.to_owned()))
}

fn insert(table: &mut toml::Table, path: &[String], value: toml::Value) {
    match path {
        [] => {}
        [last] => {
            table.insert(last.clone(), value);
        }
        [first, rest @ ..] => {
            let entry = table.entry(first.clone()).or_insert_with(|| toml::Value::Table(toml::Table::new()));
            if !entry.is_table() {
                *entry = toml::Value::Table(toml::Table::new());
            }
            if let toml::Value::Table(t) = entry {
                insert(t, rest, value);
            }
        }
    }
}
