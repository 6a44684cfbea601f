//! Mermaid and CSV import, Mermaid and Markdown export, on example files in tests/data/.

use journeymap::interop::{self, ImportError, markdown, mermaid};
use journeymap::model::{Journey, LaneKind};
use std::path::{Path, PathBuf};

fn data(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn import(name: &str) -> Journey {
    interop::import(&data(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .journey
}

/// A touchpoint card: stage name, title, persona name → score.
type CardEssence = (String, String, Vec<(String, i8)>);

/// Stage names, persona names, and every touchpoint card in journey order.
fn essence(journey: &Journey) -> (Vec<String>, Vec<String>, Vec<CardEssence>) {
    let stages = journey.stages.iter().map(|s| s.name.clone()).collect();
    let personas = journey.personas.iter().map(|p| p.name.clone()).collect();
    let mut cards = Vec::new();
    for stage in &journey.stages {
        for lane in journey
            .lanes
            .iter()
            .filter(|l| l.kind == LaneKind::Touchpoints)
        {
            for card in journey.cards_in(stage.id, lane.id) {
                // In the personas' order: ids are random and sort in no meaningful order.
                let scores = journey
                    .scores_of(card)
                    .map(|(p, s)| (p.name.clone(), s.value()))
                    .collect();
                cards.push((stage.name.clone(), card.title.clone(), scores));
            }
        }
    }
    (stages, personas, cards)
}

fn round_trip(journey: &Journey) -> Journey {
    let (text, _) = mermaid::export(journey);
    mermaid::import(&text, Path::new("round-trip.mmd"))
        .unwrap()
        .journey
}

#[test]
fn mermaid_docs_example_imports_as_a_full_map() {
    let journey = import("working-day.mmd");
    assert_eq!(journey.title, "My working day");
    let (stages, personas, cards) = essence(&journey);
    assert_eq!(stages, ["Go to work", "Go home"]);
    assert_eq!(personas, ["Me", "Cat"]);
    assert_eq!(
        cards[0],
        (
            "Go to work".into(),
            "Make tea".into(),
            vec![("Me".into(), 2)]
        )
    );
    assert_eq!(cards[2].2, vec![("Me".into(), -2), ("Cat".into(), -2)]);
    assert_eq!(cards.len(), 5);
    assert!(
        journey.lanes.iter().any(|l| l.kind == LaneKind::Emotions),
        "an emotions lane for the curves"
    );
    assert!(journey.problems().is_empty());
    assert_ne!(journey.personas[0].color, journey.personas[1].color);
}

#[test]
fn mermaid_round_trips() {
    for name in [
        "working-day.mmd",
        "front-matter.mmd",
        "accessibility.mmd",
        "tabs-crlf.mmd",
        "notes.md",
        "persian.mmd",
        "mermaid-grammar.mmd",
    ] {
        let first = import(name);
        let second = round_trip(&first);
        assert_eq!(essence(&second), essence(&first), "{name}");
        assert_eq!(second.title, first.title, "{name}");
        assert_eq!(second.description, first.description, "{name}");
        // Each import gives its personas new ids; the rest is the same.
        let people = |j: &journeymap::model::Journey| {
            j.personas
                .iter()
                .map(|p| (p.name.clone(), p.role.clone(), p.color))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            people(&second),
            people(&first),
            "{name}: same personas and colours"
        );
    }
}

#[test]
fn mermaid_exports_what_mermaid_accepts() {
    let journey = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    let (text, notes) = mermaid::export(&journey);
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("journey"));
    for line in lines {
        let line = line.trim();
        let ok = line.starts_with("title ")
            || line.starts_with("section ")
            || line.starts_with("accDescr {")
            || line == "}"
            || (line.matches(':').count() == 2 && no_bare_hash_or_semicolon(line))
            || text.contains(&format!("accDescr {{\n        {line}"));
        assert!(ok, "not Mermaid journey syntax: {line}");
        if let Some((_, rest)) = line.split_once(": ")
            && let Some((score, _)) = rest.split_once(':')
        {
            assert!(
                (1..=5).contains(&score.trim().parse::<i32>().unwrap()),
                "{line}"
            );
        }
    }
    assert!(
        notes.iter().any(|n| n.text.to_string().contains("KPIs")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|n| n.text.to_string().contains("disagree")),
        "{notes:?}"
    );
}

/// Whether every `#` and `;` of `line` is part of an entity such as `#35;`, as Mermaid requires.
fn no_bare_hash_or_semicolon(line: &str) -> bool {
    let mut rest = line;
    while let Some(at) = rest.find(['#', ';']) {
        let tail = &rest[at..];
        let digits = tail[1..].bytes().take_while(u8::is_ascii_digit).count();
        if !tail.starts_with('#') || digits == 0 || tail.as_bytes().get(digits + 1) != Some(&b';') {
            return false;
        }
        rest = &tail[digits + 2..];
    }
    true
}

#[test]
fn mermaid_variants_are_understood() {
    let journey = import("front-matter.mmd");
    assert_eq!(journey.title, "Checkout with front matter");
    let (stages, _, cards) = essence(&journey);
    assert_eq!(
        stages,
        ["", "Pay"],
        "tasks before the first section sit in an unnamed stage"
    );
    assert_eq!(cards[1].2, vec![("Ana".into(), -1), ("Ben".into(), -1)]);

    let journey = import("accessibility.mmd");
    assert_eq!(journey.title, "Renewing a passport");
    assert_eq!(
        journey.description,
        "Passport renewal journey\n\nFrom the reminder letter\nto the new passport in the mail."
    );

    let (stages, _, cards) = essence(&import("tabs-crlf.mmd"));
    assert_eq!(stages, ["One", "Two"]);
    assert_eq!(cards[0].1, "First task");
    assert_eq!(cards[0].2, vec![("Zoe".into(), 2)]);

    let journey = import("notes.md");
    assert_eq!(journey.title, "Workshop journey");
    assert_eq!(journey.cards.len(), 1);
}

#[test]
fn persian_mermaid_keeps_its_text() {
    let journey = import("persian.mmd");
    assert_eq!(journey.title, "سفر مشتری: فروشگاه ماگ");
    let (stages, personas, cards) = essence(&journey);
    assert_eq!(stages, ["آگاهی", "جذب", "همراه کردن مشتری"]);
    assert_eq!(personas, ["مینا", "رضا"]);
    assert_eq!(
        cards[0].1, "تبلیغ در شبکه‌های اجتماعی",
        "zero-width non-joiner kept"
    );
}

fn import_error(name: &str) -> String {
    match interop::import(&data(name)) {
        Err(error @ ImportError::Syntax { .. }) => error.to_string(),
        other => panic!("{name}: expected a syntax error, got {other:?}"),
    }
}

#[test]
fn mermaid_errors_name_the_line() {
    let message = import_error("bad-line.mmd");
    assert!(message.ends_with("bad-line.mmd:5: expected `title TEXT`, `section NAME` or `Task: score: actor, actor`, found `this line has no colon`"), "{message}");
    let message = import_error("bad-score.mmd");
    assert!(
        message.contains("bad-score.mmd:4: score 7 is out of range"),
        "{message}"
    );
}

#[test]
fn csv_imports_rows_in_first_seen_order() {
    let imported = interop::import(&data("cards.csv")).unwrap();
    let journey = &imported.journey;
    let stages: Vec<_> = journey.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Awareness", "Acquisition"]);
    let lanes: Vec<_> = journey
        .lanes
        .iter()
        .map(|l| (l.name.as_str(), l.kind))
        .collect();
    assert_eq!(
        lanes,
        [
            ("Touchpoints", LaneKind::Touchpoints),
            ("Pain points", LaneKind::PainPoints),
            ("Backstage", LaneKind::Backstage),
            ("Emotions", LaneKind::Emotions)
        ]
    );
    let ad = &journey.cards[0];
    assert_eq!(ad.title, "Ad on Instagram, with video");
    assert_eq!(ad.channel, Some(journeymap::model::Channel::Social));
    assert_eq!(
        journey.cards[1].body,
        "Half of visitors leave\nbefore it loads."
    );
    assert_eq!(
        journey.cards[2].emotions.values().next().unwrap().value(),
        2
    );
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.to_string().contains("unknown columns ignored")
                && w.items.contains(&"\"Owner\"".to_owned())),
        "{:?}",
        imported.warnings
    );
}

