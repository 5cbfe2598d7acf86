//! What pages and API share: each change to a gesprek, asked of the domain, stored, and
//! told to the people it concerns (with a calendar invitation, update or cancellation).

use super::access::GesprekAccess;
use crate::AppState;
use crate::calendar::{CalendarEvent, Person, cancellation, invitation};
use crate::error::AppError;
use crate::mail::{CalendarPart, Mail};
use samenspoor_domain::gesprek::agenda::{may_remove_point, parse_point};
use samenspoor_domain::gesprek::preparation::{Answer, Question};
use samenspoor_domain::gesprek::{Companion, Plan, Report, Response, Seat};
use samenspoor_domain::time::local_datetime;
use samenspoor_domain::{AgendaPointId, Email, InvalidInput, Lang, PersonName, Role, UserId};
use samenspoor_store::{Gesprek, NewUser, Participant, StoreError};

/// A change the domain refused: its message keys (422), or a seat that may not do it (403).
pub enum Refused {
    Invalid(Vec<InvalidInput>),
    /// Well asked, but the gesprek's state does not allow it now (called off, no report yet).
    NotNow(InvalidInput),
    Forbidden,
}

impl Refused {
    /// What a page tells: the input's problems, or why it cannot be done now.
    pub fn messages(self) -> Vec<InvalidInput> {
        match self {
            Refused::Invalid(e) => e,
            Refused::NotNow(e) => vec![e],
            Refused::Forbidden => vec![],
        }
    }
}

impl From<Vec<InvalidInput>> for Refused {
    fn from(e: Vec<InvalidInput>) -> Self {
        Refused::Invalid(e)
    }
}

pub type Outcome<T> = Result<Result<T, Refused>, AppError>;

pub fn page_path(g: &Gesprek) -> String {
    format!("/trajecten/{}/gesprekken/{}", g.traject_id, g.id)
}

/// A store conflict (the gesprek is no longer planned) is the domain's refusal, not an error.
fn conflict<T>(r: Result<T, StoreError>) -> Outcome<T> {
    match r {
        Ok(v) => Ok(Ok(v)),
        Err(StoreError::Conflict(_)) => Ok(Err(Refused::NotNow(InvalidInput::new("error-gesprek-not-planned")))),
        Err(e) => Err(e.into()),
    }
}

pub async fn change(state: &AppState, g: &GesprekAccess, plan: Plan) -> Outcome<Gesprek> {
    if !g.seat.may_plan() {
        return Ok(Err(Refused::Forbidden));
    }
    let changed = match conflict(state.store.gs_update(g.traject_id(), g.id(), &plan, g.audit()).await)? {
        Ok(c) => c,
        Err(r) => return Ok(Err(r)),
    };
    tell(state, g, &changed, Told::Changed).await;
    Ok(Ok(changed))
}

pub async fn cancel(state: &AppState, g: &GesprekAccess) -> Outcome<Gesprek> {
    if !g.seat.may_plan() {
        return Ok(Err(Refused::Forbidden));
    }
    let off = match conflict(state.store.gs_cancel(g.traject_id(), g.id(), g.audit()).await)? {
        Ok(c) => c,
        Err(r) => return Ok(Err(r)),
    };
    tell(state, g, &off, Told::Cancelled).await;
    Ok(Ok(off))
}

pub async fn add_point(state: &AppState, g: &GesprekAccess, text: &str) -> Outcome<()> {
    if !g.seat.may_take_part(g.record().gesprek.status) {
        return Ok(Err(Refused::Forbidden));
    }
    let text = match parse_point(text) {
        Ok(t) => t,
        Err(e) => return Ok(Err(vec![e].into())),
    };
    conflict(state.store.gs_add_point(g.traject_id(), g.id(), &text, g.seat.is_parent(), g.audit()).await.map(|_| ()))
}

pub async fn remove_point(state: &AppState, g: &GesprekAccess, point: &str) -> Outcome<()> {
    let Some(p) = point.parse::<AgendaPointId>().ok().and_then(|id| g.record().agenda.iter().find(|p| p.id == id))
    else {
        return Err(AppError::NotFound);
    };
    if !may_remove_point(g.seat, p.by_parent, p.added_by == g.user().id) {
        return Ok(Err(Refused::Forbidden));
    }
    conflict(state.store.gs_remove_point(g.traject_id(), g.id(), p.id, g.audit()).await)
}

