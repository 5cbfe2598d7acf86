//! Letter templates: the text a parent starts from, with placeholders for the file's facts
//! written as `{ $child }`. Editors may change a template; it must keep to the known
//! placeholders, so a letter is never sent with a placeholder left in it.

use crate::InvalidInput;

/// The facts a letter can name.
pub const PLACEHOLDERS: [&str; 8] = ["child", "born", "class", "school", "parent", "from", "due", "today"];

pub const TEMPLATE_MAX_CHARS: usize = 5000;

/// The placeholders in `text` as written (`{ $name }` or `{$name}`), or None when a brace
/// is not closed.
fn placeholders(text: &str) -> Option<Vec<String>> {
    let mut found = vec![];
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}')?;
        found.push(after[..close].trim().to_owned());
        rest = &after[close + 1..];
    }
    (!rest.contains('}')).then_some(found)
}

/// A template as an editor typed it: not empty, at most 5000 characters, and every
/// placeholder one of `PLACEHOLDERS`.
pub fn parse_template(text: &str) -> Result<String, InvalidInput> {
    let t = text.trim().replace("\r\n", "\n");
    if t.is_empty() || t.chars().count() > TEMPLATE_MAX_CHARS {
        return Err(InvalidInput::new("error-letter-length"));
    }
    let known = |p: &String| p.strip_prefix('$').is_some_and(|name| PLACEHOLDERS.contains(&name.trim()));
    match placeholders(&t) {
        Some(found) if found.iter().all(known) => Ok(t),
        _ => Err(InvalidInput::new("error-letter-placeholder")),
    }
}

/// The template with each placeholder replaced by its fact.
pub fn fill(template: &str, facts: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in facts {
        out = out.replace(&format!("{{ ${name} }}"), value).replace(&format!("{{${name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_keep_to_the_known_placeholders() {
        let ok = parse_template("Aan { $school },\r\n\r\nOver {$child}.").unwrap();
        assert_eq!(fill(&ok, &[("school", "De Vlinder"), ("child", "Daan")]), "Aan De Vlinder,\n\nOver Daan.");
        assert_eq!(parse_template("Over { $kind }").unwrap_err().key, "error-letter-placeholder");
        assert_eq!(parse_template("Over { child }").unwrap_err().key, "error-letter-placeholder");
        assert_eq!(parse_template("Over { $child").unwrap_err().key, "error-letter-placeholder");
        assert_eq!(parse_template("Over } $child").unwrap_err().key, "error-letter-placeholder");
        assert_eq!(parse_template("  ").unwrap_err().key, "error-letter-length");
        assert!(parse_template(&"x".repeat(5001)).is_err());
    }
}