#[test]
fn csv_errors_name_row_and_column() {
    assert!(
        import_error("bad-channel.csv")
            .contains("bad-channel.csv:3: column \"channel\": unknown channel \"carrier pigeon\"")
    );
    assert!(
        import_error("bad-emotion.csv")
            .contains("bad-emotion.csv:3: column \"emotion\": emotion score 5 is out of range")
    );
    assert!(
        import_error("ragged.csv")
            .contains("ragged.csv:3: this row has 3 fields but the header has 2")
    );
    assert!(
        import_error("no-stage.csv")
            .contains("no-stage.csv:1: the header row needs the columns \"stage\" and \"title\"")
    );
}

#[test]
fn markdown_report_has_personas_stages_kpis_and_faces() {
    let journey = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    let report = markdown::export(&journey);
    assert!(report.starts_with("# Buying a new car: the full customer cycle\n"));
    assert!(report.contains("## Personas"));
    assert!(report.contains("- **Dmitri** — First-time car buyer"));
    assert!(report.contains("## 8. Recommendation"));
    assert!(report.contains("**KPIs:** NPS 35 · target 50 · CRR 74% · target 80%"));
    assert!(
        report.contains(
            "- **Service hotline** (Phone) — 🙁 -1 Dmitri, 😞 -2 Elena, 🙁 -1 Fleet buyer"
        )
    );
}