pub async fn move_point(state: &AppState, g: &GesprekAccess, point: &str, up: bool) -> Outcome<()> {
    if !g.seat.leads() {
        return Ok(Err(Refused::Forbidden));
    }
    let Ok(p) = point.parse::<AgendaPointId>() else { return Err(AppError::NotFound) };
    match state.store.gs_move_point(g.traject_id(), g.id(), p, up, g.audit()).await {
        Err(StoreError::NotFound(_)) => Err(AppError::NotFound),
        other => conflict(other),
    }
}

/// The questions this seat answers: the guidance's questions for parents, the short set
/// for everyone else; notes for all.
pub fn questions(seat: Seat) -> Vec<Question> {
    let base: &[Question] = if seat.is_parent() { &Question::FOR_PARENTS } else { &Question::FOR_PROFESSIONALS };
    base.iter().copied().chain([Question::Notes]).collect()
}

pub async fn save_answers(state: &AppState, g: &GesprekAccess, answers: Vec<Answer>) -> Outcome<()> {
    let allowed = questions(g.seat);
    if answers.iter().any(|a| !allowed.contains(&a.question)) {
        return Ok(Err(Refused::Forbidden));
    }
    // Preparation stays possible after the talk (own notes next to the report).
    state.store.gs_save_answers(g.traject_id(), g.id(), &answers, g.audit()).await?;
    Ok(Ok(()))
}

pub async fn report(state: &AppState, g: &GesprekAccess, report: Report) -> Outcome<()> {
    if !g.seat.may_report(g.record().gesprek.status) {
        return Ok(Err(Refused::Forbidden));
    }
    conflict(state.store.gs_report(g.traject_id(), g.id(), &report, g.audit()).await)
}

pub async fn respond(state: &AppState, g: &GesprekAccess, response: Response) -> Outcome<()> {
    if !g.seat.may_take_part(g.record().gesprek.status) {
        return Ok(Err(Refused::Forbidden));
    }
    match state.store.gs_respond(g.traject_id(), g.id(), &response, g.audit()).await {
        Err(StoreError::Conflict(_)) => Ok(Err(Refused::NotNow(InvalidInput::new("error-report-none")))),
        other => other.map(Ok).map_err(Into::into),
    }
}

