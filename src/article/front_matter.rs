//! The metadata block at the top of a Markdown file: YAML between `---` lines or TOML between
//! `+++` lines, as static site generators write them.
//!
//! Only the few keys lede shows are read, with the value forms articles use (plain, quoted,
//! lists of authors, folded text), so no YAML or TOML parser is needed for them.

/// The metadata lede takes from front matter.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    /// `title`.
    pub title: Option<String>,
    /// `date` (or `published`).
    pub date: Option<String>,
    /// `author`, `authors` or `byline`; several authors are joined with ", ".
    pub byline: Option<String>,
    /// `source`, `publication` or `publisher`.
    pub source: Option<String>,
    /// `kicker`.
    pub kicker: Option<String>,
}

/// How keys and values are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `key: value`.
    Yaml,
    /// `key = value`.
    Toml,
}

/// A value that continues on the following indented lines.
enum Pending {
    List(String, Vec<String>),
    Folded(String, Vec<String>),
}

/// Reads the keys lede knows from the text of a front matter block (without its fences).
pub fn parse(block: &str, style: Style) -> FrontMatter {
    let mut out = FrontMatter::default();
    let mut pending: Option<Pending> = None;
    for line in block.lines() {
        let indented = line.starts_with([' ', '\t']);
        let trimmed = line.trim();
        if indented && !trimmed.is_empty() {
            match &mut pending {
                Some(Pending::List(_, items)) => {
                    if let Some(item) = trimmed.strip_prefix("- ") {
                        items.push(scalar(item));
                    }
                    continue;
                }
                Some(Pending::Folded(_, parts)) => {
                    parts.push(trimmed.to_string());
                    continue;
                }
                None => continue,
            }
        }
        // A YAML list written without indentation under its key.
        if let Some(item) = trimmed.strip_prefix("- ")
            && let Some(Pending::List(_, items)) = &mut pending
        {
            items.push(scalar(item));
            continue;
        }
        if let Some(done) = pending.take() {
            out.set_pending(done);
        }
        let separator = match style {
            Style::Yaml => ':',
            Style::Toml => '=',
        };
        let Some((key, raw)) = trimmed.split_once(separator) else {
            continue;
        };
        let key = key.trim().trim_matches(['"', '\'']).to_ascii_lowercase();
        let raw = raw.trim();
        if raw.is_empty() {
            pending = Some(Pending::List(key, Vec::new()));
        } else if style == Style::Yaml && matches!(raw, ">" | "|" | ">-" | "|-" | ">+" | "|+") {
            pending = Some(Pending::Folded(key, Vec::new()));
        } else {
            out.set(&key, value(raw));
        }
    }
    if let Some(done) = pending.take() {
        out.set_pending(done);
    }
    out
}

impl FrontMatter {
    fn set(&mut self, key: &str, value: String) {
        if value.is_empty() {
            return;
        }
        let slot = match key {
            "title" => &mut self.title,
            "date" | "published" | "pubdate" => &mut self.date,
            "author" | "authors" | "byline" => &mut self.byline,
            "source" | "publication" | "publisher" => &mut self.source,
            "kicker" => &mut self.kicker,
            _ => return,
        };
        slot.get_or_insert(value);
    }

    fn set_pending(&mut self, pending: Pending) {
        match pending {
            Pending::List(key, items) => self.set(&key, items.join(", ")),
            Pending::Folded(key, parts) => self.set(&key, parts.join(" ")),
        }
    }
}

/// A value: a quoted or bare scalar, or an inline list (`[A, B]`) joined with ", ".
fn value(raw: &str) -> String {
    match raw.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        Some(list) => list
            .split(',')
            .map(scalar)
            .filter(|item| !item.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        None => scalar(raw),
    }
}

/// A quoted string without its quotes and escapes, or a bare word without a trailing comment.
fn scalar(raw: &str) -> String {
    let raw = raw.trim();
    if let Some(body) = raw.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => out.push(' '),
                    Some('t') => out.push(' '),
                    Some(other) => out.push(other),
                    None => break,
                },
                _ => out.push(c),
            }
        }
        return out.trim().to_string();
    }
    if let Some(body) = raw.strip_prefix('\'') {
        let mut out = String::new();
        let mut chars = body.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\'' {
                if chars.peek() == Some(&'\'') {
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(c);
        }
        return out.trim().to_string();
    }
    let bare = raw.split(" #").next().unwrap_or(raw);
    bare.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_keys_with_quoted_and_bare_values() {
        let fm = parse(
            "title: \"Council says \\\"yes\\\" to £240m plan\"\ndate: 2026-10-14 # local time\nauthor: 'Rachel O''Neill'\nsource: Kelsport Courier\ntags: [a, b]\n",
            Style::Yaml,
        );
        assert_eq!(
            fm.title.as_deref(),
            Some("Council says \"yes\" to £240m plan")
        );
        assert_eq!(fm.date.as_deref(), Some("2026-10-14"));
        assert_eq!(fm.byline.as_deref(), Some("Rachel O'Neill"));
        assert_eq!(fm.source.as_deref(), Some("Kelsport Courier"));
    }

    #[test]
    fn yaml_lists_and_folded_titles() {
        let fm = parse(
            "authors:\n  - Jane Doe\n  - Ann Lee\ntitle: >\n  A long title\n  over two lines\nbyline: [X, Y]\n",
            Style::Yaml,
        );
        assert_eq!(fm.byline.as_deref(), Some("Jane Doe, Ann Lee"));
        assert_eq!(fm.title.as_deref(), Some("A long title over two lines"));

        let fm = parse("author:\n- Jane Doe\n- Ann Lee\n", Style::Yaml);
        assert_eq!(fm.byline.as_deref(), Some("Jane Doe, Ann Lee"));
    }

    #[test]
    fn toml_keys() {
        let fm = parse(
            "title = \"Storm: the night it came\"\ndate = 2026-02-11\nauthors = [\"Tessa Lindqvist\"]\nkicker = 'Weather'\n",
            Style::Toml,
        );
        assert_eq!(fm.title.as_deref(), Some("Storm: the night it came"));
        assert_eq!(fm.date.as_deref(), Some("2026-02-11"));
        assert_eq!(fm.byline.as_deref(), Some("Tessa Lindqvist"));
        assert_eq!(fm.kicker.as_deref(), Some("Weather"));
    }

    #[test]
    fn broken_front_matter_yields_what_it_can() {
        let fm = parse(
            "title: \"unterminated\n: no key\n\u{0}\n- stray\n",
            Style::Yaml,
        );
        assert_eq!(fm.title.as_deref(), Some("unterminated"));
        assert_eq!(fm.date, None);
    }
}