#[test]
fn mermaid_grammar_is_read_as_mermaid_reads_it() {
    let imported = interop::import(&data("mermaid-grammar.mmd")).unwrap();
    let journey = &imported.journey;
    assert_eq!(
        journey.title,
        "Adding journey diagram functionality to mermaid"
    );
    assert_eq!(
        journey.description,
        "A user journey for\nfamily shopping\n\nAdding acc journey diagram functionality to mermaid",
        "a statement after the `}}` of accDescr is read"
    );
    let (stages, personas, cards) = essence(journey);
    assert_eq!(
        stages,
        [
            "Documentation",
            "Line1\nLine2\nLine3\nLine4",
            "Documentation"
        ],
        "a section name that comes again is a new stage, in file order"
    );
    assert_eq!(personas, ["Alice", "Bob", "Charlie", "Customer"]);
    let titles: Vec<&str> = cards.iter().map(|c| c.1.as_str()).collect();
    assert_eq!(
        titles,
        [
            "A task",
            "B task",
            "C task",
            "D task",
            "E task",
            "Order #1 ; pay: card",
            "Extra fields",
            "Same name, new stage"
        ]
    );
    assert_eq!(cards[1].2, vec![("Bob".into(), 0), ("Charlie".into(), 0)]);
    assert_eq!(cards[4].2, vec![("Customer".into(), 2)], "`E task: 5:`");
    assert_eq!(
        cards[5].2,
        vec![("Alice".into(), 1)],
        "comment after the actors"
    );
    assert_eq!(
        cards[6].2,
        vec![("Bob".into(), -1)],
        "fields after a third `:`"
    );
    assert_eq!(cards[7].0, "Documentation");
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.to_string().contains("text after the third is ignored")),
        "{:?}",
        imported.warnings
    );
    let second = round_trip(journey);
    assert_eq!(essence(&second), essence(journey));
    assert_eq!(second.stages.len(), 3);
}

#[test]
fn line_breaks_and_reserved_characters_survive_export_and_import() {
    let text = "journey\n  section Two<br>lines\n    Ask: why?<br/>How: 3: A\n";
    let error = mermaid::import(text, Path::new("x.mmd"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("x.mmd:3: expected a score"), "{error}");
    let text = "journey\n  section Two<br>lines\n    Ask #58; why?<br/>How#59;: 3: A#44; B, C\n";
    let first = mermaid::import(text, Path::new("x.mmd")).unwrap().journey;
    let (stages, personas, cards) = essence(&first);
    assert_eq!(stages, ["Two\nlines"]);
    assert_eq!(personas, ["A, B", "C"]);
    assert_eq!(cards[0].1, "Ask : why?\nHow;");
    let (exported, _) = mermaid::export(&first);
    assert!(exported.contains("section Two<br>lines\n"), "{exported}");
    assert!(
        exported.contains("Ask #58; why?<br>How#59;: 3: A#44; B, C\n"),
        "{exported}"
    );
    assert_eq!(essence(&round_trip(&first)), essence(&first));
}

#[test]
fn semicolons_are_refused_as_mermaid_refuses_them() {
    let text = "journey\n  title A; B\n";
    let error = mermaid::import(text, Path::new("x.mmd"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("x.mmd:2: Mermaid does not accept `;`") && error.contains("#59;"),
        "{error}"
    );
}

#[test]
fn notes_name_five_items_and_count_the_rest() {
    let template = journeymap::templates::find("full-cycle")
        .unwrap()
        .journey()
        .unwrap();
    let journey = journeymap::generate::generate(template, 2000);
    let (_, notes) = mermaid::export(&journey);
    let disagree = notes
        .iter()
        .find(|n| n.text.to_string().contains("disagree"))
        .expect("a note on disagreeing personas");
    let short = disagree.to_string();
    assert!(disagree.items.len() > 100);
    assert_eq!(short.matches("\" (").count(), 5, "{short}");
    assert!(
        short.ends_with(&format!("; and {} more", disagree.items.len() - 5)),
        "{short}"
    );
    assert!(
        short.len() < 1000,
        "one readable line: {} bytes",
        short.len()
    );
    assert_eq!(
        disagree.show(true).matches("\" (").count(),
        disagree.items.len()
    );
}
