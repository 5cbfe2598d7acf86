//! The languages of the interface. Dutch first; English by choice.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "nl" => Some(Lang::Nl),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first language in an Accept-Language header that we speak, by quality.
    pub fn from_accept_language(header: &str) -> Option<Self> {
        let mut options: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.trim().split(';');
                let tag = pieces.next()?.trim();
                let primary = tag.split('-').next()?;
                let lang = Lang::parse(primary)?;
                let q =
                    pieces.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
                (q > 0.0).then_some((q, lang))
            })
            .collect();
        // Stable sort keeps header order among equal weights.
        options.sort_by(|a, b| b.0.total_cmp(&a.0));
        options.first().map(|(_, l)| *l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language() {
        for (header, want) in [
            ("nl-NL,nl;q=0.9,en;q=0.8", Some(Lang::Nl)),
            ("en-GB,en;q=0.9", Some(Lang::En)),
            ("de-DE,en;q=0.5,nl;q=0.7", Some(Lang::Nl)),
            ("fr, de", None),
            ("", None),
            ("en;q=0, nl;q=0.1", Some(Lang::Nl)),
            ("tr,en", Some(Lang::En)),
        ] {
            assert_eq!(Lang::from_accept_language(header), want, "{header}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_header_gives_an_answer_without_panicking(header in "\\PC{0,60}") {
            let _ = Lang::from_accept_language(&header);
        }
    }
}
