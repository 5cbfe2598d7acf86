//! JSON Schemas for the API's request fields, made from the domain's own lists and limits,
//! so that the OpenAPI document says what the server accepts: a request valid by the
//! document is taken, one that is not is refused (schemathesis checks both ways). Used as
//! `#[schema(schema_with = ...)]` on the request types.

use samenspoor_domain::deadlines::DateKind;
use samenspoor_domain::document::DocumentKind;
use samenspoor_domain::gesprek::plan::{CompanionRelation, CompanionRole};
use samenspoor_domain::gesprek::preparation::Question;
use samenspoor_domain::traject::{ConsentKind, ParticipantRole, Step};
use utoipa::openapi::schema::{Array, ArrayBuilder, KnownFormat, ObjectBuilder, OneOfBuilder, SchemaFormat, Type};
use utoipa::openapi::{Object, RefOr, Schema};

/// The characters `str::trim` takes off (Unicode White_Space), as a regex class body.
const SPACE: &str = r"\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
/// Control characters (`char::is_control`), as a regex class body.
const CONTROL: &str = r"\u0000-\u001f\u007f-\u009f";

fn one_of(values: impl IntoIterator<Item = &'static str>) -> Object {
    ObjectBuilder::new().schema_type(Type::String).enum_values(Some(values)).build()
}

/// Up to `max` characters, at least one of them not white space.
fn text(max: usize) -> Object {
    ObjectBuilder::new().schema_type(Type::String).max_length(Some(max)).pattern(Some(format!("[^{SPACE}]"))).build()
}

/// Up to `max` characters on one line (no control characters), or none.
fn optional_line(max: usize) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(max))
        .pattern(Some(format!("^[^{CONTROL}]*$")))
        .build()
}

/// Up to `max` characters, no control characters, at least one not white space.
fn line(max: usize) -> Object {
    let pattern = format!("^[^{CONTROL}]*[^{SPACE}{CONTROL}][^{CONTROL}]*$");
    ObjectBuilder::new().schema_type(Type::String).max_length(Some(max)).pattern(Some(pattern)).build()
}

pub fn note() -> Object {
    text(samenspoor_domain::traject::NOTE_MAX_CHARS)
}

pub fn visibility() -> Object {
    one_of(["shared", "private"])
}

pub fn step() -> Object {
    one_of(Step::ALL.map(Step::as_str))
}

/// Why a file moves: 1 to 1000 characters.
pub fn reason() -> Object {
    text(1000)
}

/// Every item of every step's checklist.
pub fn checklist_item() -> Object {
    one_of(Step::all_checklist_items())
}

pub fn participant_role() -> Object {
    one_of(ParticipantRole::ALL.map(ParticipantRole::as_str))
}

/// A string in one of JSON Schema's known formats.
fn formatted(format: KnownFormat) -> ObjectBuilder {
    ObjectBuilder::new().schema_type(Type::String).format(Some(SchemaFormat::KnownFormat(format)))
}

pub fn email() -> Object {
    formatted(KnownFormat::Email).max_length(Some(samenspoor_domain::Email::MAX_LEN)).build()
}

pub fn document_kind() -> Object {
    one_of(DocumentKind::ALL.map(DocumentKind::as_str))
}

pub fn document_title() -> Object {
    line(samenspoor_domain::document::content::TITLE_MAX_CHARS)
}

pub fn agenda_point() -> Object {
    text(samenspoor_domain::gesprek::agenda::POINT_MAX_CHARS)
}

/// `true`: calling a gesprek off is confirmed.
pub fn confirmed() -> RefOr<Schema> {
    ObjectBuilder::new().schema_type(Type::Boolean).enum_values(Some([true])).build().into()
}

pub fn question() -> Object {
    one_of(Question::ALL.map(Question::as_str))
}

pub fn answer() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .max_length(Some(samenspoor_domain::gesprek::preparation::ANSWER_MAX_CHARS))
        .build()
}

pub fn companion_name() -> Object {
    line(samenspoor_domain::gesprek::plan::COMPANION_NAME_MAX_CHARS)
}

pub fn companion_relation() -> Object {
    one_of(CompanionRelation::ALL.iter().map(|r| r.as_str()))
}

pub fn companion_role() -> Object {
    one_of(CompanionRole::ALL.iter().map(|r| r.as_str()))
}

/// Optional: up to 300 characters on one line.
pub fn companion_why() -> Object {
    optional_line(samenspoor_domain::gesprek::plan::COMPANION_WHY_MAX_CHARS)
}

