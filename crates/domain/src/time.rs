//! Times as people in the Netherlands read them. Everything is stored in UTC; every time
//! shown is Europe/Amsterdam: CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of
//! March 01:00 UTC to the last Sunday of October 01:00 UTC (the EU rule since 1996), so
//! no time-zone database is needed.

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate, TimeZone, Timelike, Utc, Weekday};

/// The moment summer time starts or ends in `year` (01:00 UTC on the last Sunday of `month`).
fn last_sunday_1am(year: i32, month: u32) -> DateTime<Utc> {
    let first_next =
        if month == 12 { NaiveDate::from_ymd_opt(year + 1, 1, 1) } else { NaiveDate::from_ymd_opt(year, month + 1, 1) };
    let last = first_next.and_then(|d| d.pred_opt()).unwrap_or_default();
    let back = last.weekday().num_days_from_sunday();
    let sunday = last - Duration::days(i64::from(back));
    debug_assert_eq!(sunday.weekday(), Weekday::Sun);
    Utc.from_utc_datetime(&sunday.and_hms_opt(1, 0, 0).unwrap_or_default())
}

/// The offset from UTC in Amsterdam at `at`.
pub fn amsterdam_offset(at: DateTime<Utc>) -> FixedOffset {
    let summer = at >= last_sunday_1am(at.year(), 3) && at < last_sunday_1am(at.year(), 10);
    const CET: FixedOffset = match FixedOffset::east_opt(3600) {
        Some(o) => o,
        None => unreachable!(),
    };
    const CEST: FixedOffset = match FixedOffset::east_opt(7200) {
        Some(o) => o,
        None => unreachable!(),
    };
    if summer { CEST } else { CET }
}

pub fn amsterdam(at: DateTime<Utc>) -> DateTime<FixedOffset> {
    at.with_timezone(&amsterdam_offset(at))
}

/// The moment a clock in Amsterdam shows `local`. A time skipped when summer time starts
/// (02:00-03:00 on its Sunday) does not exist: None.
pub fn from_local(local: chrono::NaiveDateTime) -> Option<DateTime<Utc>> {
    [7200, 3600]
        .into_iter()
        .map(|secs| Utc.from_utc_datetime(&(local - Duration::seconds(secs))))
        .find(|utc| amsterdam(*utc).naive_local() == local)
}

/// "24-11-2026": a day as it is shown, and typed back (see `parse_day`). Written out
/// rather than through chrono's `format`, which parses its pattern and names the offset
/// anew on every call: a file page shows dozens of times (about 4% of its time, in perf).
pub fn show_day(day: NaiveDate) -> String {
    format!("{:02}-{:02}-{:04}", day.day(), day.month(), day.year())
}

/// "24-11-2026 14:05", in Amsterdam time.
pub fn local_datetime(at: DateTime<Utc>) -> String {
    let local = amsterdam(at);
    format!("{} {:02}:{:02}", show_day(local.date_naive()), local.hour(), local.minute())
}

/// "24-11-2026", the day in Amsterdam.
pub fn local_date(at: DateTime<Utc>) -> String {
    show_day(amsterdam(at).date_naive())
}

/// A day as people type it: 14-03-2017 (the way it is shown), 14/3/2017, 14.03.2017, or
/// 2017-03-14. None for anything else, or a day that does not exist.
pub fn parse_day(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.trim().split(['-', '/', '.']).map(str::trim).collect();
    let [a, b, c] = parts[..] else { return None };
    let num = |p: &str| {
        (!p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let (day, month, year) = if a.len() == 4 {
        (num(c)?, num(b)?, num(a)?)
    } else if c.len() == 4 {
        (num(a)?, num(b)?, num(c)?)
    } else {
        return None;
    };
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
}

/// A day from the three fields of a date form (day, month, year).
pub fn day_from_parts(day: &str, month: &str, year: &str) -> Option<NaiveDate> {
    if year.trim().len() != 4 {
        return None;
    }
    parse_day(&format!("{}-{}-{}", day.trim(), month.trim(), year.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    #[test]
    fn a_local_time_is_found_in_winter_and_summer() {
        let at = |s: &str| from_local(chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap());
        assert_eq!(at("2027-03-26 10:00"), Some(t("2027-03-26T09:00:00Z")));
        assert_eq!(at("2027-03-29 10:00"), Some(t("2027-03-29T08:00:00Z")));
        assert_eq!(at("2027-03-28 02:30"), None, "skipped by summer time");
        assert_eq!(at("2026-10-25 02:30"), Some(t("2026-10-25T00:30:00Z")), "the first of the two");
    }

    #[test]
    fn winter_and_summer_time() {
        assert_eq!(local_datetime(t("2026-11-24T13:05:00Z")), "24-11-2026 14:05");
        assert_eq!(local_datetime(t("2026-07-01T13:05:00Z")), "01-07-2026 15:05");
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        assert_eq!(local_datetime(t("2026-03-29T00:59:00Z")), "29-03-2026 01:59");
        assert_eq!(local_datetime(t("2026-03-29T01:00:00Z")), "29-03-2026 03:00");
        assert_eq!(local_datetime(t("2026-10-25T00:59:00Z")), "25-10-2026 02:59");
        assert_eq!(local_datetime(t("2026-10-25T01:00:00Z")), "25-10-2026 02:00");
        // Late evening UTC is already the next day in Amsterdam.
        assert_eq!(local_date(t("2026-12-31T23:30:00Z")), "01-01-2027");
        assert_eq!(amsterdam(t("2027-03-28T01:00:00Z")).offset().local_minus_utc(), 7200);
    }

    #[test]
    fn days_are_read_the_way_people_type_them() {
        let d = NaiveDate::from_ymd_opt(2017, 3, 14);
        for typed in ["14-03-2017", "14-3-2017", "14/3/2017", "14.03.2017", " 2017-03-14 ", "2017/3/14"] {
            assert_eq!(parse_day(typed), d, "{typed}");
        }
        for bad in
            ["", "14-03", "31-02-2017", "14-13-2017", "14-03-17", "x-03-2017", "14--2017", "1-2-3-4", "-1-3-2017"]
        {
            assert_eq!(parse_day(bad), None, "{bad:?}");
        }
        assert_eq!(day_from_parts("14", "3", "2017"), d);
        assert_eq!(day_from_parts(" 1 ", "01", "2017"), NaiveDate::from_ymd_opt(2017, 1, 1));
        assert_eq!(day_from_parts("14", "3", "17"), None, "a year of four digits");
        assert_eq!(day_from_parts("", "3", "2017"), None);
        assert_eq!(day_from_parts("29", "2", "2019"), None);
    }

    proptest::proptest! {
        /// Any text gets an answer; a day that is read comes back the same from the way
        /// the app shows it.
        #[test]
        fn any_typed_day_is_answered_and_reads_back(typed in "[0-9./ -]{0,12}|\\PC{0,12}", d in 1u32..29, m in 1u32..13, y in 1900i32..2100) {
            if let Some(day) = parse_day(&typed) {
                proptest::prop_assert_eq!(parse_day(&show_day(day)), Some(day));
            }
            let made = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            proptest::prop_assert_eq!(day_from_parts(&d.to_string(), &m.to_string(), &y.to_string()), Some(made));
            proptest::prop_assert_eq!(parse_day(&show_day(made)), Some(made));
        }
    }
}