/// A parent brings someone: the companion gets an account (if they have none) that opens
/// this gesprek only, an invitation, and the leader is told who comes and why.
pub async fn bring(state: &AppState, g: &GesprekAccess, companion: Companion) -> Outcome<()> {
    if !g.seat.may_bring_companion() {
        return Ok(Err(Refused::Forbidden));
    }
    let Ok(email) = Email::parse(&companion.email) else {
        return Ok(Err(vec![InvalidInput::new("error-companion-email")].into()));
    };
    if state.store.user_by_email(&email).await?.is_none() {
        let name = PersonName::parse(&companion.name).map_err(|_| AppError::Unprocessable)?;
        let new = NewUser {
            id: UserId::new(),
            email: email.clone(),
            name,
            role: Role::Companion,
            organisation_id: None,
            is_demo: false,
        };
        match state.store.create_user(new, g.audit()).await {
            // Made at the same moment by another request: the account is there either way.
            Ok(_) | Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    match conflict(state.store.gs_add_companion(g.traject_id(), g.id(), &companion, g.audit()).await)? {
        Ok(_) => {}
        Err(r) => return Ok(Err(r)),
    }
    let gesprek = &g.record().gesprek;
    let when = local_datetime(gesprek.plan.starts_at);
    let base = state.config.base_url.trim_end_matches('/');
    let link = format!("{base}{}", page_path(gesprek));
    let texts = |lang: Lang, key: &str| {
        let role = state.i18n.t(lang, &format!("companion-role-{}", companion.role.as_str().replace('_', "-")));
        let relation =
            state.i18n.t(lang, &format!("companion-relation-{}", companion.relation.as_str().replace('_', "-")));
        let args = [
            ("parent", g.user().name.as_str()),
            ("name", companion.name.as_str()),
            ("child", g.child()),
            ("when", when.as_str()),
            ("role", role.as_str()),
            ("relation", relation.as_str()),
            ("why", companion.why.as_str()),
            ("link", link.as_str()),
            ("site", state.config.site_name.as_str()),
        ];
        state.i18n.t_args(lang, key, &args)
    };
    let both = |key: &str| [Lang::Nl, Lang::En].map(|l| texts(l, key)).join("\n\n---\n\n");
    let event = calendar_event(state, g, gesprek);
    send(
        state,
        Mail {
            to: companion.email.clone(),
            subject: texts(Lang::Nl, "mail-companion-subject"),
            body: both("mail-companion-body"),
            calendar: Some(CalendarPart::invitation(&event)),
        },
    )
    .await;
    if let Some(leader) = leader(g) {
        send(
            state,
            Mail {
                to: leader.email.clone(),
                subject: texts(Lang::Nl, "mail-companion-leader-subject"),
                body: both("mail-companion-leader-body"),
                calendar: None,
            },
        )
        .await;
    }
    Ok(Ok(()))
}

fn leader(g: &GesprekAccess) -> Option<&Participant> {
    let id = g.record().gesprek.plan.leader;
    g.participants().iter().find(|p| p.id == id && p.active())
}

#[derive(Clone, Copy)]
pub enum Told {
    Planned,
    Changed,
    Cancelled,
}

fn calendar_event(state: &AppState, g: &GesprekAccess, gesprek: &Gesprek) -> CalendarEvent {
    let person =
        |p: &Participant| Person { name: p.name.clone().unwrap_or_else(|| p.email.clone()), email: p.email.clone() };
    let participants = g.participants();
    let mut attendees: Vec<Person> =
        participants.iter().filter(|p| p.active() && gesprek.plan.attendees.contains(&p.id)).map(person).collect();
    // The leader's row stays in the file even after they leave it.
    let organizer = participants.iter().find(|p| p.id == gesprek.plan.leader).map(person);
    let organizer =
        organizer.or_else(|| attendees.first().map(|p| Person { name: p.name.clone(), email: p.email.clone() }));
    let organizer = organizer.unwrap_or_else(|| Person { name: state.config.site_name.clone(), email: String::new() });
    attendees.extend(
        g.record()
            .companions
            .iter()
            .map(|c| Person { name: c.companion.name.clone(), email: c.companion.email.clone() }),
    );
    let base = state.config.base_url.trim_end_matches('/');
    CalendarEvent {
        uid: format!("{}@samenspoor", gesprek.id),
        sequence: gesprek.sequence,
        starts_at: gesprek.plan.starts_at,
        ends_at: gesprek.plan.ends_at(),
        summary: state.i18n.t_args(
            Lang::Nl,
            "ics-summary",
            &[("child", g.child()), ("purpose", &gesprek.plan.purpose)],
        ),
        description: gesprek.plan.purpose.clone(),
        location: if gesprek.plan.link.is_empty() { gesprek.plan.place.clone() } else { gesprek.plan.link.clone() },
        url: Some(format!("{base}{}", page_path(gesprek))),
        organizer,
        attendees,
    }
}

/// The calendar file of a gesprek as it stands (a cancelled one as a cancellation).
pub fn ics(state: &AppState, g: &GesprekAccess) -> String {
    let gesprek = &g.record().gesprek;
    let event = calendar_event(state, g, gesprek);
    if gesprek.status == samenspoor_domain::gesprek::GesprekStatus::Cancelled {
        cancellation(&event)
    } else {
        invitation(&event)
    }
}

/// Tells every attendee and companion, except the one who acted, with the calendar part.
pub async fn tell(state: &AppState, g: &GesprekAccess, gesprek: &Gesprek, told: Told) {
    let event = calendar_event(state, g, gesprek);
    let (key, part) = match told {
        Told::Planned => ("mail-gesprek-planned", CalendarPart::invitation(&event)),
        Told::Changed => ("mail-gesprek-changed", CalendarPart::invitation(&event)),
        Told::Cancelled => ("mail-gesprek-cancelled", CalendarPart::cancellation(&event)),
    };
    let when = local_datetime(gesprek.plan.starts_at);
    let base = state.config.base_url.trim_end_matches('/');
    let link = format!("{base}{}", page_path(gesprek));
    let place = if gesprek.plan.link.is_empty() { gesprek.plan.place.clone() } else { gesprek.plan.link.clone() };
    let body = [Lang::Nl, Lang::En]
        .map(|lang| {
            let args = [
                ("child", g.child()),
                ("purpose", gesprek.plan.purpose.as_str()),
                ("when", when.as_str()),
                ("place", place.as_str()),
                ("link", link.as_str()),
                ("site", state.config.site_name.as_str()),
            ];
            state.i18n.t_args(lang, &format!("{key}-body"), &args)
        })
        .join("\n\n---\n\n");
    let subject = state.i18n.t_args(Lang::Nl, &format!("{key}-subject"), &[("child", g.child())]);
    let me = g.user().email.to_lowercase();
    for person in event.attendees.iter().filter(|p| p.email.to_lowercase() != me) {
        let mail = Mail {
            to: person.email.clone(),
            subject: subject.clone(),
            body: body.clone(),
            calendar: Some(part.clone()),
        };
        send(state, mail).await;
    }
}

async fn send(state: &AppState, mail: Mail) {
    if let Err(e) = state.mailer.send(mail).await {
        tracing::warn!(error = %e, "gesprek mail failed");
    }
}
