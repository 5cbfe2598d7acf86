//! Column types that encode per database, so one query text serves both: SQLite keeps ids
//! as TEXT, times as INTEGER UTC milliseconds (text timestamps would not compare
//! correctly) and days as TEXT; PostgreSQL uses UUID, TIMESTAMPTZ and DATE.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Postgres, Sqlite, Type};
use uuid::Uuid;

/// An id column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Id(pub Uuid);

/// A point in time, in UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time(pub DateTime<Utc>);

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

/// `$wrapper` is stored in `$db` as `$col`, converted by `$to` and `$from`.
macro_rules! stored_as {
    ($wrapper:ident in $db:ty as $col:ty, $to:expr, $from:expr) => {
        impl Type<$db> for $wrapper {
            fn type_info() -> <$db as Database>::TypeInfo {
                <$col as Type<$db>>::type_info()
            }
            fn compatible(ty: &<$db as Database>::TypeInfo) -> bool {
                <$col as Type<$db>>::compatible(ty)
            }
        }
        impl<'q> Encode<'q, $db> for $wrapper {
            fn encode_by_ref(&self, buf: &mut <$db as Database>::ArgumentBuffer<'q>) -> Result<IsNull, BoxDynError> {
                let to: fn(&$wrapper) -> $col = $to;
                <$col as Encode<'q, $db>>::encode(to(self), buf)
            }
        }
        impl<'r> Decode<'r, $db> for $wrapper {
            fn decode(value: <$db as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
                let from: fn($col) -> Result<$wrapper, BoxDynError> = $from;
                from(<$col as Decode<'r, $db>>::decode(value)?)
            }
        }
    };
}

stored_as!(Id in Sqlite as String, |v| v.0.to_string(), |s| Ok(Id(Uuid::parse_str(&s)?)));
stored_as!(Id in Postgres as Uuid, |v| v.0, |u| Ok(Id(u)));
stored_as!(Time in Sqlite as i64, |v| v.0.timestamp_millis(), |ms| {
    Utc.timestamp_millis_opt(ms).single().map(Time).ok_or_else(|| format!("time out of range: {ms}").into())
});
stored_as!(Time in Postgres as DateTime<Utc>, |v| v.0, |t| Ok(Time(t)));
stored_as!(Day in Sqlite as String, |v| v.0.to_string(), |s| Ok(Day(s.parse()?)));
stored_as!(Day in Postgres as NaiveDate, |v| v.0, |d| Ok(Day(d)));

impl Time {
    pub fn now() -> Self {
        Time(Utc::now())
    }
}

impl Id {
    /// A new id: UUIDv7, so ids made later sort later.
    pub fn v7() -> Self {
        Id(Uuid::now_v7())
    }
}

impl From<Uuid> for Id {
    fn from(u: Uuid) -> Self {
        Id(u)
    }
}

impl From<samenspoor_domain::UserId> for Id {
    fn from(u: samenspoor_domain::UserId) -> Self {
        Id(u.0)
    }
}

impl From<samenspoor_domain::OrganisationId> for Id {
    fn from(o: samenspoor_domain::OrganisationId) -> Self {
        Id(o.0)
    }
}
