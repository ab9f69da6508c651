//! Where each pane goes for a terminal size, shared by `App::update` (scrolling, clicks) and
//! the renderer so both agree on every rectangle.

use ratatui::layout::Rect;

/// Width of the outline, borders included.
const OUTLINE_WIDTH: u16 = 24;
/// Narrowest and widest claims panel, borders included.
const CLAIMS_WIDTH: (u16, u16) = (30, 48);
/// Narrowest the text pane may get, borders included, before panels give way (about 40
/// columns of text).
const MIN_TEXT_WIDTH: u16 = 44;
/// Columns between the text pane's border and the text.
const TEXT_PADDING: u16 = 1;

/// Which pane has the keyboard in the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The article's text.
    Text,
    /// The claims panel.
    Claims,
    /// The outline of sections.
    Outline,
}

/// The reader's rectangles; a pane that does not fit is `None`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReaderAreas {
    /// The outline of sections, left.
    pub outline: Option<Rect>,
    /// The text pane, borders included.
    pub text: Option<Rect>,
    /// The claims panel, right.
    pub claims: Option<Rect>,
    /// The status line.
    pub status: Option<Rect>,
    /// The key-hint bar.
    pub hints: Option<Rect>,
}

/// The main area and the one or two bottom lines every screen has.
pub fn split_bottom(size: Rect) -> (Rect, Option<Rect>, Option<Rect>) {
    let lines = match size.height {
        0..=1 => 0,
        2..=7 => 1,
        _ => 2,
    };
    let main = Rect {
        height: size.height - lines,
        ..size
    };
    let status = (lines >= 1).then(|| Rect {
        y: size.y + size.height - lines,
        height: 1,
        ..size
    });
    let hints = (lines >= 2).then(|| Rect {
        y: size.y + size.height - 1,
        height: 1,
        ..size
    });
    (main, status, hints)
}

/// Lays out the reader: the text keeps at least `MIN_TEXT_WIDTH` columns, so on narrow
/// terminals the outline goes first, then the claims panel. A focused outline that does not
/// fit beside both opens beside the text in the claims panel's place; a focused pane that does
/// not fit even so takes the whole width, so every pane stays reachable by key.
pub fn reader(size: Rect, show_outline: bool, show_claims: bool, focus: Focus) -> ReaderAreas {
    let (main, status, hints) = split_bottom(size);
    let claims_width = (main.width / 3).clamp(CLAIMS_WIDTH.0, CLAIMS_WIDTH.1);
    let claims_fit = show_claims && main.width >= claims_width + MIN_TEXT_WIDTH;
    let outline_fit = show_outline
        && main.width >= OUTLINE_WIDTH + MIN_TEXT_WIDTH + if claims_fit { claims_width } else { 0 };

    let mut areas = ReaderAreas {
        status,
        hints,
        ..ReaderAreas::default()
    };
    match focus {
        Focus::Claims if show_claims && !claims_fit => {
            areas.claims = Some(main);
            return areas;
        }
        // The outline opens beside the text, in the claims panel's stead if need be, so the
        // reader still sees where a section leads; only on the narrowest screens does it
        // take the whole width.
        Focus::Outline if show_outline && !outline_fit => {
            if main.width >= OUTLINE_WIDTH + MIN_TEXT_WIDTH {
                areas.outline = Some(Rect {
                    width: OUTLINE_WIDTH,
                    ..main
                });
                areas.text = Some(Rect {
                    x: main.x + OUTLINE_WIDTH,
                    width: main.width - OUTLINE_WIDTH,
                    ..main
                });
            } else {
                areas.outline = Some(main);
            }
            return areas;
        }
        _ => {}
    }
    let mut text = main;
    if outline_fit {
        areas.outline = Some(Rect {
            width: OUTLINE_WIDTH,
            ..main
        });
        text.x += OUTLINE_WIDTH;
        text.width -= OUTLINE_WIDTH;
    }
    if claims_fit {
        text.width -= claims_width;
        areas.claims = Some(Rect {
            x: text.x + text.width,
            width: claims_width,
            ..main
        });
    }
    areas.text = Some(text);
    areas
}

