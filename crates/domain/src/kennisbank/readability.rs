//! B1 readability figures for an article body: sentence lengths, Flesch-Douma for Dutch
//! (Flesch reading ease for English) and the share of long words. Headings and list items
//! count as sentences, link targets are left out, only the visible text counts.

use crate::Lang;

/// The limits every shipped article meets (CONTENT.md): on average 15 words or fewer per
/// sentence, none over 25, and a reading-ease score of at least 60.
pub const MAX_AVERAGE_SENTENCE: f64 = 15.0;
pub const MAX_SENTENCE: usize = 25;
pub const MIN_SCORE: f64 = 60.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Readability {
    pub sentences: usize,
    pub words: usize,
    pub average_sentence: f64,
    pub longest_sentence: usize,
    /// Flesch-Douma (nl) or Flesch reading ease (en): higher is easier; 60+ is plain.
    pub score: f64,
    /// Share of words with four or more syllables, in percent.
    pub long_words_percent: f64,
}

impl Readability {
    pub fn meets_b1(&self) -> bool {
        self.words > 0
            && self.average_sentence <= MAX_AVERAGE_SENTENCE
            && self.longest_sentence <= MAX_SENTENCE
            && self.score >= MIN_SCORE
    }
}

/// The visible text of Markdown, one sentence-ending mark after each heading and list item.
fn plain_text(markdown: &str) -> String {
    let mut out = String::new();
    for line in markdown.lines() {
        let t = line.trim();
        let (content, is_block) = if let Some(h) = t.strip_prefix('#') {
            (h.trim_start_matches('#').trim(), true)
        } else if let Some(item) = t.strip_prefix("- ").or_else(|| t.strip_prefix("* ")) {
            (item.trim(), true)
        } else if let Some((num, item)) =
            t.split_once(". ").filter(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        {
            let _ = num;
            (item.trim(), true)
        } else {
            (t, false)
        };
        let mut text = strip_links(content).replace(['*', '_', '`', '>'], "");
        if is_block {
            let trimmed = text.trim_end().trim_end_matches(':').to_owned();
            text = if trimmed.ends_with(['.', '!', '?']) { trimmed } else { format!("{trimmed}.") };
        }
        if t.is_empty() {
            out.push_str("\n\n");
        } else {
            out.push_str(&text);
            out.push(if is_block { '\n' } else { ' ' });
        }
    }
    out
}

/// `[text](target)` becomes `text`.
fn strip_links(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(start) = rest.find("](") {
        let (before, after) = rest.split_at(start);
        out.push_str(&before.replace('[', ""));
        rest = after[2..].split_once(')').map(|(_, r)| r).unwrap_or("");
    }
    out.push_str(&rest.replace('[', ""));
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')
}

fn sentences(text: &str) -> Vec<String> {
    let mut out = vec![];
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        current.push(c);
        let next = chars.get(i + 1).copied();
        let ends =
            matches!(c, '.' | '!' | '?') && next.is_none_or(char::is_whitespace) || c == '\n' && next == Some('\n');
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    out.into_iter().filter(|s| s.chars().any(char::is_alphanumeric)).collect()
}

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !is_word_char(c)).filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

pub fn syllables(word: &str, lang: Lang) -> usize {
    let w = word.to_lowercase();
    let vowel = |c: char| match lang {
        Lang::Nl => "aeiouyáéíóúàèäëïöü".contains(c),
        Lang::En => "aeiouy".contains(c),
    };
    let mut groups = 0;
    let mut in_group = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !in_group {
            groups += 1;
        }
        in_group = v;
    }
    if lang == Lang::En && w.ends_with('e') && !w.ends_with("le") && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

pub fn measure(markdown: &str, lang: Lang) -> Readability {
    let text = plain_text(markdown);
    let sentences = sentences(&text);
    let lengths: Vec<usize> = sentences.iter().map(|s| words(s).len()).collect();
    let all = words(&text);
    let n_words = all.len();
    if n_words == 0 || sentences.is_empty() {
        return Readability {
            sentences: 0,
            words: 0,
            average_sentence: 0.0,
            longest_sentence: 0,
            score: 0.0,
            long_words_percent: 0.0,
        };
    }
    let syl: Vec<usize> = all.iter().map(|w| syllables(w, lang)).collect();
    let asl = n_words as f64 / sentences.len() as f64;
    let asw = syl.iter().sum::<usize>() as f64 / n_words as f64;
    let score = match lang {
        Lang::Nl => 206.84 - 0.93 * asl - 77.0 * asw,
        Lang::En => 206.835 - 1.015 * asl - 84.6 * asw,
    };
    Readability {
        sentences: sentences.len(),
        words: n_words,
        average_sentence: asl,
        longest_sentence: lengths.into_iter().max().unwrap_or(0),
        score,
        long_words_percent: 100.0 * syl.iter().filter(|&&s| s >= 4).count() as f64 / n_words as f64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_dutch_passes_and_a_wall_of_words_does_not() {
        let plain = "## Wat kun je doen?\n\nJe praat eerst met de leerkracht. Zeg wat je ziet.\n\n- Schrijf je vragen op\n- Neem iemand mee";
        let r = measure(plain, Lang::Nl);
        assert_eq!(r.sentences, 5, "{r:?}");
        assert_eq!(r.longest_sentence, 6);
        assert!(r.meets_b1(), "{r:?}");
        let hard = "De ondersteuningscoördinator van het samenwerkingsverband organiseert na voorafgaande toestemming van de ouders een multidisciplinair overleg waarin de onderwijsbehoeften, belemmerende en bevorderende factoren en de mogelijkheden voor een arrangement uitgebreid worden geïnventariseerd en geëvalueerd.";
        let h = measure(hard, Lang::Nl);
        assert_eq!(h.sentences, 1);
        assert!(h.longest_sentence > 25 && h.score < 60.0 && !h.meets_b1(), "{h:?}");
        assert!(h.long_words_percent > 15.0, "{h:?}");
    }

    #[test]
    fn link_targets_do_not_count() {
        let r = measure("Lees [dit artikel](artikel:een-heel-lang-verhaal-over-veel-dingen).", Lang::Nl);
        assert_eq!(r.words, 3);
    }

    #[test]
    fn syllables_by_vowel_groups() {
        assert_eq!(syllables("school", Lang::Nl), 1);
        assert_eq!(syllables("ouders", Lang::Nl), 2);
        assert_eq!(syllables("samenwerkingsverband", Lang::Nl), 6);
        assert_eq!(syllables("make", Lang::En), 1);
        assert_eq!(syllables("table", Lang::En), 2);
    }
}
