//! Calendar invitations: iCalendar (RFC 5545) objects with the iTIP methods of RFC 5546,
//! sent as a mail part (`mail::CalendarPart`) so that a calendar shows the gesprek with
//! accept buttons, and moves or removes it when it changes.
//!
//! Times are written in UTC (`...Z`): every calendar shows them in its own zone, so
//! Europe/Amsterdam comes out right on both sides of a change to or from summer time
//! without a VTIMEZONE of our own to keep correct.

use chrono::{DateTime, Utc};
use icalendar::{Attendee, Calendar, Component, Event, EventLike, EventStatus, PartStat, Property, Role};

/// Names the producer in every object (RFC 5545 3.7.3).
const PRODID: &str = "-//Samenspoor//Gesprekken//NL";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    /// Stable per gesprek, e.g. "<uuid>@samenspoor": calendars match updates on it.
    pub uid: String,
    /// 0 first, +1 on every change, a cancellation included (RFC 5546 2.1.4): a calendar
    /// ignores a message whose sequence is not higher than the one it has.
    pub sequence: u32,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// User text; may contain anything.
    pub summary: String,
    /// User text.
    pub description: String,
    /// User text: a place or an online link; may be empty.
    pub location: String,
    /// Link to the gesprek page.
    pub url: Option<String>,
    pub organizer: Person,
    pub attendees: Vec<Person>,
}

/// METHOD:REQUEST: a new or changed invitation.
pub fn invitation(e: &CalendarEvent) -> String {
    render(e, "REQUEST", EventStatus::Confirmed)
}

/// METHOD:CANCEL with STATUS:CANCELLED: the gesprek is cancelled.
pub fn cancellation(e: &CalendarEvent) -> String {
    render(e, "CANCEL", EventStatus::Cancelled)
}

