//! Sign-in links: made here for the web form and for the `login-link` command alike.

use crate::AppState;
use crate::security::{hash_token, random_token};
use chrono::Utc;
use samenspoor_domain::auth::LOGIN_LINK_VALIDITY;
use samenspoor_store::{AuditContext, NewLoginToken, StoreResult, User};

/// Stores a new one-time link for `user` and returns its full address.
pub async fn issue_login_link(state: &AppState, user: &User, audit: AuditContext) -> StoreResult<String> {
    let token = random_token();
    let now = Utc::now();
    state
        .store
        .create_login_token(
            NewLoginToken {
                token_hash: hash_token(&token),
                user_id: user.id,
                created_at: now,
                expires_at: now + LOGIN_LINK_VALIDITY,
            },
            audit,
        )
        .await?;
    Ok(format!("{}/inloggen/link/{token}", state.config.base_url.trim_end_matches('/')))
}
