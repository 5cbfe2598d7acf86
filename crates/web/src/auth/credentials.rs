//! Password hashing (argon2id with the crate's current parameters) and TOTP (RFC 6238:
//! 6 digits, 30 seconds, one step of clock drift allowed either way).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng};
use totp_rs::{Algorithm, Secret, TOTP};

pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash to verify against when the account does not exist, so a wrong e-mail address
/// takes as long as a wrong password and timing tells nothing.
pub fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("no account has this password").unwrap_or_default())
}

pub fn new_totp_secret() -> String {
    Secret::generate_secret().to_encoded().to_string()
}

fn totp(secret_b32: &str, account: &str, issuer: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_b32.to_owned()).to_bytes().ok()?;
    TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes, Some(issuer.to_owned()), account.to_owned()).ok()
}

/// The 30-second step whose code `code` is (now, or one step before or after for clock
/// drift), if it is one: a step's code is accepted once, so the caller records the step.
pub fn totp_step(secret_b32: &str, code: &str, unix_time: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    let t = totp(secret_b32, "x", "Samenspoor").filter(|_| code.len() == 6)?;
    let now = unix_time / 30;
    [now.saturating_sub(1), now, now + 1].into_iter().find(|step| t.generate(step * 30) == code)
}

pub fn verify_totp(secret_b32: &str, code: &str, unix_time: u64) -> bool {
    totp_step(secret_b32, code, unix_time).is_some()
}

/// The otpauth:// address an authenticator app reads.
pub fn totp_url(secret_b32: &str, account: &str, issuer: &str) -> String {
    totp(secret_b32, account, issuer).map(|t| t.get_url()).unwrap_or_default()
}