fn render(e: &CalendarEvent, method: &str, status: EventStatus) -> String {
    let mut event = Event::new();
    event
        .uid(&single_line(&e.uid))
        .sequence(e.sequence)
        .timestamp(Utc::now())
        .starts(e.starts_at)
        .ends(e.ends_at)
        .summary(&text(&e.summary))
        .status(status)
        .append_property(address("ORGANIZER", &e.organizer));
    if !e.description.trim().is_empty() {
        event.description(&text(&e.description));
    }
    if !e.location.trim().is_empty() {
        event.location(&text(&e.location));
    }
    if let Some(url) = &e.url {
        event.url(&single_line(url));
    }
    for person in &e.attendees {
        let mut attendee = Attendee::new(mailto(person)).role(Role::ReqParticipant).partstat(PartStat::NeedsAction);
        if let Some(cn) = common_name(person) {
            attendee = attendee.cn(cn);
        }
        event.attendee(attendee);
    }
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("PRODID", PRODID))
        .append_property(("VERSION", "2.0"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", method))
        .push(event.done());
    // The crate escapes TEXT values (`\`, `,`, `;`, newline) and folds lines at 75 octets.
    calendar.to_string()
}

fn address(key: &str, person: &Person) -> Property {
    let mut property = Property::new(key, mailto(person));
    if let Some(cn) = common_name(person) {
        property.add_parameter("CN", &cn);
    }
    property.done()
}

fn mailto(person: &Person) -> String {
    format!("mailto:{}", single_line(person.email.trim()))
}

/// A parameter value may not hold a double quote at all (RFC 5545 3.1, QSAFE-CHAR), and
/// the crate quotes but does not escape: drop it, or a name could end the quoting.
fn common_name(person: &Person) -> Option<String> {
    let cn: String = single_line(person.name.trim()).replace('"', "'");
    (!cn.is_empty()).then_some(cn)
}

/// The crate escapes `\n` in TEXT but not a bare `\r`, which some parsers take as a line
/// end: every line break becomes `\n`, and other control characters (which TEXT may not
/// hold, RFC 5545 3.3.11) are dropped; a tab may stay.
fn text(s: &str) -> String {
    s.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Values the crate writes as they are (UID, URL, addresses): no control characters, so
/// nothing can start a line of its own.
fn single_line(s: &str) -> String {
    s.chars().filter(|c| !c.is_control()).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn event() -> CalendarEvent {
        CalendarEvent {
            uid: "0190b1c2-0000-7000-8000-000000000001@samenspoor".into(),
            sequence: 2,
            starts_at: Utc.with_ymd_and_hms(2027, 3, 26, 9, 0, 0).unwrap(),
            ends_at: Utc.with_ymd_and_hms(2027, 3, 26, 10, 0, 0).unwrap(),
            summary: "Gesprek over Daan, groep 6; OPP\r\nATTENDEE:mailto:evil@x".into(),
            description: "Agenda:\n1. lezen, rekenen\n2. \"rust\" in de klas; pauzes".into(),
            location: "Lokaal 12, De Regenboog".into(),
            url: Some("https://samenspoor.example.org/trajecten/1/gesprekken/2".into()),
            organizer: Person { name: "Fatima el Amrani".into(), email: "f.elamrani@school.example".into() },
            attendees: vec![
                Person { name: "Sanne de Vries".into(), email: "sanne@voorbeeld.nl".into() },
                Person { name: "Jan \"Meester\" Bos, leerkracht".into(), email: "jan@school.example".into() },
            ],
        }
    }

    /// Content lines after unfolding (RFC 5545 3.1): the view of any parser.
    fn lines(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .replace("\r\n\t", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn names(ics: &str) -> Vec<String> {
        lines(ics).iter().map(|l| l.split([':', ';']).next().unwrap_or_default().to_owned()).collect()
    }

    #[test]
    fn an_invitation_has_the_method_status_sequence_and_times_in_utc() {
        let ics = invitation(&event());
        let lines = lines(&ics);
        for want in [
            "METHOD:REQUEST",
            "STATUS:CONFIRMED",
            "SEQUENCE:2",
            "UID:0190b1c2-0000-7000-8000-000000000001@samenspoor",
            "DTSTART:20270326T090000Z",
            "DTEND:20270326T100000Z",
            "PRODID:-//Samenspoor//Gesprekken//NL",
            "URL:https://samenspoor.example.org/trajecten/1/gesprekken/2",
            "ORGANIZER;CN=Fatima el Amrani:mailto:f.elamrani@school.example",
        ] {
            assert!(lines.iter().any(|l| l == want), "{want} missing in\n{ics}");
        }
        assert!(lines.iter().any(|l| l.starts_with("DTSTAMP:") && l.ends_with('Z')), "{ics}");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"), "{ics}");
    }

    #[test]
    fn a_cancellation_says_cancel_and_cancelled() {
        let ics = cancellation(&event());
        let lines = lines(&ics);
        assert!(lines.iter().any(|l| l == "METHOD:CANCEL"), "{ics}");
        assert!(lines.iter().any(|l| l == "STATUS:CANCELLED"), "{ics}");
        assert!(lines.iter().any(|l| l == "SEQUENCE:2"), "{ics}");
    }

    #[test]
    fn every_attendee_is_an_attendee_with_mailto_and_user_text_stays_text() {
        let ics = invitation(&event());
        let attendees: Vec<String> = lines(&ics).into_iter().filter(|l| l.starts_with("ATTENDEE")).collect();
        assert_eq!(attendees.len(), 2, "{ics}");
        assert!(attendees[0].ends_with(":mailto:sanne@voorbeeld.nl") && attendees[0].contains("CN=Sanne de Vries"));
        // The double quote cannot end the quoted name; the comma stays inside the quotes.
        assert!(attendees[1].contains("CN=\"Jan 'Meester' Bos, leerkracht\""), "{}", attendees[1]);
        assert!(attendees[1].ends_with(":mailto:jan@school.example"));
        // The injection attempt is escaped into the summary, not a line of its own.
        let summary = lines(&ics).into_iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert_eq!(summary, r"SUMMARY:Gesprek over Daan\, groep 6\; OPP\nATTENDEE:mailto:evil@x");
        let description = lines(&ics).into_iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
        assert_eq!(description, r#"DESCRIPTION:Agenda:\n1. lezen\, rekenen\n2. "rust" in de klas\; pauzes"#);
        assert!(names(&ics).iter().all(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_uppercase() || c == '-')));
    }

    #[test]
    fn control_characters_never_break_a_line() {
        let mut e = event();
        e.summary = "a\rb\u{0}c\u{1b}d\te\u{85}f".into();
        e.location = "x\r\nLOCATION:elsewhere".into();
        e.uid = "id\r\nX-EVIL:1@samenspoor".into();
        e.url = Some("https://x.example/\nX-EVIL:2".into());
        e.organizer.email = "a@b.example\r\nX-EVIL:3".into();
        e.attendees[0].name = "Sanne\r\nX-EVIL:4".into();
        let ics = invitation(&e);
        // Only CRLF ends a line; no bare CR or LF anywhere.
        assert!(!ics.replace("\r\n", "").contains(['\r', '\n']), "{ics:?}");
        assert!(!names(&ics).iter().any(|n| n == "X-EVIL"), "{ics}");
        assert_eq!(names(&ics).iter().filter(|n| *n == "LOCATION").count(), 1, "{ics}");
        assert!(lines(&ics).iter().any(|l| l == "SUMMARY:a\\nbcd\tef"), "{ics}");
    }

    #[test]
    fn long_lines_are_folded_at_75_octets_without_splitting_a_character() {
        let mut e = event();
        e.description = "Zoë's ouders willen graag bespreken hoe het gaat met lezen en rekenen. ".repeat(10);
        let ics = invitation(&e);
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
        let description = lines(&ics).into_iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
        assert_eq!(description.matches("Zoë").count(), 10);
    }

    #[test]
    fn an_empty_location_or_description_is_left_out() {
        let mut e = event();
        e.location = " ".into();
        e.description = String::new();
        e.url = None;
        let names = names(&invitation(&e));
        assert!(!names.iter().any(|n| n == "LOCATION" || n == "DESCRIPTION" || n == "URL"), "{names:?}");
    }
}
