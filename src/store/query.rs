//! Questions across the library: full-text search, one person's claims, and its people.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use rusqlite::types::Value;

use super::{Result, Store, paths};
use crate::analysis::entities::library_keys;

/// One article that matches a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The article's path.
    pub article: PathBuf,
    /// Its headline.
    pub title: String,
    /// Its date as the source gives it.
    pub date: Option<String>,
    /// The paragraph (or a stretch of it) where the words matched, plain text.
    pub line: String,
    /// Byte offset of the match in the article's text, so the reader can go there.
    pub offset: usize,
}

/// One claim by or about a person, somewhere in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimRow {
    /// The article it is in.
    pub article: PathBuf,
    /// The article's headline.
    pub title: String,
    /// The article's date as the source gives it.
    pub date: Option<String>,
    /// Whether the person made the claim (rather than being named in it).
    pub by: bool,
    /// Who made it, as the article names them; empty for an unattributed assertion.
    pub speaker: String,
    /// The attributing verb ("said"); empty when there is none.
    pub verb: String,
    /// What was claimed.
    pub content: String,
    /// The whole sentence.
    pub sentence: String,
    /// Byte offset of the sentence's start in the article's text.
    pub at: usize,
}

/// One person across the library.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonRow {
    /// The library key (a bare surname with one full name takes the full name's).
    pub key: String,
    /// The name most articles use.
    pub name: String,
    /// Other names for them, from every article.
    pub aliases: Vec<String>,
    /// Articles that name them.
    pub articles: usize,
    /// Claims they make.
    pub by: usize,
    /// Claims about them that they do not make.
    pub about: usize,
}

impl Store {
    /// The articles under `roots` whose title or text hold every word of `query` (the last
    /// word also as the start of a longer one), best first by BM25 with the title weighing
    /// more, each with the paragraph where the words are. Any text is a safe query: words
    /// are quoted, so FTS syntax (`NEAR`, `-`, `*`, quotes) is searched for as words.
    pub fn search(&self, roots: &[PathBuf], query: &str, limit: usize) -> Result<Vec<Hit>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let (condition, params) = paths::under("f.path", roots);
        let n = params.len();
        let sql = format!(
            "SELECT a.id FROM search JOIN articles a ON a.id = search.rowid
             JOIN files f ON f.id = a.file_id
             WHERE search MATCH ?{} AND {condition}
             ORDER BY bm25(search, 5.0, 1.0) LIMIT ?{}",
            n + 1,
            n + 2
        );
        let mut bound: Vec<Value> = params.into_iter().map(Value::Blob).collect();
        bound.push(Value::Text(fts));
        bound.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        let mut statement = self.conn.prepare(&sql)?;
        let ids = statement
            .query_map(rusqlite::params_from_iter(bound), |row| {
                row.get::<_, i64>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let terms = terms(query);
        let mut fetch = self.conn.prepare_cached(
            "SELECT a.path, a.title, a.date, b.text FROM articles a JOIN bodies b ON b.id = a.id
                 WHERE a.id = ?1",
        )?;
        let mut hits = Vec::with_capacity(ids.len());
        for id in ids {
            let (path, title, date, text): (Vec<u8>, String, Option<String>, String) = fetch
                .query_row([id], |row| {
                    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
                })?;
            let (offset, line) = locate(&text, &terms);
            hits.push(Hit {
                article: paths::from_bytes(&path),
                title,
                date,
                line,
                offset,
            });
        }
        Ok(hits)
    }

    /// Every claim by or about the person `key` in the articles under `roots`, with the
    /// library's key sharing (a bare surname with one full name under `roots` is that
    /// person), newest article first and undated last; a claim both by and about them once,
    /// as theirs.
    pub fn claims_of(&self, roots: &[PathBuf], key: &str) -> Result<Vec<ClaimRow>> {
        let map = self.key_map(roots, key)?;
        let wanted = map.get(key).map_or(key, String::as_str);
        let mut keys: Vec<&str> = vec![wanted];
        keys.extend(
            map.iter()
                .filter(|(_, full)| full.as_str() == wanted)
                .map(|(bare, _)| bare.as_str()),
        );
        let (condition, params) = paths::under("f.path", roots);
        let first_key = params.len() + 1;
        let placeholders: Vec<String> = (0..keys.len())
            .map(|i| format!("?{}", first_key + i))
            .collect();
        let sql = format!(
            "SELECT c.id, a.path, a.title, a.date, ck.by, c.speaker, c.verb, c.content,
                    c.sentence, c.at
             FROM claim_keys ck CROSS JOIN claims c ON c.id = ck.claim_id
             CROSS JOIN articles a ON a.id = c.article_id
             CROSS JOIN files f ON f.id = a.file_id
             WHERE ck.key IN ({}) AND {condition}
             ORDER BY a.published IS NULL, a.published DESC, f.path, a.ord, c.at",
            placeholders.join(", ")
        );
        let mut bound: Vec<Value> = params.into_iter().map(Value::Blob).collect();
        bound.extend(keys.iter().map(|k| Value::Text((*k).to_string())));
        let mut statement = self.conn.prepare(&sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(bound))?;
        let mut claims: Vec<ClaimRow> = Vec::new();
        let mut seen: HashMap<i64, usize> = HashMap::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let by: bool = row.get(4)?;
            if let Some(&at) = seen.get(&id) {
                if let Some(claim) = claims.get_mut(at) {
                    claim.by |= by;
                }
                continue;
            }
            seen.insert(id, claims.len());
            claims.push(ClaimRow {
                article: paths::from_bytes(&row.get::<_, Vec<u8>>(1)?),
                title: row.get(2)?,
                date: row.get(3)?,
                by,
                speaker: row.get(5)?,
                verb: row.get(6)?,
                content: row.get(7)?,
                sentence: row.get(8)?,
                at: row.get::<_, i64>(9)?.max(0) as usize,
            });
        }
        Ok(claims)
    }

