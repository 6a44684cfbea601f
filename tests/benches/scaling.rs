//! How cost grows with the map: every command and the common edits at 1,000, 10,000 and 100,000
//! cards, with the factor from 10,000 to 100,000 (about 10 for linear work; more is a quadratic
//! step). Under `cargo test` (a smoke test) only 1,000 cards run.
//!
//! Each case is timed alone: the median of as many runs as fit in about half a second per size
//! (at least five: with three, the slowest cases at 100,000 cards moved their factor by 4 between
//! runs), taken in five rounds that time every size in turn, each after a run to warm up; and as
//! many with the processor's caches emptied before every run ("cold"). Warm, the 10,000-card map
//! sits in the caches run after run and the 100,000-card one does not, so memory-bound work shows
//! ×15–20 from one to the other however linear it is; cold, both start from memory, as an edit in
//! the editor does after a frame has drawn the map and an export after loading it, so the cold
//! factor is the one that says whether cost grows linearly. Both are printed; a quadratic step
//! shows in both. At the end come the largest factor of each kind, and plain copying's warm one
//! beside them: how much a linear pass grows when its map no longer fits the caches.

use journeymap::diff;
use journeymap::edit::{Edit, ops};
use journeymap::generate::generate;
use journeymap::interop::table::{self, PasteTarget, Separator, TableOptions};
use journeymap::interop::{markdown, mermaid};
use journeymap::model::{Journey, Score};
use std::cell::RefCell;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Everything a case starts from, made once per size.
struct Inputs {
    journey: Journey,
    /// The same map, which edits change and undo again (so no run pays for a copy).
    edited: RefCell<Journey>,
    ron: String,
    mermaid: String,
    csv: Vec<u8>,
    path: std::path::PathBuf,
    /// The map a colleague changed: what `diff` compares it with.
    changed: Journey,
    /// Another colleague's changes to the same map: what `merge` merges with `changed`.
    theirs: Journey,
}

/// `journey` with every hundredth card's body changed (other cards than [`changed`] retitles)
/// and a card added to every cell of the first stage.
fn theirs(journey: &Journey) -> Journey {
    let mut theirs = journey.clone();
    for card in theirs.cards.iter_mut().skip(50).step_by(100) {
        card.body.push_str(" (theirs)");
    }
    let first = theirs.stages[0].id;
    for (n, lane) in journey.lanes.iter().enumerate() {
        let mut card = theirs.cards[0].clone();
        card.id = journeymap::model::CardId(u64::MAX - n as u64);
        (card.stage, card.lane, card.order) = (first, lane.id, 0);
        card.emotions.clear();
        theirs.cards.push(card);
    }
    theirs
}

/// `journey` with a stage renamed, every hundredth card retitled, every fiftieth moved to the
/// next stage, every two-hundredth removed and a score changed on every thirtieth scored card.
fn changed(journey: &Journey) -> Journey {
    let mut changed = journey.clone();
    changed.stages[1].name.push_str(" (renamed)");
    let stages: Vec<_> = changed.stages.iter().map(|s| s.id).collect();
    for (index, card) in changed.cards.iter_mut().enumerate() {
        if index % 100 == 0 {
            card.title.push_str(" (edited)");
        }
        if index % 50 == 25 {
            let at = stages.iter().position(|s| *s == card.stage).unwrap_or(0);
            card.stage = stages[(at + 1) % stages.len()];
        }
        if index % 30 == 7 {
            for score in card.emotions.values_mut() {
                *score = Score::new(-i64::from(score.value())).unwrap_or(*score);
            }
        }
    }
    let mut index = 0;
    changed.cards.retain(|_| {
        index += 1;
        index % 200 != 0
    });
    let kept: std::collections::HashSet<_> = changed.cards.iter().map(|c| c.id).collect();
    changed
        .connections
        .retain(|c| kept.contains(&c.from) && c.to.is_none_or(|t| kept.contains(&t)));
    changed
}

impl Inputs {
    fn new(cards: usize, dir: &Path) -> Self {
        let template = journeymap::templates::find("full-cycle")
            .and_then(|t| t.journey().ok())
            .expect("the full-cycle template");
        // The shape of a map that size: about 1,000 cards per stage, as the editor's limit is
        // measured (100,000 cards on 100 stages), so a cell holds as many cards at every size.
        let template = journeymap::generate::with_stages(template, cards / 1_000);
        let journey = generate(template, cards);
        let path = dir.join(format!("{cards}.journey.ron"));
        journeymap::file::save(&journey, &path).expect("a writable temporary folder");
        Inputs {
            ron: journeymap::file::to_text(&journey),
            mermaid: mermaid::export(&journey).0,
            csv: table::export(&journey, None, Separator::Comma, "\r\n").into_bytes(),
            path,
            changed: changed(&journey),
            theirs: theirs(&journey),
            edited: RefCell::new(journey.clone()),
            journey,
        }
    }
}

