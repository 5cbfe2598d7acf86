//! Synonyms for search: groups of words or short phrases that mean the same to a parent
//! ("van school sturen", "verwijderen"). A query that contains one member of a group also
//! searches for the others. The shipped groups are in `content/kennisbank/synoniemen.toml`;
//! editors add their own groups in the redactie, one group per line, separated by commas.

use crate::InvalidInput;

/// At most this many groups and this many members per group, so a pasted text cannot make
/// every query search for everything.
pub const MAX_GROUPS: usize = 500;
pub const MAX_MEMBERS: usize = 12;
const MAX_MEMBER_CHARS: usize = 60;

/// One group of words that mean the same, lower case, each member as written.
pub type Group = Vec<String>;

fn normalise(member: &str) -> String {
    member.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase().replace('’', "'")
}

/// Parses the editors' text: one group per line, members separated by commas; empty lines
/// and lines starting with `#` are skipped. A group needs at least two members.
pub fn parse(text: &str) -> Result<Vec<Group>, InvalidInput> {
    let mut groups = vec![];
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let members: Group = line.split(',').map(normalise).filter(|m| !m.is_empty()).collect();
        if members.len() < 2 {
            return Err(InvalidInput::new("error-synonyms-group"));
        }
        if members.len() > MAX_MEMBERS
            || members.iter().any(|m| m.chars().count() > MAX_MEMBER_CHARS || !m.chars().any(char::is_alphanumeric))
        {
            return Err(InvalidInput::new("error-synonyms-member"));
        }
        groups.push(members);
    }
    if groups.len() > MAX_GROUPS {
        return Err(InvalidInput::new("error-synonyms-too-many"));
    }
    Ok(groups)
}

/// The groups back as the editors' text.
pub fn render(groups: &[Group]) -> String {
    groups.iter().map(|g| g.join(", ")).collect::<Vec<_>>().join("\n")
}

/// The query's words, lower case, with spaces around, so that members match whole words.
fn spaced(query: &str) -> String {
    let q = query.to_lowercase().replace('’', "'");
    let words: String = q.chars().map(|c| if c.is_alphanumeric() || c == '\'' || c == '-' { c } else { ' ' }).collect();
    format!(" {} ", words.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The members of every group the query contains a member of, that the query does not
/// contain itself: what to search for besides the query.
pub fn expansions<'a>(groups: impl IntoIterator<Item = &'a Group>, query: &str) -> Vec<String> {
    let q = spaced(query);
    let has = |m: &str| q.contains(&format!(" {m} "));
    let mut out: Vec<String> = vec![];
    for group in groups {
        if group.iter().any(|m| has(m)) {
            for m in group {
                if !has(m) && !out.contains(m) {
                    out.push(m.clone());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_parsed_and_rendered_back() {
        let groups =
            parse("# comment\n\nVan school  sturen, verwijderen ,wegsturen\nopp, ontwikkelingsperspectiefplan\n")
                .unwrap();
        assert_eq!(groups[0], vec!["van school sturen", "verwijderen", "wegsturen"]);
        assert_eq!(parse(&render(&groups)).unwrap(), groups);
    }

    #[test]
    fn bad_groups_are_refused_with_their_reason() {
        assert_eq!(parse("alleen").unwrap_err().key, "error-synonyms-group");
        assert_eq!(parse("a, ,").unwrap_err().key, "error-synonyms-group");
        assert_eq!(parse("a, !!!").unwrap_err().key, "error-synonyms-member");
        assert_eq!(parse(&format!("a, {}", "x".repeat(61))).unwrap_err().key, "error-synonyms-member");
        let many = (0..13).map(|i| format!("w{i}")).collect::<Vec<_>>().join(", ");
        assert_eq!(parse(&many).unwrap_err().key, "error-synonyms-member");
        let lines = (0..=MAX_GROUPS).map(|i| format!("a{i}, b{i}")).collect::<Vec<_>>().join("\n");
        assert_eq!(parse(&lines).unwrap_err().key, "error-synonyms-too-many");
    }

    #[test]
    fn a_query_with_one_member_searches_for_the_others() {
        let groups = parse("van school sturen, verwijderen\nib'er, intern begeleider").unwrap();
        assert_eq!(expansions(&groups, "Mag school mijn kind van school sturen?"), vec!["verwijderen"]);
        assert_eq!(expansions(&groups, "Wat doet de IB’er"), vec!["intern begeleider"]);
        assert!(expansions(&groups, "sturen naar school").is_empty(), "only whole phrases count");
        assert!(expansions(&groups, "verwijderen").contains(&"van school sturen".to_owned()));
    }
}