    /// Every claim in the articles under `roots`, newest article first and undated last;
    /// `by` says whether the claim has a speaker.
    pub fn claims(&self, roots: &[PathBuf]) -> Result<Vec<ClaimRow>> {
        let (condition, params) = paths::under("f.path", roots);
        let sql = format!(
            "SELECT a.path, a.title, a.date, c.speaker, c.verb, c.content, c.sentence, c.at
             FROM claims c JOIN articles a ON a.id = c.article_id
             JOIN files f ON f.id = a.file_id
             WHERE {condition}
             ORDER BY a.published IS NULL, a.published DESC, f.path, a.ord, c.at"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let rows = statement.query_map(rusqlite::params_from_iter(&params), |row| {
            let speaker: String = row.get(3)?;
            Ok(ClaimRow {
                article: paths::from_bytes(&row.get::<_, Vec<u8>>(0)?),
                title: row.get(1)?,
                date: row.get(2)?,
                by: !speaker.is_empty(),
                speaker,
                verb: row.get(4)?,
                content: row.get(5)?,
                sentence: row.get(6)?,
                at: row.get::<_, i64>(7)?.max(0) as usize,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The people of the articles under `roots`, by library key: how many articles name
    /// them and how many claims they make or are about; most articles first.
    pub fn people(&self, roots: &[PathBuf]) -> Result<Vec<PersonRow>> {
        let (condition, params) = paths::under("f.path", roots);
        let sql = format!(
            "SELECT e.key, e.name, e.aliases, e.article_id, e.by_count, e.about
             FROM entities e JOIN articles a ON a.id = e.article_id
             JOIN files f ON f.id = a.file_id
             WHERE e.kind = 'person' AND {condition}"
        );
        let mut statement = self.conn.prepare(&sql)?;
        let mut rows = statement.query(rusqlite::params_from_iter(&params))?;
        let mut raw: Vec<(String, String, String, i64, usize, usize)> = Vec::new();
        while let Some(row) = rows.next()? {
            raw.push((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get::<_, i64>(4)?.max(0) as usize,
                row.get::<_, i64>(5)?.max(0) as usize,
            ));
        }
        let map = library_keys(raw.iter().map(|r| r.0.as_str()));
        #[derive(Default)]
        struct Person {
            names: HashMap<String, usize>,
            aliases: Vec<String>,
            articles: HashSet<i64>,
            by: usize,
            about: usize,
        }
        let mut people: HashMap<String, Person> = HashMap::new();
        for (key, name, aliases, article, by, about) in raw {
            let key = map.get(&key).cloned().unwrap_or(key);
            let person = people.entry(key).or_default();
            *person.names.entry(name).or_default() += 1;
            for alias in super::split_aliases(&aliases) {
                if !person.aliases.contains(&alias) {
                    person.aliases.push(alias);
                }
            }
            person.articles.insert(article);
            person.by += by;
            person.about += about;
        }
        let mut rows: Vec<PersonRow> = people
            .into_iter()
            .map(|(key, person)| {
                let name = person
                    .names
                    .iter()
                    .max_by(|a, b| {
                        a.1.cmp(b.1)
                            .then_with(|| a.0.len().cmp(&b.0.len()))
                            .then_with(|| b.0.cmp(a.0))
                    })
                    .map(|(name, _)| name.clone())
                    .unwrap_or_default();
                let mut aliases: Vec<String> = person
                    .names
                    .into_keys()
                    .chain(person.aliases)
                    .filter(|a| *a != name)
                    .collect();
                aliases.sort();
                aliases.dedup();
                PersonRow {
                    key,
                    name,
                    aliases,
                    articles: person.articles.len(),
                    by: person.by,
                    about: person.about,
                }
            })
            .collect();
        rows.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| (b.by + b.about).cmp(&(a.by + a.about)))
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.key.cmp(&b.key))
        });
        Ok(rows)
    }

