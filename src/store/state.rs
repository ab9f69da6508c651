//! What the user did, kept by article path as the reader shows it (`Path::display`): read
//! marks, reading positions and starred claims. Every write is its own transaction, committed
//! before it returns, so a killed lede keeps every mark it made and two lede processes add
//! to the same marks instead of overwriting each other's.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::params;

use super::state_file::Saved;
use super::{Result, Store};

/// The meta row that says the old state file was imported.
const IMPORTED: &str = "imported_state_ron";

impl Store {
    /// Every article marked read.
    pub fn read_marks(&self) -> Result<HashSet<String>> {
        let mut statement = self.conn.prepare("SELECT article FROM read_marks")?;
        let rows = statement.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Marks an article read or unread.
    pub fn set_read(&self, article: &str, read: bool) -> Result<()> {
        if read {
            self.conn.execute(
                "INSERT OR IGNORE INTO read_marks(article) VALUES (?1)",
                params![article],
            )?;
        } else {
            self.conn.execute(
                "DELETE FROM read_marks WHERE article = ?1",
                params![article],
            )?;
        }
        Ok(())
    }

    /// Where each article was left: the byte offset of the line at the top of the view.
    pub fn positions(&self) -> Result<HashMap<String, usize>> {
        self.article_offsets("SELECT article, offset FROM positions")
    }

    /// The rows of a query of an article and an offset, gathered.
    fn article_offsets<C: FromIterator<(String, usize)>>(&self, sql: &str) -> Result<C> {
        let mut statement = self.conn.prepare(sql)?;
        let rows = statement.query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, i64>(1)?.max(0) as usize,
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Remembers where an article was left.
    pub fn set_position(&self, article: &str, offset: usize) -> Result<()> {
        self.conn.execute(
            "INSERT INTO positions(article, offset) VALUES (?1, ?2)
             ON CONFLICT(article) DO UPDATE SET offset = excluded.offset",
            params![article, offset as i64],
        )?;
        Ok(())
    }

    /// Every starred claim: its article and the start offset of its sentence.
    pub fn stars(&self) -> Result<HashSet<(String, usize)>> {
        self.article_offsets("SELECT article, at FROM stars")
    }

    /// Stars or unstars the claim whose sentence starts at `at` in `article`.
    pub fn set_star(&self, article: &str, at: usize, starred: bool) -> Result<()> {
        if starred {
            self.conn.execute(
                "INSERT OR IGNORE INTO stars(article, at) VALUES (?1, ?2)",
                params![article, at as i64],
            )?;
        } else {
            self.conn.execute(
                "DELETE FROM stars WHERE article = ?1 AND at = ?2",
                params![article, at as i64],
            )?;
        }
        Ok(())
    }

    /// Brings in the read marks, positions and stars of the state file older ledes kept, once per
    /// database; the file stays where it is, as a backup. Marks already in the database win
    /// over the file's. Gives a message only when the file could not be read.
    pub fn import_state(&self, state_ron: &Path) -> Option<String> {
        match self.imported() {
            Ok(true) => return None,
            Ok(false) => {}
            Err(e) => return Some(format!("could not import the old read marks: {e}")),
        }
        let (saved, problem) = Saved::load(state_ron);
        match self.import(&saved) {
            Ok(()) => problem,
            Err(e) => Some(format!("could not import the old read marks: {e}")),
        }
    }

    fn imported(&self) -> Result<bool> {
        let found: i64 = self.conn.query_row(
            "SELECT count(*) FROM meta WHERE key = ?1",
            params![IMPORTED],
            |row| row.get(0),
        )?;
        Ok(found > 0)
    }

    /// Writes the file's state and the flag that it was imported in one transaction.
    fn import(&self, saved: &Saved) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        {
            let mut mark = tx.prepare("INSERT OR IGNORE INTO read_marks(article) VALUES (?1)")?;
            for article in &saved.read {
                mark.execute(params![article])?;
            }
            let mut position =
                tx.prepare("INSERT OR IGNORE INTO positions(article, offset) VALUES (?1, ?2)")?;
            for (article, offset) in &saved.positions {
                position.execute(params![article, *offset as i64])?;
            }
            let mut star =
                tx.prepare("INSERT OR IGNORE INTO stars(article, at) VALUES (?1, ?2)")?;
            for (article, at) in &saved.stars {
                star.execute(params![article, *at as i64])?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?1, '1')",
            params![IMPORTED],
        )?;
        tx.commit()?;
        Ok(())
    }
}
