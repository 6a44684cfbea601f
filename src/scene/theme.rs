//! Colours of a map, light or dark. The same theme drives the screen and the PNG export.

use crate::model::{LaneKind, Rgb};
use egui::Color32;

/// Light or dark, and the high-contrast versions of both for projectors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ThemeKind {
    /// Dark text on light paper.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
    /// Black on white with strong lines: a projector in a bright room.
    ProjectorLight,
    /// White on black with strong lines: a projector in a dim room.
    ProjectorDark,
}

impl ThemeKind {
    /// Whether text is light on a dark background.
    pub fn is_dark(self) -> bool {
        matches!(self, ThemeKind::Dark | ThemeKind::ProjectorDark)
    }

    /// The high-contrast projector theme of the same brightness.
    pub fn projector(self) -> ThemeKind {
        if self.is_dark() {
            ThemeKind::ProjectorDark
        } else {
            ThemeKind::ProjectorLight
        }
    }
}

/// The colours a map is painted with.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    /// Which theme this is.
    pub kind: ThemeKind,
    /// The paper behind the map.
    pub background: Color32,
    /// Main text.
    pub text: Color32,
    /// Secondary text: bodies, goals, captions.
    pub muted: Color32,
    /// Grid lines between cells.
    pub grid_line: Color32,
    /// Stage header fill.
    pub header_fill: Color32,
    /// Lane label fill.
    pub label_fill: Color32,
    /// KPI badge fill.
    pub badge_fill: Color32,
    /// The neutral line of emotion bands.
    pub neutral_line: Color32,
    /// The inside of emotion faces.
    pub face_fill: Color32,
    /// Card outlines.
    pub card_stroke: Color32,
    /// Dot votes.
    pub vote: Color32,
}

impl Theme {
    /// The theme of this kind.
    pub fn new(kind: ThemeKind) -> Self {
        match kind {
            ThemeKind::Light => Theme {
                kind,
                background: Color32::from_rgb(0xfb, 0xfa, 0xf7),
                text: Color32::from_rgb(0x1f, 0x23, 0x28),
                muted: Color32::from_rgb(0x5b, 0x63, 0x6e),
                grid_line: Color32::from_rgb(0xdd, 0xda, 0xd3),
                header_fill: Color32::from_rgb(0xef, 0xec, 0xe6),
                label_fill: Color32::from_rgb(0xf3, 0xf1, 0xec),
                badge_fill: Color32::from_rgb(0xff, 0xff, 0xff),
                neutral_line: Color32::from_rgb(0xb8, 0xb4, 0xab),
                face_fill: Color32::WHITE,
                card_stroke: Color32::from_rgba_unmultiplied(0, 0, 0, 40),
                vote: Color32::from_rgb(0xc2, 0x1f, 0x6b),
            },
            ThemeKind::Dark => Theme {
                kind,
                background: Color32::from_rgb(0x1b, 0x1d, 0x22),
                text: Color32::from_rgb(0xec, 0xee, 0xf1),
                muted: Color32::from_rgb(0xa9, 0xb0, 0xba),
                grid_line: Color32::from_rgb(0x3a, 0x3e, 0x46),
                header_fill: Color32::from_rgb(0x26, 0x29, 0x30),
                label_fill: Color32::from_rgb(0x23, 0x26, 0x2c),
                badge_fill: Color32::from_rgb(0x31, 0x35, 0x3d),
                neutral_line: Color32::from_rgb(0x5d, 0x62, 0x6b),
                face_fill: Color32::from_rgb(0x1b, 0x1d, 0x22),
                card_stroke: Color32::from_rgba_unmultiplied(255, 255, 255, 30),
                vote: Color32::from_rgb(0xff, 0x5c, 0xa8),
            },
            ThemeKind::ProjectorLight => Theme {
                kind,
                background: Color32::WHITE,
                text: Color32::BLACK,
                muted: Color32::from_rgb(0x22, 0x22, 0x22),
                grid_line: Color32::from_rgb(0x88, 0x88, 0x88),
                header_fill: Color32::from_rgb(0xe8, 0xe8, 0xe8),
                label_fill: Color32::from_rgb(0xf0, 0xf0, 0xf0),
                badge_fill: Color32::WHITE,
                neutral_line: Color32::from_rgb(0x66, 0x66, 0x66),
                face_fill: Color32::WHITE,
                card_stroke: Color32::from_rgba_unmultiplied(0, 0, 0, 110),
                vote: Color32::from_rgb(0xb0, 0x00, 0x5a),
            },
            ThemeKind::ProjectorDark => Theme {
                kind,
                background: Color32::BLACK,
                text: Color32::WHITE,
                muted: Color32::from_rgb(0xe4, 0xe4, 0xe4),
                grid_line: Color32::from_rgb(0x80, 0x80, 0x80),
                header_fill: Color32::from_rgb(0x1e, 0x1e, 0x1e),
                label_fill: Color32::from_rgb(0x16, 0x16, 0x16),
                badge_fill: Color32::from_rgb(0x26, 0x26, 0x26),
                neutral_line: Color32::from_rgb(0x99, 0x99, 0x99),
                face_fill: Color32::BLACK,
                card_stroke: Color32::from_rgba_unmultiplied(255, 255, 255, 110),
                vote: Color32::from_rgb(0xff, 0x70, 0xb8),
            },
        }
    }

    /// Fill and accent stripe of a card in a lane of this kind, or of a chosen colour.
    pub fn card_colors(&self, kind: LaneKind, chosen: Option<Rgb>) -> (Color32, Color32) {
        let accent = match chosen {
            Some(Rgb(r, g, b)) => Color32::from_rgb(r, g, b),
            None => lane_accent(kind),
        };
        let fill = match self.kind {
            ThemeKind::Light => mix(Color32::WHITE, accent, 0.16),
            ThemeKind::Dark => mix(Color32::from_rgb(0x2a, 0x2d, 0x34), accent, 0.22),
            ThemeKind::ProjectorLight => mix(Color32::WHITE, accent, 0.2),
            ThemeKind::ProjectorDark => mix(Color32::from_rgb(0x14, 0x14, 0x14), accent, 0.3),
        };
        (fill, accent)
    }
}

/// The accent colour of each lane kind.
fn lane_accent(kind: LaneKind) -> Color32 {
    match kind {
        LaneKind::Actions => Color32::from_rgb(0x3b, 0x7d, 0xd8),
        LaneKind::Touchpoints => Color32::from_rgb(0xe0, 0xa1, 0x00),
        LaneKind::Thoughts => Color32::from_rgb(0x8e, 0x5c, 0xd9),
        LaneKind::Emotions => Color32::from_rgb(0xe0, 0x6c, 0x9f),
        LaneKind::PainPoints => Color32::from_rgb(0xd6, 0x45, 0x45),
        LaneKind::Opportunities => Color32::from_rgb(0x2f, 0xa8, 0x5a),
        LaneKind::Backstage => Color32::from_rgb(0x6b, 0x77, 0x85),
        LaneKind::Notes => Color32::from_rgb(0xc9, 0xa2, 0x27),
        LaneKind::Images => Color32::from_rgb(0x4a, 0x9a, 0xa8),
    }
}

/// `a` moved towards `b` by `t` (0..=1), per channel.
pub fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let channel = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(
        channel(a.r(), b.r()),
        channel(a.g(), b.g()),
        channel(a.b(), b.b()),
    )
}
