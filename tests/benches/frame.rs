//! One full frame of the editor, headless: egui pass (layout cached or rebuilt, scene, canvas
//! interaction, panels) plus tessellation, on generated maps of 100, 1,000 and 10,000 cards, for
//! the whole-map view, a zoomed-in view, and a frame in the middle of a card drag.

#[path = "sizes.rs"]
mod sizes;
use sizes::sizes;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::App;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Command, Document, JourneyApp};
use journeymap::generate::generate;

struct Headless {
    ctx: egui::Context,
    frame: eframe::Frame,
    app: JourneyApp,
    time: f64,
}

impl Headless {
    fn new(cards: usize) -> Self {
        let template = journeymap::templates::find("full-cycle")
            .unwrap()
            .journey()
            .unwrap();
        let journey = generate(template, cards);
        let mut headless = Headless {
            ctx: journeymap::fonts::context(),
            frame: eframe::Frame::_new_kittest(),
            app: JourneyApp::new(Document::untitled(journey), RecentFiles::load(None)),
            time: 0.0,
        };
        for _ in 0..3 {
            headless.frame(Vec::new());
        }
        headless
    }

    /// Runs one frame with `events` and tessellates its output, as a window would.
    fn frame(&mut self, events: Vec<egui::Event>) -> usize {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1920.0, 1080.0),
            )),
            time: Some(self.time),
            events,
            ..Default::default()
        };
        let (app, frame) = (&mut self.app, &mut self.frame);
        let mut output = self.ctx.run_ui(input, |ui| app.ui(ui, frame));
        output.textures_delta.clear();
        self.ctx
            .tessellate(std::mem::take(&mut output.shapes), output.pixels_per_point)
            .len()
    }
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    for cards in sizes() {
        let mut whole = Headless::new(cards);
        let mut x = 0.0;
        group.bench_with_input(BenchmarkId::new("whole map", cards), &cards, |b, _| {
            b.iter(|| {
                x = if x > 500.0 { 300.0 } else { x + 1.0 };
                whole.frame(vec![egui::Event::PointerMoved(egui::pos2(x, 500.0))])
            })
        });

        let mut zoomed = Headless::new(cards);
        for _ in 0..8 {
            zoomed.app.request(Command::ZoomIn);
            zoomed.frame(Vec::new());
        }
        group.bench_with_input(BenchmarkId::new("zoomed in", cards), &cards, |b, _| {
            b.iter(|| {
                x = if x > 900.0 { 600.0 } else { x + 1.0 };
                zoomed.frame(vec![egui::Event::PointerMoved(egui::pos2(x, 500.0))])
            })
        });

        let mut dragging = Headless::new(cards);
        let start = {
            let layout = dragging.app.canvas().layout().unwrap();
            dragging
                .app
                .canvas()
                .to_screen(layout.cards[0].rect.center())
        };
        let press = |pressed| egui::Event::PointerButton {
            pos: start,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        };
        dragging.frame(vec![egui::Event::PointerMoved(start), press(true)]);
        dragging.frame(vec![egui::Event::PointerMoved(
            start + egui::vec2(20.0, 20.0),
        )]);
        let mut step = 0.0;
        group.bench_with_input(BenchmarkId::new("card drag", cards), &cards, |b, _| {
            b.iter(|| {
                step = (step + 1.0) % 200.0;
                dragging.frame(vec![egui::Event::PointerMoved(
                    start + egui::vec2(40.0 + step, 30.0),
                )])
            })
        });
    }
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
