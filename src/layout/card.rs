//! One card's box: its picture, caption, title, body, tags, and the marks on its top edge.

use super::build::Shaper;
use super::{CardBox, PictureBox, Style, TextBlock};
use crate::model::{Card, LaneKind, Language, Picture};
use egui::{Pos2, Rect, pos2, vec2};

/// The width of a card's text: a stage column less the cell's and the card's padding.
pub(super) fn card_inner(s: &Style) -> f32 {
    s.stage_width - 2.0 * s.padding - 2.0 * s.padding
}

/// The box of `card` in a lane of `kind`, with its top-left corner at `top_left`.
pub(super) fn card_box(
    shaper: &mut Shaper<'_, '_>,
    s: &Style,
    card: &Card,
    kind: LaneKind,
    language: Language,
    top_left: Pos2,
    inner: f32,
) -> CardBox {
    let x = top_left.x + s.padding;
    let mut y = top_left.y + s.padding - 2.0;
    let picture = card.image.as_deref().map(|picture| {
        let made = picture_box(shaper, s, picture, pos2(x, y + 2.0), inner);
        y = made.frame.max.y + s.line_gap;
        made
    });
    let mut icon = None;
    let caption_text = match (card.channel, card.severity) {
        (Some(channel), _) => Some(language.channel(channel).to_owned()),
        (None, Some(severity)) => Some(language.severity_caption(severity)),
        _ => None,
    };
    let caption = caption_text.map(|text| {
        let icon_width = match card.channel {
            Some(channel) => {
                let block = shaper.text(channel.icon(), s.small_size + 3.0, inner, pos2(x, y));
                let width = block.galley.size().x + s.icon_gap;
                icon = Some(block);
                width
            }
            None => 0.0,
        };
        let block = shaper.label(
            &text,
            s.caption_size(),
            inner - icon_width,
            pos2(x + icon_width, y + 2.0),
        );
        y += block.galley.size().y.max(s.small_size + s.icon_gap) + s.line_gap;
        block
    });
    let title = shaper.text(&card.title, s.card_title_size, inner, pos2(x, y));
    y += title.galley.size().y;
    let body = (!card.body.trim().is_empty()).then(|| {
        let block = shaper.text(&card.body, s.small_size, inner, pos2(x, y + s.line_gap));
        y += block.galley.size().y + s.line_gap;
        block
    });
    let tags = (!card.tags.is_empty()).then(|| {
        let text: Vec<String> = card.tags.iter().map(|t| format!("#{t}")).collect();
        let block = shaper.text(
            &text.join(" "),
            s.caption_size(),
            inner,
            pos2(x, y + s.line_gap),
        );
        y += block.galley.size().y + s.line_gap;
        block
    });
    let rect = Rect::from_min_max(
        top_left,
        pos2(top_left.x + inner + 2.0 * s.padding, y + s.padding),
    );
    // Badges, then vote dots, sit on the top edge like stickers, from the trailing corner
    // inwards: one strip, so none collide.
    let step = 2.0 * super::VOTE_DOT_RADIUS + s.vote_dot_gap;
    let on_edge = |i: usize| {
        pos2(
            rect.max.x - s.vote_dot_inset - i as f32 * step,
            rect.min.y + 1.0,
        )
    };
    let badges: Vec<(super::Badge, Pos2)> = [
        (card.decision, super::Badge::Decision),
        (card.milestone, super::Badge::Milestone),
    ]
    .into_iter()
    .filter(|(set, _)| *set)
    .enumerate()
    .map(|(i, (_, badge))| (badge, on_edge(i)))
    .collect();
    let dots = card.votes.min(super::MAX_VOTE_DOTS);
    let mut vote_dots: Vec<Pos2> = (0..dots as usize)
        .map(|i| on_edge(badges.len() + i))
        .collect();
    vote_dots.reverse();
    let vote_count = (card.votes > super::MAX_VOTE_DOTS).then(|| {
        let block = shaper.label(
            &format!("+{}", card.votes - super::MAX_VOTE_DOTS),
            s.small_size,
            f32::INFINITY,
            Pos2::ZERO,
        );
        let size = block.galley.size();
        let first = vote_dots.first().copied().unwrap_or(rect.right_top());
        TextBlock {
            pos: pos2(
                first.x - super::VOTE_DOT_RADIUS - s.vote_dot_gap - size.x,
                first.y - size.y / 2.0,
            ),
            ..block
        }
    });
    CardBox {
        id: card.id,
        kind,
        rect,
        color: card.color,
        icon,
        caption,
        title,
        body,
        tags,
        picture: picture.map(Box::new),
        vote_dots: vote_dots.into(),
        vote_count,
        badges: badges.into(),
    }
}

/// The frame of `picture` drawn `width` wide from `top_left`, with the picture fitted inside it
/// and its name shaped in the middle, for while it is not drawn.
fn picture_box(
    shaper: &mut Shaper<'_, '_>,
    s: &Style,
    picture: &Picture,
    top_left: Pos2,
    width: f32,
) -> PictureBox {
    let natural = picture.height_at(width);
    let height = natural.min(width * s.picture_max_aspect);
    let frame = Rect::from_min_size(top_left, vec2(width, height));
    // Too tall: as wide as fits the frame's height, centred.
    let drawn_width = width * height / natural;
    let rect = Rect::from_center_size(frame.center(), vec2(drawn_width, height));
    // A stored name is ASCII: shaped left to right whatever the map's direction.
    let label = shaper.text(
        &picture.name,
        s.caption_size(),
        width - 2.0 * s.padding,
        Pos2::ZERO,
    );
    let at = frame.center() - label.galley.size() / 2.0;
    PictureBox {
        name: picture.name.as_str().into(),
        size: picture.size,
        frame,
        rect,
        label: Some(TextBlock {
            pos: label.pos + at.to_vec2(),
            ..label
        }),
    }
}

/// The box of a persona's `photo` fitted (proportions kept, centred) into the square of
/// `side` from `top_left`; too small to label.
pub(super) fn photo_box(picture: &Picture, top_left: Pos2, side: f32) -> PictureBox {
    let frame = Rect::from_min_size(top_left, vec2(side, side));
    let height = picture.height_at(side);
    let size = if height > side {
        vec2(side * side / height, side)
    } else {
        vec2(side, height)
    };
    PictureBox {
        name: picture.name.as_str().into(),
        size: picture.size,
        frame,
        rect: Rect::from_center_size(frame.center(), size),
        label: None,
    }
}

#[cfg(test)]
mod tests {
    use super::CardBox;

    /// A layout keeps one box per card (100,000 on the largest maps), each its own allocation:
    /// with its reference counts it must fit the allocator's 192-byte size class. Pictures,
    /// votes and badges are boxed because most cards have none.
    #[test]
    fn a_card_box_fits_in_192_bytes_with_its_reference_counts() {
        let reference_counts = 2 * size_of::<usize>();
        let size = size_of::<CardBox>() + reference_counts;
        assert!(size <= 192, "{size} bytes");
    }
}
