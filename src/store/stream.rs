//! `lede analyze` over a library of any size: files are analysed on every core but handed on
//! one at a time in file order, so memory follows the largest article, not the library. An
//! unchanged file whose analysis the library database holds is taken from there; nothing is
//! written to the database (scripts over scratch folders must not fill it).
//!
//! The output shares person keys across the whole library (a bare surname takes the one full
//! name), which is known only after the last article: the documents are held until then. The
//! first few megabytes of text stay in memory as they are; beyond that each document is
//! spilled to an unnamed temporary file and read back with the keys shared.

use std::collections::{HashSet, VecDeque};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};
use std::path::{Path, PathBuf};

use super::{Store, blob, paths};
use crate::analysis::{self, Analysis, EntityKind};
use crate::article::{self, Article, Listed, LoadError};
use crate::in_order::{Job, in_order};

/// How much article text the documents held in memory may have before the rest are spilled
/// to a file. Writing a document out and decoding it again cost about a thirtieth of the
/// analysis; below this a library's documents (their analyses are a few times their text)
/// stay in memory, and beyond it memory stays bounded whatever the library's size.
const HELD_TEXT: usize = 8 << 20;

/// About how many bytes of files, or of text, go to a worker at once (see [`in_order`]):
/// dozens of short articles, so a library of them is not a hand-off between threads per
/// article, and little enough that the cores finish within a few milliseconds of each other.
pub const BATCH_BYTES: usize = 16 << 10;

/// The documents of a library, analysed and held or spilled, ready to be read back in order.
pub struct Spill {
    /// The first documents, in order, held in memory.
    held: VecDeque<(Article, Analysis)>,
    /// The documents after them, spilled (none while everything is held).
    file: Option<BufReader<File>>,
    left: usize,
    keys: std::collections::HashMap<String, String>,
}

impl Spill {
    /// How many documents are left to read.
    pub fn len(&self) -> usize {
        self.left
    }

    /// Whether no document is left.
    pub fn is_empty(&self) -> bool {
        self.left == 0
    }

    /// The next document, with the library's person keys.
    pub fn next_document(&mut self) -> io::Result<Option<(Article, Analysis)>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        let (article, mut analysis) = match (self.held.pop_front(), self.file.as_mut()) {
            (Some(document), _) => document,
            (None, Some(file)) => {
                let path = paths::from_bytes(&read_chunk(file)?);
                let text = String::from_utf8(read_chunk(file)?).map_err(io::Error::other)?;
                let bytes = read_chunk(file)?;
                blob::decode(path, text, &bytes)
                    .ok_or_else(|| io::Error::other("a spilled document did not read back"))?
            }
            (None, None) => return Err(io::Error::other("a spilled document went missing")),
        };
        for entity in &mut analysis.entities {
            if entity.kind == EntityKind::Person
                && let Some(key) = self.keys.get(&entity.key)
            {
                entity.key = key.clone();
            }
        }
        Ok(Some((article, analysis)))
    }
}

fn write_chunk(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    out.write_all(&(bytes.len() as u64).to_le_bytes())?;
    out.write_all(bytes)
}

fn read_chunk(input: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut len = [0u8; 8];
    input.read_exact(&mut len)?;
    let len = usize::try_from(u64::from_le_bytes(len)).map_err(io::Error::other)?;
    let mut bytes = vec![0; len];
    input.read_exact(&mut bytes)?;
    Ok(bytes)
}

/// What one file gave.
type FileResult = Result<Vec<(Article, Analysis)>, LoadError>;

/// Analyses the listed files (taking unchanged ones from `store`), telling each failure to
/// `failed` in file order as it comes, and spills the documents.
pub fn analyse_files(
    files: &[Listed],
    store: Option<&Store>,
    failed: &mut dyn FnMut(LoadError),
) -> io::Result<Spill> {
    analyse_holding(files, store, failed, HELD_TEXT)
}

