//! The person page: every claim by and about one person across the library, newest first,
//! each opening its article at that claim.

use super::*;
use crate::store::ClaimRow;

/// The person page's state.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonPage {
    /// The person's key across the library.
    pub key: String,
    /// Their name.
    pub name: String,
    /// Their claims, once the library has answered.
    pub rows: Option<Vec<ClaimRow>>,
    /// The highlighted claim.
    pub selected: usize,
}

impl App {
    /// Opens the person page for a person, asking the library for their claims.
    pub(super) fn open_person_page(&mut self, person: &PersonFilter) {
        self.person_page = Some(PersonPage {
            key: person.key.clone(),
            name: person.name.clone(),
            rows: None,
            selected: 0,
        });
        self.requests
            .push(Request::PersonClaims(person.key.clone()));
        self.screen = Screen::Person;
    }

    /// Rows of claims the person page can show at once (each claim takes two lines).
    pub fn person_page_height(&self) -> usize {
        let (main, _, _) = layout::split_bottom(self.size);
        (layout::inner(main).height as usize / 2).max(1)
    }

    pub(super) fn update_person_page(&mut self, action: Action) {
        let page = self.person_page_height();
        let Some(state) = &mut self.person_page else {
            self.screen = Screen::Library;
            return;
        };
        let last = state.rows.as_ref().map_or(0, |r| r.len().saturating_sub(1));
        let sel = &mut state.selected;
        match action {
            Action::Down | Action::Next | Action::Wheel { down: true, .. } => {
                *sel = (*sel + 1).min(last)
            }
            Action::Up | Action::Previous | Action::Wheel { down: false, .. } => {
                *sel = sel.saturating_sub(1)
            }
            Action::PageDown | Action::HalfPageDown => *sel = (*sel + page).min(last),
            Action::PageUp | Action::HalfPageUp => *sel = sel.saturating_sub(page),
            Action::Top => *sel = 0,
            Action::Bottom => *sel = last,
            Action::Open => {
                let target = state
                    .rows
                    .as_ref()
                    .and_then(|rows| rows.get(*sel))
                    .map(|row| (row.article.clone(), row.at));
                if let Some((path, at)) = target {
                    match self.entry_of(&path) {
                        Some(n) => self.open_at(n, Some(at), None),
                        None => {
                            self.notice = Some("That article is no longer in the library.".into())
                        }
                    }
                }
            }
            Action::PickPerson => self.open_picker(),
            Action::Help => self.overlay = Some(Overlay::Help(0)),
            Action::Back => {
                self.person_page = None;
                self.screen = Screen::Library;
            }
            _ => {}
        }
    }
}
