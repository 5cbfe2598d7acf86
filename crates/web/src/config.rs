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
    /// Behind one proxy you run: the same as `trusted_proxies = 1`.
    pub trust_proxy: bool,
    /// How many proxies you run in front of Samenspoor. The client address is read that
    /// many entries from the right of X-Forwarded-For; entries further left are the
    /// client's own words and are never trusted. 0: the connection's address.
    pub trusted_proxies: u8,
    /// A closed file is deleted this many months after closing (1 to 120, default 24).
    pub retention_months: u32,
    /// IP addresses are removed from audit entries this many months after the entry
    /// (1 to 120, default 6); the entries themselves stay.
    pub audit_ip_months: u32,
    /// The key that binds form tokens to a session. Set the same value (32 characters or
    /// more) on every instance behind one load balancer; empty: a new key at every start.
    pub secret_key: Option<String>,
    /// /metrics answers requests from these addresses...
    pub metrics_from: Vec<String>,
    /// ...and requests with `Authorization: Bearer <metrics_token>`.
    pub metrics_token: Option<String>,
    /// The installation's main colour, `#rrggbb`; white text on it must stay readable.
    pub brand_color: Option<String>,
    /// A logo file (PNG or SVG) shown in the header instead of the name.
    pub logo: Option<std::path::PathBuf>,
    pub smtp: Option<SmtpConfig>,
    /// The periods of the parents' clock, in weeks (the law's defaults).
    pub deadlines: samenspoor_domain::deadlines::Periods,
    /// How often the clock's round runs (notifications and their e-mails), in seconds.
    pub notify_seconds: u64,
    /// Who runs this installation: shown on the contact, privacy and accessibility pages.
    pub operator: Operator,
}

/// The organisation that runs this installation (a samenwerkingsverband's ouder- en
/// jeugdsteunpunt, or a parents' organisation) and answers for its data.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Operator {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub address: String,
    /// When people can call or drop in, in plain words.
    pub hours: String,
    /// The data protection officer (functionaris gegevensbescherming): an e-mail address.
    pub privacy_email: String,
    /// The operator's own additions to the privacy statement, per language.
    pub privacy_extra_nl: String,
    pub privacy_extra_en: String,
    /// The day accessibility was last checked, YYYY-MM-DD.
    pub accessibility_checked: String,
}

impl Operator {
    /// The phone number as a tel: link wants it: digits and a leading +.
    pub fn tel(&self) -> String {
        self.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
    }

    /// The fictional operator of `serve --demo` when none is configured.
    pub fn demo() -> Self {
        Self {
            name: "Ouder- en jeugdsteunpunt Passend Onderwijs Rivierenland (fictief)".into(),
            email: "steunpunt@rivierenland.example".into(),
            phone: "0123 45 67 89".into(),
            address: "Dijkstraat 1, 9999 ZZ Rivierstad".into(),
            hours: "maandag tot en met donderdag, 9.00 tot 16.00 uur".into(),
            privacy_email: "privacy@rivierenland.example".into(),
            accessibility_checked: "2026-11-30".into(),
            ..Self::default()
        }
    }

    fn validate(&self) -> Result<(), String> {
        for (key, value) in [("email", &self.email), ("privacy_email", &self.privacy_email)] {
            if !value.is_empty() && samenspoor_domain::Email::parse(value).is_err() {
                return Err(format!("web.operator.{key} {value:?} is not an e-mail address"));
            }
        }
        if !self.accessibility_checked.is_empty()
            && chrono::NaiveDate::parse_from_str(&self.accessibility_checked, "%Y-%m-%d").is_err()
        {
            return Err(format!(
                "web.operator.accessibility_checked {:?}: write it as 2026-11-30",
                self.accessibility_checked
            ));
        }
        Ok(())
    }
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            base_url: String::new(),
            site_name: "Samenspoor".into(),
            demo: false,
            session_hours: 12,
            trust_proxy: false,
            trusted_proxies: 0,
            retention_months: 24,
            audit_ip_months: 6,
            secret_key: None,
            metrics_from: vec!["127.0.0.1".into(), "::1".into()],
            metrics_token: None,
            brand_color: None,
            logo: None,
            smtp: None,
            deadlines: Default::default(),
            notify_seconds: 300,
            operator: Operator::default(),
        }
    }
}

impl WebConfig {
    pub fn secure_cookies(&self) -> bool {
        self.base_url.starts_with("https://")
    }

    /// Over https the cookies carry the `__Host-` prefix: Secure, Path=/, no Domain, so a
    /// neighbouring (sub)domain cannot set or overwrite them.
    pub fn session_cookie(&self) -> &'static str {
        if self.secure_cookies() { "__Host-ss_session" } else { "ss_session" }
    }

    pub fn csrf_cookie(&self) -> &'static str {
        if self.secure_cookies() { "__Host-ss_csrf" } else { "ss_csrf" }
    }

    pub fn proxy_hops(&self) -> usize {
        usize::from(if self.trusted_proxies == 0 && self.trust_proxy { 1 } else { self.trusted_proxies })
    }

    /// Refuses settings that would do harm: deleting every closed file at once, keeping
    /// IP addresses without end, a weak key, an address that is not one.
    pub fn validate(&self) -> Result<(), String> {
        if !(1..=120).contains(&self.retention_months) {
            return Err(format!("web.retention_months = {}: choose 1 to 120 months", self.retention_months));
        }
        if !(1..=120).contains(&self.audit_ip_months) {
            return Err(format!("web.audit_ip_months = {}: choose 1 to 120 months", self.audit_ip_months));
        }
        self.deadlines.validate().map_err(|e| format!("web.{e}"))?;
        self.operator.validate()?;
        if !(1..=86_400).contains(&self.notify_seconds) {
            return Err(format!("web.notify_seconds = {}: choose 1 to 86400", self.notify_seconds));
        }
        if self.trusted_proxies > 10 {
            return Err(format!("web.trusted_proxies = {}: at most 10", self.trusted_proxies));
        }
        if self.secret_key.as_ref().is_some_and(|k| k.chars().count() < 32) {
            return Err("web.secret_key must be at least 32 characters".into());
        }
        if self.metrics_token.as_ref().is_some_and(|k| k.chars().count() < 16) {
            return Err("web.metrics_token must be at least 16 characters".into());
        }
        if let Some(bad) = self.metrics_from.iter().find(|a| a.parse::<std::net::IpAddr>().is_err()) {
            return Err(format!("web.metrics_from: {bad:?} is not an IP address"));
        }
        Ok(())
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