/// Whether the claims panel would fit beside the text at this size.
pub fn claims_fit(size: Rect) -> bool {
    let (main, _, _) = split_bottom(size);
    let claims_width = (main.width / 3).clamp(CLAIMS_WIDTH.0, CLAIMS_WIDTH.1);
    main.width >= claims_width + MIN_TEXT_WIDTH
}

/// Whether the outline would fit beside the text (and the claims panel, when shown).
pub fn outline_fit(size: Rect, show_claims: bool) -> bool {
    let areas = reader(size, true, show_claims, Focus::Text);
    areas.outline.is_some()
}

/// Inside a bordered pane.
pub fn inner(area: Rect) -> Rect {
    Rect {
        x: area.x.saturating_add(1),
        y: area.y.saturating_add(1),
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// The column the text is drawn in: inside the pane's borders and padding, at most
/// `reading_width` wide, centred when the pane is wider so the eye need not travel to the
/// left edge of a wide terminal.
pub fn text_column(text_pane: Rect, reading_width: u16) -> Rect {
    let inner = inner(text_pane);
    let room = inner.width.saturating_sub(2 * TEXT_PADDING);
    let width = room.min(reading_width);
    Rect {
        x: inner.x.saturating_add(TEXT_PADDING + (room - width) / 2),
        width,
        ..inner
    }
}

/// Whether a cell lies in a rectangle.
pub fn contains(area: Option<Rect>, column: u16, row: u16) -> bool {
    area.is_some_and(|a| {
        column >= a.x && column < a.x + a.width && row >= a.y && row < a.y + a.height
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(w: u16, h: u16) -> Rect {
        Rect::new(0, 0, w, h)
    }

    #[test]
    fn wide_terminals_show_all_three_panes() {
        let a = reader(size(160, 48), true, true, Focus::Text);
        assert!(a.outline.is_some() && a.claims.is_some());
        assert!(a.text.unwrap().width >= MIN_TEXT_WIDTH);
    }

    #[test]
    fn narrow_terminals_drop_the_outline_then_the_claims() {
        let a = reader(size(80, 24), true, true, Focus::Text);
        assert!(a.outline.is_none() && a.claims.is_some());
        let a = reader(size(60, 24), true, true, Focus::Text);
        assert!(a.outline.is_none() && a.claims.is_none());
        assert_eq!(a.text.unwrap().width, 60);
    }

    #[test]
    fn a_focused_pane_that_does_not_fit_takes_the_screen() {
        let a = reader(size(60, 24), true, true, Focus::Claims);
        assert_eq!(a.claims.unwrap().width, 60);
        assert!(a.text.is_none());
    }

    #[test]
    fn at_80_columns_the_outline_opens_beside_the_text() {
        let a = reader(size(80, 24), true, true, Focus::Outline);
        assert_eq!(a.outline.unwrap().width, OUTLINE_WIDTH);
        assert_eq!(a.text.unwrap().x, OUTLINE_WIDTH);
        assert_eq!(a.text.unwrap().width, 80 - OUTLINE_WIDTH);
        assert!(
            a.claims.is_none(),
            "the outline takes the claims panel's place"
        );
        // Narrower than outline and text together: the outline has the screen.
        let a = reader(size(60, 24), true, true, Focus::Outline);
        assert_eq!(a.outline.unwrap().width, 60);
        assert!(a.text.is_none());
    }

    #[test]
    fn a_text_column_narrower_than_its_pane_is_centred() {
        let pane = Rect::new(10, 0, 144, 40);
        let column = text_column(pane, 100);
        assert_eq!(column.width, 100);
        let left = column.x - pane.x;
        let right = pane.x + pane.width - (column.x + column.width);
        assert_eq!(left, right);
        assert_eq!(
            text_column(Rect::new(0, 0, 60, 10), 100).x,
            2,
            "narrow: no margin"
        );
    }

    #[test]
    fn tiny_sizes_never_underflow() {
        for (w, h) in [(0, 0), (1, 1), (20, 5), (2, 2)] {
            for focus in [Focus::Text, Focus::Claims, Focus::Outline] {
                let a = reader(size(w, h), true, true, focus);
                if let Some(t) = a.text {
                    let _ = text_column(t, 100);
                }
            }
        }
    }
}
