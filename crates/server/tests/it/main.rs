//! The one integration test binary: store contract on both databases, HTTP, CLI, browser.
// The test binary: a failed expectation should stop the test loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod access;
mod accessibility;
mod browser;
mod calendar;
mod cli;
mod connections;
mod deadlines;
mod documents;
mod gesprekken;
mod hsds;
mod http_auth;
mod http_pages;
mod hulpwijzer;
mod i18n;
mod kennisbank;
mod redactie;
mod reliability;
mod security;
mod smtp;
mod store_contract;
mod support;
mod traject;
