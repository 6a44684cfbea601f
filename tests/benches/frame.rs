//! One full frame of the editor, headless: egui pass (layout cached or rebuilt, scene, canvas
//! interaction, panels) plus tessellation, on generated maps of 100, 1,000 and 10,000 cards, for
//! the whole-map view, a zoomed-in view (100 %, where cards are read and edited), a frame in the
//! middle of a card drag (at 100 %), the frame after an edit (a card renamed), a frame of
//! panning (a middle-button drag) at the smallest zoom where cards are still drawn in full (the
//! most text on screen, and a view that changes every frame so nothing tessellated before can
//! be reused), and a frame of zooming (the scale changes every frame). Under `cargo bench`, the
//! same on the editor's limit: 100,000 cards on 100 stages.

#[path = "sizes.rs"]
mod sizes;
use sizes::sizes;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::App;
use journeymap::app::recent::RecentFiles;
use journeymap::app::{Document, JourneyApp};
use journeymap::generate::generate;

fn template() -> journeymap::model::Journey {
    journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap()
}

struct Headless {
    ctx: egui::Context,
    frame: eframe::Frame,
    app: JourneyApp,
    time: f64,
}

impl Headless {
    fn new(cards: usize) -> Self {
        Headless::with_connections(cards, 0)
    }

    /// A map of `cards` cards and `connections` generated connections between them.
    fn with_connections(cards: usize, connections: usize) -> Self {
        let journey = journeymap::generate::connect(generate(template(), cards), connections);
        Headless::of(journey)
    }

    /// The editor showing `journey`, after its first frames.
    fn of(journey: journeymap::model::Journey) -> Self {
        Headless::showing(JourneyApp::new(
            Document::untitled(journey),
            RecentFiles::load(None),
        ))
    }

