//! Every interface string goes through Fluent: one file per area and language,
//! `i18n/<lang>/<area>.ftl`, compiled into the binary (build.rs lists the files). A key
//! missing from a language shows as the key itself, and a test fails on it.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use samenspoor_domain::Lang;

mod files {
    include!(concat!(env!("OUT_DIR"), "/i18n_files.rs"));
}

/// The message files of one language, as (file name, text), by name.
pub fn sources(lang: Lang) -> impl Iterator<Item = (&'static str, &'static str)> {
    let folder = format!("{}/", lang.as_str());
    files::FILES.iter().filter_map(move |&(path, text)| path.strip_prefix(folder.as_str()).map(|name| (name, text)))
}

pub struct I18n {
    nl: FluentBundle<FluentResource>,
    en: FluentBundle<FluentResource>,
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let id = match lang {
        Lang::Nl => unic_langid::langid!("nl"),
        Lang::En => unic_langid::langid!("en"),
    };
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks: they would end up inside HTML attributes and e-mails.
    bundle.set_use_isolating(false);
    // The test suite refuses a broken or duplicate message; should one slip through, the
    // rest still loads and the problem is logged rather than stopping the server. An id
    // defined twice keeps its first definition, within a file or across files.
    for (file, source) in sources(lang) {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            tracing::error!(lang = lang.as_str(), file, ?errors, "invalid translations");
            partial
        });
        if let Err(errors) = bundle.add_resource(resource) {
            tracing::error!(lang = lang.as_str(), file, ?errors, "duplicate translations");
        }
    }
    bundle
}

impl I18n {
    /// Loads the compiled-in translations. They are checked by the test suite, so a
    /// failure here is a build defect, caught before release.
    pub fn load() -> Self {
        Self { nl: bundle(Lang::Nl), en: bundle(Lang::En) }
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        match lang {
            Lang::Nl => &self.nl,
            Lang::En => &self.en,
        }
    }

    pub fn has(&self, lang: Lang, key: &str) -> bool {
        self.bundle(lang).has_message(key)
    }

    pub fn t(&self, lang: Lang, key: &str) -> String {
        self.format(lang, key, None)
    }

    pub fn t_args(&self, lang: Lang, key: &str, args: &[(&str, &str)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            // A whole number goes in as a number, so plural variants apply ("1 artikel",
            // "2 artikelen"); anything else, leading zeros included, stays text.
            match v.parse::<i64>() {
                Ok(n) if n.to_string() == *v => fa.set(*k, FluentValue::from(n)),
                _ => fa.set(*k, FluentValue::from(v.to_string())),
            }
        }
        self.format(lang, key, Some(&fa))
    }

    fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
            tracing::warn!(key, lang = lang.as_str(), "missing translation");
            return key.to_owned();
        };
        let mut errors = vec![];
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }
}
