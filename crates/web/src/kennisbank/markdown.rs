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