type Case = (&'static str, fn(&Inputs) -> usize);

/// The case that only copies the map: the reference for what a linear pass grows by.
const PLAIN_COPYING: &str = "clone the map";

/// `edit` (made from the map) applied to it and undone, so the map is the same for the next run.
fn apply_and_undo(inputs: &Inputs, make: impl Fn(&Journey) -> Edit) -> usize {
    let mut journey = inputs.edited.borrow_mut();
    let edit = make(&journey);
    let undo = edit.apply(&mut journey);
    undo.apply(&mut journey);
    journey.cards.len()
}

/// The edits the editor makes most, each made, applied and undone.
const EDITS: [Case; 11] = [
    ("edit: move a card to the top of its cell", |i| {
        apply_and_undo(i, |j| {
            let card = &j.cards[j.cards.len() / 2];
            ops::move_cards(j, &[card.id], card.stage, card.lane, 0)
        })
    }),
    ("edit: add a card at the top of a cell", |i| {
        apply_and_undo(i, |j| {
            let card = &j.cards[0];
            let seed = ops::CardSeed {
                title: "A new thought".to_owned(),
                channel: None,
            };
            ops::add_card(j, card.stage, card.lane, 0, seed).0
        })
    }),
    ("edit: delete a card", |i| {
        apply_and_undo(i, |j| ops::delete_cards(&[j.cards[j.cards.len() / 2].id]))
    }),
    ("edit: delete a tenth of the cards", |i| {
        apply_and_undo(i, |j| {
            let ids: Vec<_> = j.cards.iter().step_by(10).map(|c| c.id).collect();
            ops::delete_cards(&ids)
        })
    }),
    ("edit: delete a stage and its cards", |i| {
        apply_and_undo(i, |j| Edit::RemoveStage(j.stages[j.stages.len() / 2].id))
    }),
    ("edit: delete a lane and its cards", |i| {
        apply_and_undo(i, |j| Edit::RemoveLane(j.lanes[0].id))
    }),
    ("edit: move a tenth of the cards into one cell", |i| {
        apply_and_undo(i, |j| {
            let ids: Vec<_> = j.cards.iter().step_by(10).map(|c| c.id).collect();
            let target = &j.cards[j.cards.len() / 2];
            ops::move_cards(j, &ids, target.stage, target.lane, 0)
        })
    }),
    ("edit: duplicate a tenth of the cards", |i| {
        apply_and_undo(i, |j| {
            let ids: Vec<_> = j.cards.iter().step_by(10).map(|c| c.id).collect();
            ops::duplicate_cards(j, &ids).0
        })
    }),
    ("edit: delete a persona and its scores", |i| {
        apply_and_undo(i, |j| Edit::RemovePersona(j.personas[0].id))
    }),
    ("edit: set a score", |i| {
        apply_and_undo(i, |j| {
            let card = j.cards[j.cards.len() / 2].id;
            ops::set_score(j, card, j.personas[0].id, Score::new(-2).ok())
        })
    }),
    ("edit: paste a block of 3 × 4 cells", |i| {
        apply_and_undo(i, |j| {
            let card = &j.cards[0];
            let target = PasteTarget {
                stage: card.stage,
                lane: card.lane,
            };
            let block = "a\tb\tc\nd\te\tf\ng\th\ti\nj\tk\tl\n";
            table::paste(j, block, target).map_or(Edit::Batch(Vec::new()), |(edit, _)| edit)
        })
    }),
];

const COMMANDS: [Case; 14] = [
    ("import mermaid", |i| {
        let imported = mermaid::import(&i.mermaid, Path::new("m.mmd"));
        imported.map_or(0, |m| m.journey.cards.len())
    }),
    ("import csv", |i| {
        let imported = table::import(&i.csv, Path::new("m.csv"), TableOptions::default());
        imported.map_or(0, |m| m.journey.cards.len())
    }),
    ("check (load and validate)", |i| {
        journeymap::file::load(&i.path).map_or(0, |j| j.problems().len())
    }),
    ("info --json", |i| {
        // As the command writes it: streamed out, pretty (here into nothing, counting bytes).
        let info = journeymap::info::Info::of(&i.journey);
        let mut out = Counted(0);
        let mut buffered = std::io::BufWriter::new(&mut out);
        let written = serde_json::to_writer_pretty(&mut buffered, &info).is_ok();
        drop(buffered);
        out.0 + usize::from(written)
    }),
    ("export mermaid", |i| mermaid::export(&i.journey).0.len()),
    ("export markdown", |i| markdown::export(&i.journey).len()),
    ("export csv", |i| {
        table::export(&i.journey, None, Separator::Comma, "\r\n").len()
    }),
    ("fmt (parse and write)", |i| {
        journeymap::file::parse(&i.ron, &i.path).map_or(0, |j| journeymap::file::to_text(&j).len())
    }),
    ("save", |i| {
        journeymap::file::save(&i.journey, &i.path).map_or(0, |()| 1)
    }),
    (PLAIN_COPYING, |i| i.journey.clone().cards.len()),
    ("diff (in words)", |i| {
        let changes = diff::diff(&i.journey, &i.changed);
        diff::text::describe(&changes, &i.journey, &i.changed, false).len()
    }),
    ("diff --json", |i| {
        let changes = diff::diff(&i.journey, &i.changed);
        serde_json::to_string(&diff::json::of(&changes)).map_or(0, |s| s.len())
    }),
    ("merge (three-way)", |i| {
        let merged = journeymap::merge::merge(Some(&i.journey), &i.changed, &i.theirs);
        merged.cards.len() + merged.conflicts.len()
    }),
    ("diff: the marks of compare mode", |i| {
        let changes = diff::diff(&i.journey, &i.changed);
        let compared = diff::marks::compared(&i.journey, &i.changed, &changes);
        compared.marks.cards.len()
    }),
];

/// Counts what is written to it, and keeps none of it.
struct Counted(usize);

impl std::io::Write for Counted {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0 += bytes.len();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Written over before each cold run: three times the build machine's level-3 cache (32 MB), so
/// nothing a case left there survives.
const EVICTION_BYTES: usize = 96 << 20;

/// Writes a byte of every cache line of `memory`, which pushes everything else out of the caches.
fn empty_caches(memory: &mut [u8]) {
    for (i, byte) in memory.iter_mut().enumerate().step_by(64) {
        *byte = byte.wrapping_add(i as u8);
    }
    black_box(memory);
}

/// How many rounds each case is timed in, every size in each round. Noise on this machine comes
/// in bursts of a second or more (other machines sharing it); timed one size after the other, a
/// burst that fell on one size's runs alone moved a factor by 3 to 5. Spread over rounds, it falls
/// on every size alike — the alternate comparison the README's timings use, inside one run.
const ROUNDS: usize = 5;

/// The median times of `case` at each size of `inputs`, warm and cold (each run with the caches
/// emptied first, not timed), from [`ROUNDS`] rounds of about `long / ROUNDS` per size and kind.
fn medians(
    case: fn(&Inputs) -> usize,
    inputs: &[Inputs],
    long: Duration,
    eviction: &mut [u8],
) -> (Vec<Duration>, Vec<Duration>) {
    let mut warm = vec![Vec::new(); inputs.len()];
    let mut cold = vec![Vec::new(); inputs.len()];
    let round = long / ROUNDS as u32;
    for _ in 0..ROUNDS {
        for (at, input) in inputs.iter().enumerate() {
            // Warms the caches after the other sizes' runs.
            black_box(case(input));
            runs(case, input, round, None, &mut warm[at]);
            runs(case, input, round, Some(eviction), &mut cold[at]);
        }
    }
    let median = |times: &mut Vec<Duration>| {
        times.sort();
        times[times.len() / 2]
    };
    (
        warm.iter_mut().map(median).collect(),
        cold.iter_mut().map(median).collect(),
    )
}

/// Times `case` on `input` at least once and for about `round`, into `times`; with `eviction`,
/// each run starts with the caches emptied.
fn runs(
    case: fn(&Inputs) -> usize,
    input: &Inputs,
    round: Duration,
    mut eviction: Option<&mut [u8]>,
    times: &mut Vec<Duration>,
) {
    // A cap, so the quickest cases do not spend the whole round on thousands of runs.
    let most = 10 * (round.as_millis() as usize / 100).max(1);
    let start = Instant::now();
    for _ in 0..most {
        if let Some(memory) = eviction.as_deref_mut() {
            empty_caches(memory);
        }
        let run = Instant::now();
        black_box(case(input));
        times.push(run.elapsed());
        if start.elapsed() >= round {
            break;
        }
    }
}

fn main() {
    let full = std::env::args().any(|a| a == "--bench");
    // `cargo bench --bench scaling -- WORDS [SIZE]`: only the cases whose name contains WORDS
    // (and only at SIZE cards, to profile one).
    let mut chosen = std::env::args().skip(1).filter(|a| !a.starts_with("--"));
    let only = chosen.next().unwrap_or_default();
    let one_size: Option<usize> = chosen.next().and_then(|n| n.parse().ok());
    let sizes: &[usize] = match (full, &one_size) {
        (_, Some(size)) => std::slice::from_ref(size),
        (true, None) => &[1_000, 10_000, 100_000],
        (false, None) => &[1_000],
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let inputs: Vec<Inputs> = sizes.iter().map(|&n| Inputs::new(n, dir.path())).collect();
    println!(
        "{:<48}{:>12}{:>12}{:>12}{:>8}   {:>12}{:>12}{:>12}{:>8}",
        "case (median)", "1k", "10k", "100k", "×", "cold 1k", "10k", "100k", "×"
    );
    let mut eviction = vec![0u8; EVICTION_BYTES];
    // One size is for profiling: run the case long enough to outweigh making the inputs. A smoke
    // test (`cargo test`) needs each case to run, not a median worth reading.
    let long = Duration::from_millis(match (one_size, full) {
        (Some(_), _) => 10_000,
        (None, true) => 500,
        (None, false) => 50,
    });
    let chosen = COMMANDS.iter().chain(EDITS.iter());
    let mut largest = Largest::default();
    for (name, case) in chosen.filter(|(name, _)| name.contains(only.as_str())) {
        let (warm, cold) = medians(*case, &inputs, long, &mut eviction);
        println!("{name:<48}{}   {}", columns(&warm), columns(&cold));
        largest.note(name, &warm, &cold);
    }
    largest.print();
}

/// The largest growth from 10,000 to 100,000 cards, warm and cold, with the case that showed
/// it, and how much plain copying of the map grew warm (what growing from the caches to memory
/// alone gives a linear pass).
#[derive(Default)]
struct Largest {
    warm: Option<(f64, &'static str)>,
    cold: Option<(f64, &'static str)>,
    copying: Option<f64>,
}

impl Largest {
    fn note(&mut self, name: &'static str, warm: &[Duration], cold: &[Duration]) {
        let (Some(warm), Some(cold)) = (growth(warm), growth(cold)) else {
            return;
        };
        if name == PLAIN_COPYING {
            self.copying = Some(warm);
            return;
        }
        for (largest, factor) in [(&mut self.warm, warm), (&mut self.cold, cold)] {
            if largest.is_none_or(|(most, _)| factor > most) {
                *largest = Some((factor, name));
            }
        }
    }

    fn print(&self) {
        let (Some((warm, warm_case)), Some((cold, cold_case))) = (self.warm, self.cold) else {
            return;
        };
        println!("\nlargest growth from 10k to 100k cards: cold ×{cold:.1} ({cold_case})");
        print!("warm ×{warm:.1} ({warm_case})");
        match self.copying {
            Some(copying) => println!("; plain copying of the map grew ×{copying:.1} warm"),
            None => println!(),
        }
    }
}

/// The factor from 10,000 to 100,000 cards, when both were timed.
fn growth(times: &[Duration]) -> Option<f64> {
    match times {
        [_, ten, hundred] => Some(hundred.as_secs_f64() / ten.as_secs_f64().max(1e-9)),
        _ => None,
    }
}

/// The times at each size and the factor from 10,000 to 100,000 cards, in columns.
fn columns(times: &[Duration]) -> String {
    let shown: Vec<String> = times
        .iter()
        .map(|t| format!("{:.3} ms", t.as_secs_f64() * 1e3))
        .collect();
    let growth = growth(times).map_or_else(String::new, |factor| format!("{factor:.1}"));
    format!(
        "{:>12}{:>12}{:>12}{growth:>8}",
        shown.first().map_or("", String::as_str),
        shown.get(1).map_or("", String::as_str),
        shown.get(2).map_or("", String::as_str),
    )
}
