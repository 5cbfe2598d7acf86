//! Column types that encode per database, so one query text serves both: SQLite keeps ids
//! as TEXT, times as INTEGER UTC milliseconds (text timestamps would not compare
//! correctly) and days as TEXT; PostgreSQL uses UUID, TIMESTAMPTZ and DATE.

use chrono::{DateTime, NaiveDate, Utc};
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
#[cfg(any(feature = "sqlite", feature = "postgres"))]
macro_rules! stored_as {
    ($wrapper:ident in $db:ty as $col:ty, $to:expr, $from:expr) => {
        impl sqlx::Type<$db> for $wrapper {
            fn type_info() -> <$db as sqlx::Database>::TypeInfo {
                <$col as sqlx::Type<$db>>::type_info()
            }
            fn compatible(ty: &<$db as sqlx::Database>::TypeInfo) -> bool {
                <$col as sqlx::Type<$db>>::compatible(ty)
            }
        }
        impl<'q> sqlx::Encode<'q, $db> for $wrapper {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                let to: fn(&$wrapper) -> $col = $to;
                <$col as sqlx::Encode<'q, $db>>::encode(to(self), buf)
            }
        }
        impl<'r> sqlx::Decode<'r, $db> for $wrapper {
            fn decode(value: <$db as sqlx::Database>::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                let from: fn($col) -> Result<$wrapper, sqlx::error::BoxDynError> = $from;
                from(<$col as sqlx::Decode<'r, $db>>::decode(value)?)
            }
        }
    };
}

#[cfg(feature = "sqlite")]
mod sqlite {
    use super::*;
    use chrono::TimeZone;
    use sqlx::Sqlite;
    stored_as!(Id in Sqlite as String, |v| v.0.to_string(), |s| Ok(Id(Uuid::parse_str(&s)?)));
    stored_as!(Time in Sqlite as i64, |v| v.0.timestamp_millis(), |ms| {
        Utc.timestamp_millis_opt(ms).single().map(Time).ok_or_else(|| format!("time out of range: {ms}").into())
    });
    stored_as!(Day in Sqlite as String, |v| v.0.to_string(), |s| Ok(Day(s.parse()?)));
}

#[cfg(feature = "postgres")]
mod postgres {
    use super::*;
    use sqlx::Postgres;
    stored_as!(Id in Postgres as Uuid, |v| v.0, |u| Ok(Id(u)));
    stored_as!(Time in Postgres as DateTime<Utc>, |v| v.0, |t| Ok(Time(t)));
    stored_as!(Day in Postgres as NaiveDate, |v| v.0, |d| Ok(Day(d)));
}

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

/// Every typed id of the domain goes into an id column as itself.
macro_rules! typed_ids {
    ($($t:ident),*) => {
        $(
            impl From<samenspoor_domain::$t> for Id {
                fn from(id: samenspoor_domain::$t) -> Self {
                    Id(id.0)
                }
            }
        )*
    };
}

typed_ids!(UserId, OrganisationId, TrajectId, ParticipantId, ConsentId, NoteId, DocumentId, GesprekId, AgendaPointId);
