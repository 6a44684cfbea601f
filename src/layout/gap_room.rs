//! Room for arrows. Arrows run in the gaps between stage columns and along the tops of lanes;
//! where more arrows share a gap than fit side by side, the gap is widened and the cards beyond
//! it move over, so arrows never crowd onto one line or over a card.

use super::arrows::Plan;

/// Where each stage column lies across the map, with the gaps between them widened for the
/// arrows in them.
pub(super) struct Columns {
    /// Where each column starts.
    starts: Vec<f32>,
    /// The room at the start of each column given to a widened gap, before its cards.
    leads: Vec<f32>,
    /// Each column's width.
    widths: Vec<f32>,
    /// Where the last column ends.
    pub end: f32,
    /// The middle of each gap between columns, from before the first to after the last.
    pub middles: Vec<f32>,
}

impl Columns {
    /// `stages` columns of `stage_width` from `start`, with the gaps of `plan` widened. A gap
    /// between two columns is widened on both sides of their border; the gaps before the first
    /// and after the last column take the room from that column alone.
    pub(super) fn new(plan: &Plan, stages: usize, start: f32, stage_width: f32) -> Columns {
        let extra: Vec<f32> = (0..=stages).map(|b| plan.column_widening(b)).collect();
        let mut columns = Columns {
            starts: Vec::with_capacity(stages),
            leads: Vec::with_capacity(stages),
            widths: Vec::with_capacity(stages),
            end: start,
            middles: Vec::with_capacity(stages + 1),
        };
        let mut x = start;
        for i in 0..stages {
            let lead = if i == 0 { extra[0] } else { extra[i] / 2.0 };
            let trail = if i + 1 == stages {
                extra[stages]
            } else {
                extra[i + 1] / 2.0
            };
            columns.middles.push(x + lead - extra[i] / 2.0);
            columns.starts.push(x);
            columns.leads.push(lead);
            columns.widths.push(lead + stage_width + trail);
            x += lead + stage_width + trail;
        }
        columns.end = x;
        columns.middles.push(x - extra[stages] / 2.0);
        columns
    }

    /// Where column `index` starts and how wide it is.
    pub(super) fn span(&self, index: usize) -> (f32, f32) {
        (
            self.starts.get(index).copied().unwrap_or(self.end),
            self.widths.get(index).copied().unwrap_or(0.0),
        )
    }

    /// Where the content of column `index` (its header's text and its cells) starts: after
    /// the room a widened gap takes.
    pub(super) fn content(&self, index: usize) -> f32 {
        let (start, _) = self.span(index);
        start + self.leads.get(index).copied().unwrap_or(0.0)
    }
}

/// The room a widened gap takes at the top and at the bottom of the `lane`th of `lanes`
/// visible lanes: the gap at a lane's top is widened on both sides of the border, except above
/// the first lane, where it all goes inside that lane. There is no gap below the last.
pub(super) fn lane_room(plan: &Plan, lane: usize, lanes: usize) -> (f32, f32) {
    let above = plan.lane_widening(lane);
    let lead = if lane == 0 { above } else { above / 2.0 };
    let trail = if lane + 1 < lanes {
        plan.lane_widening(lane + 1) / 2.0
    } else {
        0.0
    };
    (lead, trail)
}