    /// The editor `app`, after its first frames.
    fn showing(app: JourneyApp) -> Self {
        // As the app does first thing.
        journeymap::memory::prefer_small_pages();
        let mut headless = Headless {
            ctx: journeymap::fonts::context(),
            frame: eframe::Frame::_new_kittest(),
            app,
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

/// A pointer button event at `pos`.
fn button(pos: egui::Pos2, button: egui::PointerButton, pressed: bool) -> egui::Event {
    egui::Event::PointerButton {
        pos,
        button,
        pressed,
        modifiers: egui::Modifiers::NONE,
    }
}

impl Headless {
    /// Shows the middle of the map at `zoom` screen points per map unit.
    fn zoom_to(&mut self, zoom: f32) {
        let center = self.app.canvas().layout().unwrap().bounds.center();
        self.look_at(center, zoom);
    }

    /// Shows `center` (in map units) in the middle of the screen at `zoom`.
    fn look_at(&mut self, center: egui::Pos2, zoom: f32) -> usize {
        let canvas = self.app.canvas();
        let view = egui::Rect::from_center_size(center, canvas.screen_size() / zoom);
        self.app.canvas_mut().set_view(view);
        self.frame(Vec::new())
    }
}

type Group<'a> = criterion::BenchmarkGroup<'a, criterion::measurement::WallTime>;

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    group.sample_size(30);
    for cards in sizes() {
        let size = cards.to_string();
        every_kind(&mut group, &size, || Headless::new(cards));
        // The frame after an edit with half as many connections as cards, drawn as arrows.
        edit_frames(
            &mut group,
            &format!("edit, {} connections", cards / 2),
            &size,
            Headless::with_connections(cards, cards / 2),
        );
    }
    // The editor at its limit, on a long journey: once, under `cargo bench` only.
    if sizes().len() > 1 {
        let limit = || {
            let long = journeymap::generate::with_stages(template(), 100);
            Headless::of(generate(long, 100_000))
        };
        group.sample_size(10);
        every_kind(&mut group, "100000 on 100 stages", limit);
    }
    picture_frames(&mut group);
    group.finish();
}

/// Panning and zooming frames on a map where one card in ten has a picture of its own (10,000
/// cards and 1,000 pictures under `cargo bench`; 100 and 10 as a smoke test), each a 640 × 480
/// JPEG, decoded on the picture worker while the frames run.
fn picture_frames(group: &mut Group<'_>) {
    let cards = if sizes().len() > 1 { 10_000 } else { 100 };
    let folder = tempfile::tempdir().unwrap();
    let assets = folder.path().join("assets");
    let mut journey = generate(template(), cards);
    for (index, card) in journey.cards.iter_mut().step_by(10).enumerate() {
        let stored = journeymap::file::pictures::store(&assets, &photo(index)).unwrap();
        card.image = Some(Box::new(journeymap::model::Picture {
            name: stored.name,
            size: stored.size,
        }));
    }
    let pictures = cards / 10;
    let size = format!("{cards}, {pictures} pictures");
    let make = || {
        let app = JourneyApp::new(Document::untitled(journey.clone()), RecentFiles::load(None))
            .with_unsaved_assets(assets.clone());
        let mut headless = Headless::showing(app);
        // The pictures in view at 30 % decoded before measuring.
        headless.zoom_to(0.3);
        for _ in 0..300 {
            if headless.app.canvas().picture_memory().0 > 0 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            headless.frame(Vec::new());
        }
        headless
    };
    pan_frames(group, &size, make());
    zoom_frames(group, &size, make());
}

/// A 640 × 480 JPEG of its own for picture `index`: a gradient in colours taken from it.
fn photo(index: usize) -> Vec<u8> {
    let [r, g, b] = [index * 37, index * 91, index * 53].map(|n| (n % 256) as u8);
    let image = image::RgbImage::from_fn(640, 480, |x, y| {
        let (x, y) = ((x * 255 / 640) as u8, (y * 255 / 480) as u8);
        image::Rgb([r ^ x, g ^ y, b.wrapping_add(x / 2)])
    });
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    bytes
}

/// Every kind of frame on the maps `make` makes, named with `size`.
fn every_kind(group: &mut Group<'_>, size: &str, make: impl Fn() -> Headless) {
    let mut whole = make();
    let mut x = 0.0;
    group.bench_function(BenchmarkId::new("whole map", size), |b| {
        b.iter(|| {
            x = if x > 500.0 { 300.0 } else { x + 1.0 };
            whole.frame(vec![egui::Event::PointerMoved(egui::pos2(x, 500.0))])
        })
    });
    drop(whole);

    let mut zoomed = make();
    zoomed.zoom_to(1.0);
    group.bench_function(BenchmarkId::new("zoomed in", size), |b| {
        b.iter(|| {
            x = if x > 900.0 { 600.0 } else { x + 1.0 };
            zoomed.frame(vec![egui::Event::PointerMoved(egui::pos2(x, 500.0))])
        })
    });
    drop(zoomed);

    drag_frames(group, size, make());
    edit_frames(group, "edit", size, make());
    // A card that grows by a line and shrinks again: every card below it in its cell, and
    // every lane below that, moves, so the whole map is laid out again.
    edit_frames(group, "edit that moves cards", size, make());
    pan_frames(group, size, make());
    zoom_frames(group, size, make());
}

/// Frames in the middle of a card drag, at 100 %.
fn drag_frames(group: &mut Group<'_>, size: &str, mut dragging: Headless) {
    dragging.zoom_to(1.0);
    let start = {
        let canvas = dragging.app.canvas();
        let layout = canvas.layout().unwrap();
        let view = canvas.view();
        let card = layout
            .cards
            .iter()
            .find(|c| view.shrink(100.0).contains(c.rect.center()))
            .expect("a card in the middle of the view");
        canvas.to_screen(card.rect.center())
    };
    let primary = egui::PointerButton::Primary;
    dragging.frame(vec![
        egui::Event::PointerMoved(start),
        button(start, primary, true),
    ]);
    dragging.frame(vec![egui::Event::PointerMoved(
        start + egui::vec2(20.0, 20.0),
    )]);
    assert!(dragging.app.canvas().is_interacting(), "the drag started");
    let mut step = 0.0;
    group.bench_function(BenchmarkId::new("card drag", size), |b| {
        b.iter(|| {
            step = (step + 1.0) % 200.0;
            dragging.frame(vec![egui::Event::PointerMoved(
                start + egui::vec2(40.0 + step, 30.0),
            )])
        })
    });
}

/// Frames of panning (a middle-button drag) at 30 %, the smallest zoom where cards are drawn
/// in full.
fn pan_frames(group: &mut Group<'_>, size: &str, mut panning: Headless) {
    panning.zoom_to(0.3);
    let grab = egui::pos2(900.0, 500.0);
    let middle = egui::PointerButton::Middle;
    panning.frame(vec![
        egui::Event::PointerMoved(grab),
        button(grab, middle, true),
    ]);
    let mut offset: f32 = 0.0;
    let mut direction = 1.0;
    group.bench_function(BenchmarkId::new("pan", size), |b| {
        b.iter(|| {
            // Back and forth, so the view never leaves the map.
            if offset.abs() > 200.0 {
                direction = -direction;
            }
            offset += 3.0 * direction;
            panning.frame(vec![egui::Event::PointerMoved(
                grab + egui::vec2(offset, offset / 2.0),
            )])
        })
    });
}

/// Frames of zooming: the view's scale changes every frame, as under a scrolling wheel, in and
/// out between 40 % and 150 %, where cards are drawn in full.
fn zoom_frames(group: &mut Group<'_>, size: &str, mut zooming: Headless) {
    let middle = {
        let layout = zooming.app.canvas().layout().unwrap();
        layout.cards[layout.cards.len() / 2].rect.center()
    };
    let mut zoom: f32 = 1.0;
    let mut factor = 1.03;
    zooming.look_at(middle, zoom);
    group.bench_function(BenchmarkId::new("zooming", size), |b| {
        b.iter(|| {
            if !(0.4..=1.5).contains(&(zoom * factor)) {
                factor = 1.0 / factor;
            }
            zoom *= factor;
            zooming.look_at(middle, zoom)
        })
    });
}

/// A card renamed in the middle of a 100 % view (or, for "edit that moves cards", made a line
/// taller and shorter in turn), then the frame that shows it.
fn edit_frames(group: &mut Group<'_>, name: &str, size: &str, mut editing: Headless) {
    // At a card in the middle of the map: arrows may have widened the gaps around the middle.
    let middle = {
        let layout = editing.app.canvas().layout().unwrap();
        layout.cards[layout.cards.len() / 2].rect.center()
    };
    editing.look_at(middle, 1.0);
    let mut card = {
        let canvas = editing.app.canvas();
        let view = canvas.view();
        let id = canvas
            .layout()
            .unwrap()
            .cards
            .iter()
            .find(|c| view.contains(c.rect.center()))
            .expect("a card in view")
            .id;
        editing.app.document().journey().card(id).unwrap().clone()
    };
    let mut renamed = 0;
    let grows = name.contains("moves cards");
    let (short, long) = (card.body.clone(), format!("{}\nOne more line.", card.body));
    group.bench_function(BenchmarkId::new(name, size), |b| {
        b.iter(|| {
            renamed += 1;
            if grows {
                card.body = if renamed % 2 == 0 {
                    short.clone()
                } else {
                    long.clone()
                };
            } else {
                card.title = format!("Renamed {renamed} times");
            }
            // Recorded as a panel would; the frame applies it after its UI pass, so each
            // frame lays out and draws the edit of the one before: a frame right after an
            // edit, every time.
            let edit = journeymap::edit::Edit::ReplaceCard(Box::new(card.clone()));
            editing
                .app
                .request(journeymap::app::Action::Edit(edit, None));
            editing.frame(Vec::new())
        })
    });
}

criterion_group!(benches, frames);
criterion_main!(benches);
