//! The web layer's settings. The server reads them from defaults, `samenspoor.toml` and
//! `SAMENSPOOR__...` environment variables, in that order.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WebConfig {
    /// The address people use to reach this server; links in e-mails start with it.
    /// Cookies get the Secure flag when it starts with https. Empty: derived from `bind`.
    pub base_url: String,
    /// The installation's name in page headers and e-mails.
    pub site_name: String,
    /// Demo mode: one-click sign-in as the demo accounts, clearly marked.
    pub demo: bool,
    /// How long a session lasts after sign-in, in hours.
    pub session_hours: i64,
    /// Read the client address from X-Forwarded-For (only behind a proxy you run).
    pub trust_proxy: bool,
    /// A closed file is deleted this many months after closing (default 24).
    pub retention_months: u32,
    pub smtp: Option<SmtpConfig>,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            site_name: "Samenspoor".into(),
            demo: false,
            session_hours: 12,
            trust_proxy: false,
            retention_months: 24,
            smtp: None,
        }
    }
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_smtp_port")]
    pub port: u16,
    #[serde(default)]
    pub tls: SmtpTls,
    pub username: Option<String>,
    pub password: Option<String>,
    /// The sender, e.g. `Samenspoor <noreply@example.org>`.
    pub from: String,
}

fn default_smtp_port() -> u16 {
    587
}

#[derive(Debug, Clone, Copy, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain SMTP: only for a relay on the same machine.
    None,
    #[default]
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
}
