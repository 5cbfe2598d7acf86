//! Calendar invitations read back by an independent parser: Python's `icalendar` package
//! (installed by `.ci/run`), with Amsterdam time from the system's tz database (`zoneinfo`).
//! Also the mail that carries one, as the SMTP server receives it.

use crate::smtp::SmtpSink;
use crate::support::required;
use chrono::{DateTime, TimeZone, Utc};
use samenspoor_web::calendar::{self, CalendarEvent, Person};
use samenspoor_web::{CalendarPart, Mail, Mailer, SmtpConfig, SmtpMailer, SmtpTls};
use serde_json::Value;
use std::process::Command;

/// Reads an .ics file, or with `mail` the text/calendar part of a whole message, and prints
/// what a calendar would take from it as JSON.
const READ: &str = r#"
import email, email.policy, json, sys
from zoneinfo import ZoneInfo
from icalendar import Calendar

data = open(sys.argv[1], "rb").read()
out = {}
if len(sys.argv) > 2:
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    out["calendar_parts"] = len(parts)
    out["mime_method"] = parts[0].get_param("method")
    out["subject"] = str(message["Subject"])
    out["headers"] = list(message.keys())
    data = parts[0].get_content().encode("utf-8")
cal = Calendar.from_ical(data)
events = cal.walk("VEVENT")
ev = events[0]
amsterdam = ZoneInfo("Europe/Amsterdam")
attendees = ev.get("ATTENDEE", [])
attendees = attendees if isinstance(attendees, list) else [attendees]
out.update({
    "events": len(events),
    "errors": [str(e) for c in cal.walk() for e in c.errors],
    "method": str(cal["METHOD"]),
    "prodid": str(cal["PRODID"]),
    "properties": list(ev.keys()),
    "uid": str(ev["UID"]),
    "sequence": int(ev["SEQUENCE"]),
    "status": str(ev["STATUS"]),
    "summary": str(ev["SUMMARY"]),
    "location": str(ev.get("LOCATION", "")),
    "dtstamp": ev.decoded("DTSTAMP").isoformat(),
    "start": ev.decoded("DTSTART").astimezone(amsterdam).isoformat(),
    "end": ev.decoded("DTEND").astimezone(amsterdam).isoformat(),
    "organizer": str(ev["ORGANIZER"]),
    "attendees": [str(a) for a in attendees],
    "names": [str(a.params.get("CN", "")) for a in attendees],
})
print(json.dumps(out))
"#;

/// True when python3 can import icalendar; where it cannot, a skip, or on CI a failure.
pub(crate) fn parser_available() -> bool {
    let ok = Command::new("python3").args(["-c", "import icalendar"]).output().is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            !required("SAMENSPOOR_REQUIRE_ICALENDAR"),
            "python3 cannot import icalendar: run `python3 -m pip install icalendar` (see .ci/run)"
        );
        eprintln!("python3's icalendar is not installed: calendar parser test skipped");
    }
    ok
}

