//! Taking claims out of the reader: a claim copied to the clipboard with its speaker and
//! source, the article's claims (or the chosen person's) as a Markdown note, and the article's
//! link handed to the system's opener. The words are made here; the edge does the writing.

use super::*;
use crate::store::ClaimRow;

impl App {
    /// Asks for the selected claim to be copied: speaker, verb, the words, the article's
    /// title and its link (or file).
    pub(super) fn copy_claim(&mut self) {
        let Some(body) = self.current() else {
            return;
        };
        let Some(claim) = self
            .reader
            .as_ref()
            .and_then(|r| r.claim)
            .and_then(|n| body.analysis.claims.get(n))
        else {
            self.notice = Some("Select a claim to copy it (n, or tab to the claims).".into());
            return;
        };
        let row = claim_row(body, claim, true);
        let article = &body.article;
        let source = article
            .url
            .clone()
            .unwrap_or_else(|| article.path.display().to_string());
        let words = match (row.speaker.is_empty(), row.verb.is_empty()) {
            (true, _) => format!("“{}”", row.content),
            (false, true) => format!("{}: “{}”", row.speaker, row.content),
            (false, false) => format!("{} {}: “{}”", row.speaker, row.verb, row.content),
        };
        let text = format!("{words}\n— {}, {source}", article.title);
        self.requests.push(Request::Copy(text));
        self.notice = Some("Claim copied (through the terminal's clipboard, OSC 52).".into());
    }

    /// Asks for the article's claims, or the chosen person's, to be written as Markdown.
    pub(super) fn export_claims(&mut self) {
        let Some(body) = self.current() else {
            return;
        };
        let person = self
            .person_entity()
            .map(|e| (e.id, e.name.clone(), e.key.clone()));
        let rows: Vec<ClaimRow> = match &person {
            Some((id, _, _)) => {
                let (by, about) = body.claims_by_and_about(*id);
                by.iter()
                    .map(|&n| (n, true))
                    .chain(about.iter().map(|&n| (n, false)))
                    .filter_map(|(n, by)| body.analysis.claims.get(n).map(|c| (c, by)))
                    .map(|(c, by)| claim_row(body, c, by))
                    .collect()
            }
            None => body
                .claims_in_text_order(true)
                .iter()
                .filter_map(|&n| body.analysis.claims.get(n))
                .map(|c| claim_row(body, c, true))
                .collect(),
        };
        if rows.is_empty() {
            self.notice = Some("No claims to export here.".into());
            return;
        }
        let about = person
            .as_ref()
            .map(|(_, name, key)| crate::store::PersonRow {
                key: key.clone(),
                name: name.clone(),
                aliases: Vec::new(),
                articles: 1,
                by: rows.iter().filter(|r| r.by).count(),
                about: rows.iter().filter(|r| !r.by).count(),
            });
        let markdown = crate::library_report::claims(
            about.as_ref(),
            &rows,
            crate::library_report::ClaimsFormat::Md,
        );
        let stem = body
            .article
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "article".into());
        let name = match &person {
            Some((_, name, _)) => format!("{stem}-{name}-claims.md"),
            None => format!("{stem}-claims.md"),
        };
        self.requests.push(Request::Export { name, markdown });
    }

    /// Asks for the article's link (or its file) to be opened by the system.
    pub(super) fn open_link(&mut self) {
        let Some(body) = self.current() else {
            return;
        };
        let article = &body.article;
        let target = match &article.url {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => url.clone(),
            _ if article.path.is_file() => article.path.display().to_string(),
            _ => {
                self.notice = Some("This article has no link or file to open.".into());
                return;
            }
        };
        self.notice = Some(format!("Opening {target}…"));
        self.requests.push(Request::OpenLink(target));
    }
}

/// A claim of the open article as the library lists claims.
fn claim_row(body: &Body, claim: &Claim, by: bool) -> ClaimRow {
    let article = &body.article;
    let speaker = claim
        .speaker
        .as_ref()
        .map(|s| s.shown_name(&body.analysis.entities))
        .unwrap_or_default();
    ClaimRow {
        article: article.path.clone(),
        title: article.title.clone(),
        date: article.date.clone(),
        by,
        speaker,
        verb: claim
            .cue
            .as_ref()
            .map(|c| c.text.clone())
            .unwrap_or_default(),
        content: article.slice(claim.content).to_string(),
        sentence: article.slice(claim.sentence).to_string(),
        at: claim.sentence.start(),
    }
}