/// [`analyse_files`], holding documents in memory up to `held_limit` bytes of text.
fn analyse_holding(
    files: &[Listed],
    store: Option<&Store>,
    failed: &mut dyn FnMut(LoadError),
    held_limit: usize,
) -> io::Result<Spill> {
    let mut held = VecDeque::new();
    let mut held_text = 0;
    let mut spill: Option<BufWriter<File>> = None;
    let mut count = 0;
    let mut keys: HashSet<String> = HashSet::new();
    let mut emit = |result: FileResult| -> io::Result<()> {
        match result {
            Err(e) => failed(e),
            Ok(documents) => {
                for (article, analysis) in documents {
                    keys.extend(
                        analysis
                            .entities
                            .iter()
                            .filter(|e| e.kind == EntityKind::Person)
                            .map(|e| e.key.clone()),
                    );
                    count += 1;
                    // Once one document is spilled, all after it are, to keep the order.
                    if spill.is_none() && held_text + article.text.len() <= held_limit {
                        held_text += article.text.len();
                        held.push_back((article, analysis));
                        continue;
                    }
                    let out = match spill.take() {
                        Some(out) => out,
                        None => BufWriter::new(tempfile::tempfile()?),
                    };
                    let out = spill.insert(out);
                    write_chunk(out, &paths::bytes(&article.path))?;
                    write_chunk(out, article.text.as_bytes())?;
                    write_chunk(out, &blob::encode(&article, &analysis))?;
                }
            }
        }
        Ok(())
    };
    // Files analysed ahead of the one to print next: enough to keep every core busy.
    let mut listed = files.iter();
    in_order(
        2,
        BATCH_BYTES,
        |file: &&Listed| {
            file.meta
                .as_ref()
                .map_or(0, |meta| usize::try_from(meta.len()).unwrap_or(usize::MAX))
        },
        || {
            Ok(listed
                .next()
                .map(|file| match store.and_then(|store| cached(store, file)) {
                    Some(documents) => Job::Done(Ok(documents)),
                    None => Job::Todo(file),
                }))
        },
        analyse_file,
        |index, result| {
            emit(result.unwrap_or_else(|| {
                Err(internal(
                    files.get(index).map_or(Path::new(""), |f| &f.path),
                ))
            }))
        },
    )?;
    let file = match spill {
        Some(spill) => {
            let mut file = spill.into_inner().map_err(|e| e.into_error())?;
            file.flush()?;
            file.rewind()?;
            Some(BufReader::new(file))
        }
        None => None,
    };
    let keys = analysis::entities::library_keys(keys.iter().map(String::as_str));
    Ok(Spill {
        held,
        file,
        left: count,
        keys,
    })
}

fn internal(path: &Path) -> LoadError {
    LoadError {
        path: path.to_path_buf(),
        reason: "internal error while analysing (a bug in lede)".to_string(),
    }
}

/// Reads and analyses one file.
fn analyse_file(file: &Listed) -> FileResult {
    let bytes = article::read_listed_bytes(file)?;
    let articles = article::read_listed(file, bytes)?;
    std::panic::catch_unwind(|| {
        articles
            .into_iter()
            .map(|article| {
                let analysis = analysis::analyze(&article);
                (article, analysis)
            })
            .collect()
    })
    .map_err(|_| internal(&file.path))
}

