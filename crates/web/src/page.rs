//! What every page needs to render: the reader's language, who is signed in, the CSRF
//! token for forms, and the installation's name. Built once per request by an extractor.

use crate::AppState;
use crate::error::AppError;
use crate::security::{CsrfToken, cookie, hash_token};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use chrono::Utc;
use samenspoor_domain::{Capability, Lang, Role};
use samenspoor_store::User;
use std::sync::Arc;

pub const LANG_COOKIE: &str = "ss_lang";

pub struct PageCtx {
    pub lang: Lang,
    pub user: Option<User>,
    pub csrf: String,
    /// The current path, for the language switch to come back to.
    pub path: String,
    pub demo: bool,
    pub site_name: String,
    /// Who runs this installation, for the footer ("" when not configured).
    pub operator: String,
    pub has_logo: bool,
    i18n: Arc<crate::i18n::I18n>,
}

impl PageCtx {
    /// ` aria-current="page"` on the link of the file's section this page belongs to
    /// (`part` "" is the file's own page), so the reader sees where they are.
    pub fn section_mark(&self, id: impl std::fmt::Display, part: &str) -> &'static str {
        let base = format!("/trajecten/{id}");
        let here = if part.is_empty() {
            self.path == base
        } else {
            let section = format!("{base}/{part}");
            self.path == section || self.path.starts_with(&format!("{section}/"))
        };
        if here { " aria-current=\"page\"" } else { "" }
    }

    /// What the reader just did, confirmed in words: a page reached with `?gedaan=<what>`
    /// after a change says so at the top (only for these known changes).
    pub fn done(&self) -> Option<String> {
        const DONE: [&str; 9] = [
            "notitie",
            "stap",
            "toestemming",
            "ingetrokken",
            "uitgenodigd",
            "uitgeschreven",
            "voorstel",
            "nee",
            "gesloten",
        ];
        let query = self.path.split_once('?')?.1;
        let what = query.split('&').find_map(|p| p.strip_prefix("gedaan="))?;
        DONE.contains(&what).then(|| self.t(&format!("done-{what}")))
    }

    pub fn t(&self, key: &str) -> String {
        self.i18n.t(self.lang, key)
    }

    pub fn t1(&self, key: &str, name: &str, value: impl std::fmt::Display) -> String {
        self.i18n.t_args(self.lang, key, &[(name, &value.to_string())])
    }

    pub fn t_args(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.i18n.t_args(self.lang, key, args)
    }

    pub fn role_label(&self, role: impl std::borrow::Borrow<Role>) -> String {
        self.t(&role.borrow().label_key())
    }

    pub fn lang_str(&self) -> &'static str {
        self.lang.as_str()
    }

    /// The other language, for the switch in the header.
    pub fn other_lang(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "en",
            Lang::En => "nl",
        }
    }

    /// Whether the signed-in person's platform role has `capability`.
    pub fn can(&self, capability: Capability) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.can(capability))
    }

    pub fn is_professional(&self) -> bool {
        self.user.as_ref().is_some_and(|u| u.role.is_professional())
    }

    pub fn is_editor(&self) -> bool {
        self.can(Capability::EditContent)
    }

    pub fn is_admin(&self) -> bool {
        self.can(Capability::Administer)
    }

    /// For pages rendered without a database round trip, such as error pages.
    pub fn anonymous(state: &AppState, headers: &HeaderMap, csrf: String, path: String) -> Self {
        Self {
            lang: lang_of(headers),
            user: None,
            csrf,
            path,
            demo: state.config.demo,
            site_name: state.config.site_name.clone(),
            operator: state.config.operator.name.clone(),
            has_logo: state.brand.logo.is_some(),
            i18n: state.i18n.clone(),
        }
    }
}

/// The reader's language: their choice in the cookie, else their browser's, else Dutch.
pub fn lang_of(headers: &HeaderMap) -> Lang {
    cookie(headers, LANG_COOKIE)
        .and_then(|v| Lang::parse(&v))
        .or_else(|| {
            headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

/// The user of the session cookie, if it names a live session.
pub async fn session_user(state: &AppState, headers: &HeaderMap) -> Result<Option<User>, AppError> {
    let Some(token) = cookie(headers, state.config.session_cookie()) else {
        return Ok(None);
    };
    Ok(state.store.session_user(&hash_token(&token), Utc::now()).await?)
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let csrf = parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default();
        let path = parts.uri.path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".into());
        let mut ctx = PageCtx::anonymous(state, &parts.headers, csrf, path);
        ctx.user = session_user(state, &parts.headers).await?;
        Ok(ctx)
    }
}

/// A page that needs someone signed in; anyone else is sent to the sign-in page.
pub struct SignedIn(pub PageCtx, pub User);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let ctx = PageCtx::from_request_parts(parts, state).await?;
        match ctx.user.clone() {
            Some(user) => Ok(SignedIn(ctx, user)),
            None => Err(AppError::SignInRequired),
        }
    }
}
