//! Where each pane goes for a terminal size, shared by `App::update` (scrolling, clicks) and
//! the renderer so both agree on every rectangle.

use ratatui::layout::Rect;

/// Narrowest the claims panel gets by itself, borders included; a narrower widest width from
/// the config wins.
const CLAIMS_MIN_WIDTH: u16 = 30;
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

/// The side panels' widths, borders included, from the config.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PanelWidths {
    /// The outline's width.
    pub outline: u16,
    /// Widest the claims panel gets: it takes a third of the screen up to this.
    pub claims: u16,
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
pub fn reader(
    size: Rect,
    widths: PanelWidths,
    show_outline: bool,
    show_claims: bool,
    focus: Focus,
) -> ReaderAreas {
    let (main, status, hints) = split_bottom(size);
    let outline_width = widths.outline;
    let claims_width = (main.width / 3).clamp(CLAIMS_MIN_WIDTH.min(widths.claims), widths.claims);
    let claims_fit = show_claims && main.width >= claims_width + MIN_TEXT_WIDTH;
    let outline_fit = show_outline
        && main.width >= outline_width + MIN_TEXT_WIDTH + if claims_fit { claims_width } else { 0 };

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
            if main.width >= outline_width + MIN_TEXT_WIDTH {
                areas.outline = Some(Rect {
                    width: outline_width,
                    ..main
                });
                areas.text = Some(Rect {
                    x: main.x + outline_width,
                    width: main.width - outline_width,
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
            width: outline_width,
            ..main
        });
        text.x += outline_width;
        text.width -= outline_width;
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
pub fn claims_fit(size: Rect, widths: PanelWidths) -> bool {
    let areas = reader(size, widths, false, true, Focus::Text);
    areas.claims.is_some()
}

/// Whether the outline would fit beside the text (and the claims panel, when shown).
pub fn outline_fit(size: Rect, widths: PanelWidths, show_claims: bool) -> bool {
    let areas = reader(size, widths, true, show_claims, Focus::Text);
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

/// A rectangle centred in `area`, at most `width` × `height`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The help's box on a screen of `size`: centred, at most 84 columns wide, a line short of
/// the screen at top and bottom.
pub fn help_box(size: Rect) -> Rect {
    centered(size, 84, size.height.saturating_sub(2).max(3))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The default widths.
    const WIDTHS: PanelWidths = PanelWidths {
        outline: 24,
        claims: 48,
    };

    fn size(w: u16, h: u16) -> Rect {
        Rect::new(0, 0, w, h)
    }

    #[test]
    fn wide_terminals_show_all_three_panes() {
        let a = reader(size(160, 48), WIDTHS, true, true, Focus::Text);
        assert!(a.outline.is_some() && a.claims.is_some());
        assert!(a.text.unwrap().width >= MIN_TEXT_WIDTH);
    }

    #[test]
    fn narrow_terminals_drop_the_outline_then_the_claims() {
        let a = reader(size(80, 24), WIDTHS, true, true, Focus::Text);
        assert!(a.outline.is_none() && a.claims.is_some());
        let a = reader(size(60, 24), WIDTHS, true, true, Focus::Text);
        assert!(a.outline.is_none() && a.claims.is_none());
        assert_eq!(a.text.unwrap().width, 60);
    }

    #[test]
    fn a_focused_pane_that_does_not_fit_takes_the_screen() {
        let a = reader(size(60, 24), WIDTHS, true, true, Focus::Claims);
        assert_eq!(a.claims.unwrap().width, 60);
        assert!(a.text.is_none());
    }

    #[test]
    fn at_80_columns_the_outline_opens_beside_the_text() {
        let a = reader(size(80, 24), WIDTHS, true, true, Focus::Outline);
        assert_eq!(a.outline.unwrap().width, WIDTHS.outline);
        assert_eq!(a.text.unwrap().x, WIDTHS.outline);
        assert_eq!(a.text.unwrap().width, 80 - WIDTHS.outline);
        assert!(
            a.claims.is_none(),
            "the outline takes the claims panel's place"
        );
        // Narrower than outline and text together: the outline has the screen.
        let a = reader(size(60, 24), WIDTHS, true, true, Focus::Outline);
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
                let a = reader(size(w, h), WIDTHS, true, true, focus);
                if let Some(t) = a.text {
                    let _ = text_column(t, 100);
                }
            }
        }
    }
}