/// A file's documents from the database when the file looks unchanged since this lede
/// stored its analysis, with their paths as this run names the file.
fn cached(store: &Store, file: &Listed) -> Option<Vec<(Article, Analysis)>> {
    if file.path.as_os_str() == "-" {
        return None;
    }
    let canonical = std::fs::canonicalize(&file.path).ok()?;
    let meta = std::fs::metadata(&canonical).ok()?;
    let stored = store.stored_articles(&canonical, &meta).ok()??;
    if stored.is_empty() {
        return None;
    }
    let file_bytes = paths::bytes(&canonical);
    let named = paths::bytes(&file.path);
    let mut documents = Vec::with_capacity(stored.len());
    for path in stored {
        let (mut article, analysis) = store.body(&path).ok()??;
        let stored_bytes = paths::bytes(&path);
        let suffix = stored_bytes.strip_prefix(file_bytes.as_slice())?;
        let mut shown = named.clone();
        shown.extend_from_slice(suffix);
        article.path = paths::from_bytes(&shown);
        documents.push((article, analysis));
    }
    Some(documents)
}

/// The database's view of a path, for [`cached`].
impl Store {
    /// The article paths of a file stored by this lede and untouched since (size and time
    /// as in `meta`), in the file's order; `None` when it is not stored so.
    fn stored_articles(
        &self,
        file: &Path,
        meta: &std::fs::Metadata,
    ) -> super::Result<Option<Vec<PathBuf>>> {
        use rusqlite::OptionalExtension;
        // Asked once per listed file: compiling the statement anew each time was most of
        // the lookup's cost, on the thread that hands out the work.
        let found: Option<(i64, i64, i64, String, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT id, size, mtime_ns, analyser, failure FROM files WHERE path = ?1",
            )?
            .query_row([paths::bytes(file)], |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            })
            .optional()?;
        let Some((id, size, mtime_ns, analyser, failure)) = found else {
            return Ok(None);
        };
        let stamp = super::Stamp {
            size: size as u64,
            mtime_ns,
            hash: 0,
        };
        if analyser != super::analyser_version()
            || failure.is_some()
            || !stamp.looks_unchanged(meta)
        {
            return Ok(None);
        }
        let mut statement = self
            .conn
            .prepare_cached("SELECT path FROM articles WHERE file_id = ?1 ORDER BY ord")?;
        let paths = statement
            .query_map([id], |row| row.get::<_, Vec<u8>>(0))?
            .map(|p| p.map(|p| paths::from_bytes(&p)))
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(paths))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every document of `dir`, in order, as `lede analyze` would print it.
    fn documents(dir: &Path, held_limit: usize) -> Vec<(PathBuf, String, String)> {
        let (listed, _) = article::list_paths(&[dir.to_path_buf()]);
        let mut spill =
            analyse_holding(&listed, None, &mut |e| panic!("{e}"), held_limit).expect("analysed");
        let mut out = Vec::new();
        while let Some((article, analysis)) = spill.next_document().expect("read back") {
            let json = serde_json::to_string(&analysis).expect("serialised");
            out.push((article.path, article.text, json));
        }
        assert!(spill.is_empty());
        out
    }

    #[test]
    fn held_and_spilled_documents_read_back_alike_and_in_order() {
        let dir = tempfile::tempdir().expect("a scratch folder");
        let stories = [
            "Harbour fees rise\n\nPort director Marta Kowalczyk said on Monday that berth fees \
             would rise by a tenth. \"We have no choice,\" Kowalczyk told the council.",
            "Ferry strike ends\n\nThe crews went back to work after Kowalczyk met their union. \
             Talks lasted nine hours, the union said.",
            "Dredging delayed\n\nThe channel will be dredged in spring, the harbour board \
             said. Kowalczyk did not attend.",
        ];
        for (n, story) in stories.iter().enumerate() {
            std::fs::write(dir.path().join(format!("{n}.txt")), story).expect("written");
        }
        let all_held = documents(dir.path(), HELD_TEXT);
        assert_eq!(all_held.len(), stories.len());
        for limit in [0, stories[0].len() + 1] {
            assert_eq!(
                documents(dir.path(), limit),
                all_held,
                "holding {limit} bytes"
            );
        }
        // The library's key reaches the documents that name her by surname alone.
        assert!(
            all_held
                .iter()
                .all(|(_, _, json)| json.contains("marta kowalczyk"))
        );
    }
}
