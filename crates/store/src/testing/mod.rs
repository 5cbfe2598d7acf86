//! The contract every Store implementation keeps, written once against `&dyn Store`, one
//! file per area; here the shared helpers and the list of cases. `contract_tests!(factory)`
//! expands to one `#[tokio::test]` per case; the factory returns `Option<Arc<dyn Store>>`,
//! `None` meaning "this database is not configured here".
// Test support, built only with the "testing" feature: a failing case should stop loudly.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

pub mod accounts;
pub mod document;
pub mod gesprek;
pub mod hulpwijzer;
pub mod kennisbank;
pub mod traject;

use crate::*;
use samenspoor_domain::{PersonName, Role};

#[macro_export]
macro_rules! contract_tests {
    ($factory:path) => {
        $crate::contract_tests!(@each $factory;
            accounts: organisations_and_users, duplicate_email_conflicts, unknown_swv_is_refused,
                login_link_opens_one_session, expired_link_is_refused, unknown_link_is_refused,
                racing_redeems_open_one_session, sessions_expire_and_end, credentials_round_trip,
                new_credentials_end_every_session, old_audit_entries_lose_their_ip,
                attempts_are_counted_per_key_and_window, audit_is_newest_first, audit_rows_arriving_together_are_all_kept,
                audit_last_finds_the_newest_of_one_action_on_one_object, purge_keeps_live_rows,
                demo_users_only;
            kennisbank: kb_import_once_and_read_back, kb_editors_flow, kb_review_comments, kb_feedback_and_views, kb_synonyms_saved_and_counted, kb_searches_counted_per_week, kb_update_shipped_leaves_the_editors_work_alone;
            hulpwijzer: hw_directory_import_and_verify, hw_rules_are_versioned;
            traject: tr_create_and_list, tr_invitations, tr_moves_follow_the_route, tr_close_early_is_proposed_and_declined, tr_retime_dates_a_demo_history_back,
                tr_consent_notes_and_checklist, tr_purge_and_access_log, tr_access_lines_group_runs_and_page, dl_dates_are_kept_taken_off_and_purged,
                nt_notifications_are_made_once_claimed_once_and_acknowledged,
                lt_letters_are_saved_and_go_back_to_the_shipped_text;
            document: doc_versions_and_conflicts, doc_records_and_purge;
            gesprek: gs_plan_agenda_and_private_preparation, gs_report_answers_follow_up_and_purge);
    };
    (@each $factory:path; $($area:ident: $($case:ident),*);*) => {
        $($(
            #[tokio::test]
            async fn $case() {
                if let Some(store) = $factory().await {
                    $crate::testing::$area::$case(store).await;
                }
            }
        )*)*
    };
}

fn ctx() -> AuditContext {
    AuditContext { actor: None, ip: Some("127.0.0.1".into()) }
}

pub fn new_user(email: &str, role: Role) -> NewUser {
    NewUser {
        id: UserId::new(),
        email: Email::parse(email).unwrap(),
        name: PersonName::parse("Test Persoon").unwrap(),
        role,
        organisation_id: None,
        is_demo: false,
    }
}

async fn user(store: &dyn Store, email: &str) -> User {
    store.create_user(new_user(email, Role::Parent), ctx()).await.unwrap()
}
