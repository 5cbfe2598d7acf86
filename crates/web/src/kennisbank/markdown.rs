//! Article bodies from Markdown to HTML. Our link schemes (artikel:, begrip:, organisatie:,
//! hulpwijzer:) become paths on this site; any other link loses its address and keeps its
//! text; images keep only their text; the result is sanitised, so neither content nor
//! editors can inject markup or make a page load anything from another host.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};
use samenspoor_domain::kennisbank::links::Target;

pub fn to_html(markdown: &str) -> String {
    let mut dropped_link = vec![];
    let events = Parser::new_ext(markdown, Options::empty()).filter_map(|event| match event {
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => match Target::parse(&dest_url).href() {
            Some(href) => {
                dropped_link.push(false);
                Some(Event::Start(Tag::Link { link_type, dest_url: CowStr::from(href), title, id }))
            }
            None => {
                dropped_link.push(true);
                None
            }
        },
        Event::End(TagEnd::Link) => {
            if dropped_link.pop().unwrap_or(false) {
                None
            } else {
                Some(Event::End(TagEnd::Link))
            }
        }
        // No raw HTML, and no images: an image would load from wherever its address points.
        Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    ammonia::Builder::default().link_rel(None).url_relative(ammonia::UrlRelative::PassThrough).clean(&out).to_string()
}

/// The visible text, for the search index and its snippets.
pub fn to_plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Markdown made of the pieces an attacker or a careless paste would bring.
    fn hostile_markdown() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[a-zA-Z ]{0,8}",
            ".{0,4}",
            Just("<script>alert(1)</script>".to_owned()),
            Just("<img src=x onerror=alert(1)>".to_owned()),
            Just("<a href=\"https://evil.example\" onclick=\"x()\">".to_owned()),
            Just("[x](javascript:alert(1))".to_owned()),
            Just("[x](https://evil.example/)".to_owned()),
            Just("[x](//evil.example/)".to_owned()),
            Just("![i](https://evil.example/i.png)".to_owned()),
            Just("[opp](artikel:opp)".to_owned()),
            Just("<iframe src=x>".to_owned()),
            Just("&#x3C;script&#x3E;".to_owned()),
            Just("\n\n".to_owned()),
            Just("`".to_owned()),
            Just("* ".to_owned()),
            Just("[".to_owned()),
            Just("](".to_owned()),
            Just(")".to_owned()),
            Just("<".to_owned()),
            Just("\"".to_owned()),
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Whatever an article holds, its HTML runs nothing, loads nothing and links only
        /// within this site.
        #[test]
        fn any_markdown_becomes_html_that_runs_and_loads_nothing(md in hostile_markdown()) {
            let html = to_html(&md);
            // Every real tag ('<' in text is escaped as &lt;): an allowed element, no
            // script-bearing attribute, links only within this site.
            for tag in html.split('<').skip(1).map(|t| t.split('>').next().unwrap_or_default().to_lowercase()) {
                let name = tag.trim_start_matches('/').split([' ', '/']).next().unwrap_or_default();
                prop_assert!(!["script", "img", "iframe", "style", "object", "embed"].contains(&name), "<{tag}> from {md:?}");
                for attr in tag.split_whitespace().skip(1) {
                    prop_assert!(!attr.starts_with("on") && !attr.starts_with("src") && !attr.starts_with("style"), "<{tag}> from {md:?}");
                    if let Some(target) = attr.strip_prefix("href=\"") {
                        prop_assert!(target.starts_with('/') && !target.starts_with("//"), "a link leaves the site: <{tag}>");
                    }
                }
            }
        }
    }
}