/// A response to a gesprek's report: `confirm`, or `comment` with its text.
pub fn response() -> RefOr<Schema> {
    let limit = samenspoor_domain::gesprek::report::RESPONSE_MAX_CHARS;
    let kind = |k: &'static str, text: Object, required: &[&str]| {
        let mut o = ObjectBuilder::new().property("kind", one_of([k])).property("text", text);
        for r in required {
            o = o.required(*r);
        }
        o.build()
    };
    let confirm =
        kind("confirm", ObjectBuilder::new().schema_type(Type::String).max_length(Some(limit)).build(), &["kind"]);
    let comment = kind("comment", text(limit), &["kind", "text"]);
    RefOr::T(Schema::OneOf(OneOfBuilder::new().item(confirm).item(comment).build()))
}

/// A day as `YYYY-MM-DD`.
pub fn day() -> Object {
    formatted(KnownFormat::Date).build()
}

/// A day as `YYYY-MM-DD`, or empty for none.
pub fn day_or_empty() -> RefOr<Schema> {
    let empty = one_of([""]);
    RefOr::T(Schema::OneOf(OneOfBuilder::new().item(day()).item(empty).build()))
}

/// A time of day as `HH:MM`.
pub fn time_of_day() -> Object {
    ObjectBuilder::new().schema_type(Type::String).pattern(Some("^([01][0-9]|2[0-3]):[0-5][0-9]$")).build()
}

pub fn date_kind() -> Object {
    one_of(DateKind::ALL.map(DateKind::as_str))
}

pub fn gesprek_purpose() -> Object {
    text(samenspoor_domain::gesprek::plan::PURPOSE_MAX_CHARS)
}

/// 15 minutes to 4 hours.
pub fn gesprek_minutes() -> Object {
    let minutes = samenspoor_domain::gesprek::plan::MINUTES;
    ObjectBuilder::new()
        .schema_type(Type::Integer)
        .minimum(Some(*minutes.start()))
        .maximum(Some(*minutes.end()))
        .build()
}

/// Where a gesprek is held: up to 200 characters on one line, or empty when it is online.
pub fn gesprek_place() -> Object {
    optional_line(samenspoor_domain::gesprek::plan::PLACE_MAX_CHARS)
}

/// An https link without spaces, or empty when the gesprek is held in a place.
pub fn gesprek_link() -> Object {
    let max = samenspoor_domain::gesprek::plan::LINK_MAX_CHARS;
    let pattern = format!("^(https://[^ {CONTROL}]*)?$");
    ObjectBuilder::new().schema_type(Type::String).max_length(Some(max)).pattern(Some(pattern)).build()
}

/// The id of a participant of the file.
pub fn participant_id() -> Object {
    formatted(KnownFormat::Uuid).build()
}

pub fn participant_ids() -> Array {
    ArrayBuilder::new().items(participant_id()).build()
}

pub fn consent_kind() -> Object {
    one_of(ConsentKind::ALL.map(ConsentKind::as_str))
}

pub fn consent_purpose() -> Object {
    text(samenspoor_domain::traject::consent::PURPOSE_MAX_CHARS)
}

pub fn record_kind() -> Object {
    one_of(samenspoor_domain::document::record::RECORD_KINDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The characters a regex class body such as `SPACE` lists (`\t`, `\uXXXX`, ranges).
    fn class(body: &str) -> Vec<char> {
        let mut chars = vec![];
        let mut rest = body;
        let mut range = false;
        while let Some(c) = rest.chars().next() {
            let (ch, len) = match c {
                '\\' if rest[1..].starts_with('u') => {
                    (char::from_u32(u32::from_str_radix(&rest[2..6], 16).unwrap()).unwrap(), 6)
                }
                '\\' => (
                    match &rest[1..2] {
                        "t" => '\t',
                        "n" => '\n',
                        "r" => '\r',
                        other => panic!("{other}"),
                    },
                    2,
                ),
                '-' => {
                    range = true;
                    rest = &rest[1..];
                    continue;
                }
                c => (c, c.len_utf8()),
            };
            if range {
                let from = chars.pop().unwrap();
                chars.extend(from..=ch);
                range = false;
            } else {
                chars.push(ch);
            }
            rest = &rest[len..];
        }
        chars
    }

    /// The schema's idea of "not only white space" is `trim`'s, and of a control character
    /// `char::is_control`'s.
    #[test]
    fn the_classes_are_what_trim_and_is_control_say() {
        let (space, control) = (class(SPACE), class(CONTROL));
        for c in (0..0x3_0000u32).filter_map(char::from_u32) {
            assert_eq!(c.is_whitespace(), space.contains(&c), "{c:?}");
            assert_eq!(c.is_control(), control.contains(&c), "{c:?}");
        }
    }
}
