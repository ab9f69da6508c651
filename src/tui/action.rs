//! Everything a user can ask of the reader, named so the config file can bind keys to it.

use serde::Deserialize;

/// One thing the reader can do. Keys map to the variants that deserialize (the config file
/// names them in snake_case: `"ctrl-d": half_page_down`); the others come from the event
/// loop (typing into a prompt, the terminal's size, the mouse).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Leave lede.
    Quit,
    /// Show or hide the list of keys and colours.
    Help,
    /// Close, clear or go back, one step at a time.
    Back,
    /// Scroll down, or select the next item of the focused list.
    Down,
    /// Scroll up, or select the previous item of the focused list.
    Up,
    /// Scroll down half a screen.
    HalfPageDown,
    /// Scroll up half a screen.
    HalfPageUp,
    /// Scroll down a screen.
    PageDown,
    /// Scroll up a screen.
    PageUp,
    /// Go to the start.
    Top,
    /// Go to the end.
    Bottom,
    /// Jump to the next section.
    NextSection,
    /// Jump to the previous section.
    PrevSection,
    /// Next search match, next mention of the chosen person, or next claim.
    Next,
    /// Previous search match, mention or claim.
    Previous,
    /// Move the focus to the next pane.
    FocusNext,
    /// Move the focus to the previous pane.
    FocusPrev,
    /// Show or hide the outline of sections.
    ToggleOutline,
    /// Show or hide the claims panel.
    ToggleClaims,
    /// Show every claim in the panel, or only the key ones.
    AllClaims,
    /// Choose a person to filter by.
    PickPerson,
    /// Search the text (in the library: filter titles).
    Search,
    /// Open the selected article, or move the text to the selected claim or section.
    Open,
    /// Change the library's order.
    Sort,
    /// Mark the article read, or unread again.
    ToggleRead,
    /// Open the next unread article.
    NextUnread,
    /// Star the selected claim, or take its star away.
    Star,
    /// Copy the selected claim, with its speaker and source, to the clipboard.
    CopyClaim,
    /// Write the article's claims (or the chosen person's) to a Markdown note.
    ExportClaims,
    /// Open the article's link, or its file, with the system's opener.
    OpenLink,
    /// Does nothing; binding a key to it removes a default binding.
    None,
    /// A character typed into a prompt or the picker.
    #[serde(skip)]
    Type(char),
    /// Backspace in a prompt or the picker.
    #[serde(skip)]
    DeleteBack,
    /// The terminal's new size in columns and rows.
    #[serde(skip)]
    Resize(u16, u16),
    /// The mouse wheel at a cell: `true` scrolls down.
    #[serde(skip)]
    Wheel {
        /// Column of the pointer.
        column: u16,
        /// Row of the pointer.
        row: u16,
        /// Whether the wheel turned down.
        down: bool,
    },
    /// A left click at a cell.
    #[serde(skip)]
    Click {
        /// Column of the pointer.
        column: u16,
        /// Row of the pointer.
        row: u16,
    },
}

impl Action {
    /// Every action a key can be bound to, in the order the help screen lists them.
    pub const BINDABLE: &[Action] = &[
        Action::Down,
        Action::Up,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::NextSection,
        Action::PrevSection,
        Action::Next,
        Action::Previous,
        Action::Open,
        Action::FocusNext,
        Action::FocusPrev,
        Action::ToggleOutline,
        Action::ToggleClaims,
        Action::AllClaims,
        Action::PickPerson,
        Action::Search,
        Action::Sort,
        Action::ToggleRead,
        Action::NextUnread,
        Action::Star,
        Action::CopyClaim,
        Action::ExportClaims,
        Action::OpenLink,
        Action::Back,
        Action::Help,
        Action::Quit,
    ];

    /// What the action does, for the help screen.
    pub fn describe(self) -> &'static str {
        match self {
            Action::Quit => "quit lede",
            Action::Help => "show or hide this help",
            Action::Back => "leave a panel, clear the search or filter, or go back",
            Action::Down => "scroll down / next item in the focused list",
            Action::Up => "scroll up / previous item in the focused list",
            Action::HalfPageDown => "half a screen down",
            Action::HalfPageUp => "half a screen up",
            Action::PageDown => "a screen down",
            Action::PageUp => "a screen up",
            Action::Top => "go to the start",
            Action::Bottom => "go to the end",
            Action::NextSection => "next section",
            Action::PrevSection => "previous section",
            Action::Next => "next match, mention of the chosen person, or claim",
            Action::Previous => "previous search match, mention or claim",
            Action::FocusNext => "focus the next pane (text, claims, outline)",
            Action::FocusPrev => "focus the previous pane",
            Action::ToggleOutline => "show or hide the outline",
            Action::ToggleClaims => "show or hide the claims panel",
            Action::AllClaims => "claims panel: show all claims, or only the key ones",
            Action::PickPerson => "filter by a person; from the library, open their page",
            Action::Search => "search the text; in the library, search every article",
            Action::Open => "open the article; move the text to the selected claim",
            Action::Sort => "library: sort by date, title or file",
            Action::ToggleRead => "mark the article read or unread",
            Action::NextUnread => "open the next unread article",
            Action::Star => "star the selected claim, or unstar it",
            Action::CopyClaim => "copy the selected claim with its speaker and link",
            Action::ExportClaims => "write the article's (or the person's) claims to Markdown",
            Action::OpenLink => "open the article's link (or file) in the system's viewer",
            Action::None => "nothing (unbinds a key)",
            Action::Type(_)
            | Action::DeleteBack
            | Action::Resize(..)
            | Action::Wheel { .. }
            | Action::Click { .. } => "",
        }
    }

    /// A word or two for the key-hint bar.
    pub fn hint(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::Back => "clear/back",
            Action::Down => "down",
            Action::Next => "next claim",
            Action::NextSection => "section",
            Action::FocusNext => "panes",
            Action::PickPerson => "person",
            Action::Search => "search",
            Action::Open => "open",
            Action::Sort => "sort",
            Action::NextUnread => "next unread",
            Action::ToggleRead => "read/unread",
            Action::Star => "star",
            Action::CopyClaim => "copy",
            Action::ExportClaims => "export",
            Action::OpenLink => "open link",
            _ => "",
        }
    }
}
