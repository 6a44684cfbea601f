//! Load and save of map files, and PNG export at 1× and 2×, on generated maps of 100, 1,000
//! and 10,000 cards.

#[path = "sizes.rs"]
mod sizes;
use sizes::sizes;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use journeymap::export::{self, ExportOptions};
use journeymap::generate::generate;

fn files(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let template = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    let mut group = c.benchmark_group("file");
    group.sample_size(20);
    for cards in sizes() {
        let journey = generate(template.clone(), cards);
        let path = dir.path().join(format!("{cards}.journey.ron"));
        journeymap::file::save(&journey, &path).unwrap();
        group.bench_with_input(BenchmarkId::new("load", cards), &path, |b, path| {
            b.iter(|| journeymap::file::load(path).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("save", cards), &path, |b, path| {
            b.iter(|| journeymap::file::save(&journey, path).unwrap())
        });
    }
    group.finish();

    let mut group = c.benchmark_group("export png");
    group.sample_size(10);
    for cards in sizes() {
        let journey = generate(template.clone(), cards);
        for scale in [1.0, 2.0] {
            let options = ExportOptions {
                scale,
                ..ExportOptions::default()
            };
            let id = BenchmarkId::new(format!("{scale}x"), cards);
            group.bench_with_input(id, &journey, |b, journey| {
                b.iter(|| match export::render(journey, &options) {
                    Ok(rendered) => export::encode_png(&rendered)
                        .map(|png| png.len())
                        .unwrap_or(0),
                    // Too large to render at this scale: reported by the export, nothing to time.
                    Err(_) => 0,
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, files);
criterion_main!(benches);
