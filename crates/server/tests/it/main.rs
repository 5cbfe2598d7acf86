//! The one integration test binary: store contract on both databases, HTTP, CLI, browser.

mod accessibility;
mod browser;
mod cli;
mod http_auth;
mod http_pages;
mod hulpwijzer;
mod i18n;
mod kennisbank;
mod redactie;
mod security;
mod smtp;
mod store_contract;
mod support;
mod traject;
