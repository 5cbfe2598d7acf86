//! A refused form's messages, each tied to the field it is about: the summary at the top
//! links to the field, and the field itself carries its message and `aria-invalid`.
//! Templates include `form_errors.html` for the summary (focused when the page loads).

#[derive(Default)]
pub struct FieldErrors(Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn one(field: &'static str, message: String) -> Self {
        Self(vec![(field, message)])
    }

    pub fn push(&mut self, field: &'static str, message: String) {
        self.0.push((field, message));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The messages with the id of their field, in the form's order.
    pub fn iter(&self) -> impl Iterator<Item = &(&'static str, String)> {
        self.0.iter()
    }

    /// The message for one field, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, m)| m.as_str())
    }

    /// ` aria-invalid="true"` for a field with a message; "" for one without.
    pub fn invalid(&self, field: &str) -> &'static str {
        if self.get(field).is_some() { " aria-invalid=\"true\"" } else { "" }
    }

    /// The ids that describe a field: its hint (if `hint`) and its message (if any).
    pub fn described_by(&self, field: &str, hint: bool) -> String {
        let mut ids = vec![];
        if hint {
            ids.push(format!("{field}-hint"));
        }
        if self.get(field).is_some() {
            ids.push(format!("{field}-error"));
        }
        ids.join(" ")
    }
}