pub(crate) fn read(bytes: &[u8], mail: bool) -> Value {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    let mut command = Command::new("python3");
    command.args(["-c", READ]).arg(file.path());
    if mail {
        command.arg("mail");
    }
    let out = command.output().unwrap();
    assert!(out.status.success(), "the parser failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

const INJECTED: &str = "Gesprek over Daan; OPP, \"doelen\" 🙂\r\nATTENDEE:mailto:evil@x";

fn gesprek(starts_at: DateTime<Utc>) -> CalendarEvent {
    CalendarEvent {
        uid: "0190b1c2-0000-7000-8000-00000000abcd@samenspoor".into(),
        sequence: 1,
        starts_at,
        ends_at: starts_at + chrono::Duration::minutes(45),
        summary: INJECTED.into(),
        description: "Wat gaat goed, wat kan beter?\nNeem gerust iemand mee.".into(),
        location: "Lokaal 12\r\nLOCATION:elders".into(),
        url: Some("http://localhost:8080/trajecten/1/gesprekken/2".into()),
        organizer: Person { name: "Fatima el Amrani".into(), email: "f.elamrani@regenboog.example".into() },
        attendees: vec![
            Person { name: "Sanne de Vries".into(), email: "sanne@voorbeeld.nl".into() },
            Person { name: "Jan \"meester\" Bos, groep 6".into(), email: "jan.bos@regenboog.example".into() },
        ],
    }
}

fn assert_attendees_and_text(got: &Value) {
    assert_eq!(got["errors"], Value::Array(vec![]), "{got}");
    assert_eq!(got["events"], 1, "{got}");
    assert_eq!(got["summary"], INJECTED.replace("\r\n", "\n"), "the injection came back as text: {got}");
    assert_eq!(got["location"], "Lokaal 12\nLOCATION:elders", "{got}");
    let attendees = got["attendees"].as_array().unwrap();
    assert_eq!(attendees, &["mailto:sanne@voorbeeld.nl", "mailto:jan.bos@regenboog.example"], "{got}");
    assert_eq!(got["names"], serde_json::json!(["Sanne de Vries", "Jan 'meester' Bos, groep 6"]), "{got}");
    assert_eq!(got["organizer"], "mailto:f.elamrani@regenboog.example", "{got}");
    assert_eq!(got["uid"], "0190b1c2-0000-7000-8000-00000000abcd@samenspoor", "{got}");
    assert_eq!(got["prodid"], "-//Samenspoor//Gesprekken//NL", "{got}");
    assert!(got["dtstamp"].as_str().unwrap().ends_with("+00:00"), "{got}");
}

#[test]
fn an_invitation_is_at_ten_in_amsterdam_in_winter_and_in_summer_time() {
    if !parser_available() {
        return;
    }
    // Summer time starts on 28 March 2027: 10:00 is 09:00 UTC before it and 08:00 UTC after.
    for (utc, local) in [
        (
            Utc.with_ymd_and_hms(2027, 3, 26, 9, 0, 0).unwrap(),
            ("2027-03-26T10:00:00+01:00", "2027-03-26T10:45:00+01:00"),
        ),
        (
            Utc.with_ymd_and_hms(2027, 3, 29, 8, 0, 0).unwrap(),
            ("2027-03-29T10:00:00+02:00", "2027-03-29T10:45:00+02:00"),
        ),
    ] {
        let got = read(calendar::invitation(&gesprek(utc)).as_bytes(), false);
        assert_eq!((got["start"].as_str().unwrap(), got["end"].as_str().unwrap()), local, "{got}");
        assert_eq!((got["method"].as_str().unwrap(), got["status"].as_str().unwrap()), ("REQUEST", "CONFIRMED"));
        assert_eq!(got["sequence"], 1, "{got}");
        assert_attendees_and_text(&got);
    }
}

#[test]
fn a_cancellation_is_method_cancel_and_status_cancelled() {
    if !parser_available() {
        return;
    }
    let mut e = gesprek(Utc.with_ymd_and_hms(2027, 3, 29, 8, 0, 0).unwrap());
    e.sequence = 2;
    let got = read(calendar::cancellation(&e).as_bytes(), false);
    assert_eq!((got["method"].as_str().unwrap(), got["status"].as_str().unwrap()), ("CANCEL", "CANCELLED"));
    assert_eq!(got["sequence"], 2, "{got}");
    assert_attendees_and_text(&got);
}

#[tokio::test]
async fn a_mail_with_an_invitation_carries_a_text_calendar_part_with_its_method() {
    let smtp = SmtpSink::start().await;
    let mailer = SmtpMailer::new(&SmtpConfig {
        host: "127.0.0.1".into(),
        port: smtp.port,
        tls: SmtpTls::None,
        username: None,
        password: None,
        from: "Samenspoor <noreply@samenspoor.test>".into(),
    })
    .unwrap();
    let e = gesprek(Utc.with_ymd_and_hms(2027, 3, 26, 9, 0, 0).unwrap());
    let mut mail = Mail::text("sanne@voorbeeld.nl", "Gesprek over Daan\r\nBcc: evil@x", "Je bent uitgenodigd.");
    mail.calendar = Some(CalendarPart::invitation(&e));
    mailer.send(mail).await.unwrap();
    mailer.send(Mail::text("sanne@voorbeeld.nl", "Zonder agenda", "Alleen tekst.")).await.unwrap();

    let received = smtp.wait_for(1).await;
    let data = &received.data;
    assert!(data.contains("Content-Type: multipart/mixed"), "{data}");
    assert!(data.contains("Content-Type: multipart/alternative"), "{data}");
    assert!(data.contains("Content-Type: text/calendar; charset=utf-8; method=REQUEST"), "{data}");
    assert!(data.contains("filename=\"invite.ics\""), "{data}");
    assert!(!data.lines().any(|l| l.to_ascii_lowercase().starts_with("bcc:")), "the subject stayed one header: {data}");
    assert_eq!(received.to, vec!["sanne@voorbeeld.nl"]);
    // A mail without a calendar part is one text body, as before.
    let plain = smtp.wait_for(2).await.data;
    assert!(!plain.contains("multipart") && !plain.contains("text/calendar"), "{plain}");

    if parser_available() {
        let got = read(data.as_bytes(), true);
        assert_eq!(got["calendar_parts"], 1, "{got}");
        assert_eq!(got["mime_method"], "REQUEST", "{got}");
        assert_eq!(got["method"], "REQUEST", "{got}");
        assert_eq!(got["subject"], "Gesprek over Daan\r\nBcc: evil@x", "{got}");
        assert!(!got["headers"].as_array().unwrap().iter().any(|h| h.as_str().unwrap().eq_ignore_ascii_case("bcc")));
        assert_eq!(got["start"], "2027-03-26T10:00:00+01:00", "{got}");
        assert_attendees_and_text(&got);
    }
}
