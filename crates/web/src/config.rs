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
    /// The installation's main colour, `#rrggbb`; white text on it must stay readable.
    pub brand_color: Option<String>,
    /// A logo file (PNG or SVG) shown in the header instead of the name.
    pub logo: Option<std::path::PathBuf>,
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
            brand_color: None,
            logo: None,
            smtp: None,
        }
    }
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// The brand colour, checked: a `#rrggbb` value on which white text has a contrast of
    /// at least 4.5:1 (WCAG AA), since the header puts white text on it.
    pub fn brand_color(&self) -> Result<Option<(u8, u8, u8)>, String> {
        let Some(c) = &self.brand_color else { return Ok(None) };
        let hex = c.strip_prefix('#').filter(|h| h.len() == 6 && h.chars().all(|x| x.is_ascii_hexdigit()));
        let hex = hex.ok_or_else(|| format!("web.brand_color {c:?} must look like #1d5a8c"))?;
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
        let rgb = (byte(0), byte(2), byte(4));
        let contrast = 1.05 / (relative_luminance(rgb) + 0.05);
        if contrast < 4.5 {
            return Err(format!(
                "web.brand_color {c}: white text on it has a contrast of {contrast:.1}:1; choose a darker colour (4.5:1 or more)"
            ));
        }
        Ok(Some(rgb))
    }
}

fn relative_luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let channel = |v: u8| {
        let c = f64::from(v) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
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