    /// The library's key map over the persons of the articles under `roots` who share the
    /// surname of `key`: the only keys the map can relate to it, found through the key
    /// index instead of every person of the library.
    fn key_map(&self, roots: &[PathBuf], key: &str) -> Result<HashMap<String, String>> {
        let name = key.strip_prefix("person:").unwrap_or(key);
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let escaped: String = surname
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        let (condition, params) = paths::under("f.path", roots);
        let n = params.len();
        let sql = format!(
            "SELECT DISTINCT e.key FROM entities e CROSS JOIN articles a ON a.id = e.article_id
             CROSS JOIN files f ON f.id = a.file_id
             WHERE e.kind = 'person' AND (e.key = ?{} OR e.key LIKE ?{} ESCAPE '\\')
               AND {condition}",
            n + 1,
            n + 2
        );
        let mut bound: Vec<Value> = params.into_iter().map(Value::Blob).collect();
        bound.push(Value::Text(format!("person:{surname}")));
        bound.push(Value::Text(format!("% {escaped}")));
        let mut statement = self.conn.prepare(&sql)?;
        let keys = statement
            .query_map(rusqlite::params_from_iter(bound), |row| {
                row.get::<_, String>(0)
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // LIKE ignores ASCII case; the map wants exact surnames.
        let keys = keys.iter().map(String::as_str).filter(|k| {
            let name = k.strip_prefix("person:").unwrap_or(k);
            name.rsplit(' ').next() == Some(surname)
        });
        Ok(library_keys(keys))
    }
}

/// The user's words as an FTS5 query that can mean nothing but those words: each word a
/// quoted phrase (quotes doubled), all of them required, the last also as a prefix. Words
/// without a letter or digit (`-`, `*`, `"`) are dropped; `None` when none is left.
pub fn fts_query(query: &str) -> Option<String> {
    let words: Vec<&str> = query
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.len().checked_sub(1)?;
    let phrases: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let quoted = format!("\"{}\"", word.replace('"', "\"\""));
            if i == last { quoted + "*" } else { quoted }
        })
        .collect();
    Some(phrases.join(" "))
}

/// The query's words as the index's tokenizer sees them: runs of letters and digits, in
/// lower case; the last may be the start of a longer word.
fn terms(query: &str) -> Vec<String> {
    query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Longest line of a hit shown, in characters.
const MAX_LINE_CHARS: usize = 240;

/// Where the words of a search are in a text: the offset of the first of them in the
/// paragraph (a block between blank lines) that holds the most of them, and that paragraph
/// on one line, cut around the match when long.
fn locate(text: &str, terms: &[String]) -> (usize, String) {
    let mut best: Option<(usize, usize, usize, usize)> = None; // (found, offset, start, end)
    let mut block_start = 0;
    for block in text.split_inclusive("\n\n") {
        let mut found = vec![false; terms.len()];
        let mut first = None;
        let mut word_start = None;
        for (i, c) in block
            .char_indices()
            .chain(std::iter::once((block.len(), ' ')))
        {
            if c.is_alphanumeric() {
                word_start.get_or_insert(i);
                continue;
            }
            let Some(start) = word_start.take() else {
                continue;
            };
            let word = block[start..i].to_lowercase();
            for (n, term) in terms.iter().enumerate() {
                let last = n + 1 == terms.len();
                if word == *term || (last && word.starts_with(term.as_str())) {
                    found[n] = true;
                    first.get_or_insert(start);
                }
            }
        }
        let count = found.iter().filter(|&&f| f).count();
        if let Some(at) = first
            && best.is_none_or(|(most, ..)| count > most)
        {
            best = Some((
                count,
                block_start + at,
                block_start,
                block_start + block.len(),
            ));
            if count == terms.len() {
                break;
            }
        }
        block_start += block.len();
    }
    let Some((_, offset, start, end)) = best else {
        let first = text
            .split("\n\n")
            .find(|b| !b.trim().is_empty())
            .unwrap_or("");
        return (0, cut(first, 0));
    };
    (offset, cut(&text[start..end], offset - start))
}

/// A paragraph as one line of plain text (its line breaks as spaces), cut to
/// [`MAX_LINE_CHARS`] around byte `at`.
fn cut(block: &str, at: usize) -> String {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars = block.chars().count();
    if chars <= MAX_LINE_CHARS {
        return one_line(block);
    }
    let before = block[..at.min(block.len())].chars().count();
    let skip = before.saturating_sub(MAX_LINE_CHARS / 4);
    let piece: String = block.chars().skip(skip).take(MAX_LINE_CHARS).collect();
    let mut out = String::new();
    if skip > 0 {
        out.push('…');
    }
    out.push_str(&one_line(&piece));
    if skip + MAX_LINE_CHARS < chars {
        out.push('…');
    }
    out
}
