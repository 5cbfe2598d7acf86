//! What a migrated database holds, as each database describes it, for the test that both
//! migration trees agree.

/// A column with its declared type as the database names it (`TEXT`, `uuid`, ...).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
pub struct Column {
    pub table: String,
    pub name: String,
    pub declared: String,
    pub not_null: bool,
}

/// An index (also those behind primary keys and UNIQUE), by its table and columns in order.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
pub struct Index {
    pub table: String,
    pub columns: String,
    pub unique: bool,
}

/// A foreign key column, what it refers to, and what a delete of the referred row does.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, sqlx::FromRow)]
pub struct ForeignKey {
    pub table: String,
    pub column: String,
    pub refers_to: String,
    pub on_delete: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    pub columns: Vec<Column>,
    pub indexes: Vec<Index>,
    pub foreign_keys: Vec<ForeignKey>,
}
