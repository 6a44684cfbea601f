//! Tables as spreadsheets write them, in and out.

use super::*;
use crate::model::{Channel, Journey, LaneKind, Severity};
use encoding_rs::WINDOWS_1251;

fn import_text(bytes: &[u8], name: &str) -> Result<Journey, ImportError> {
    import(bytes, Path::new(name), TableOptions::default()).map(|i| i.journey)
}

/// A Russian Excel's CSV: `;`, code page 1251, CRLF, Russian headers, a decimal comma.
const RUSSIAN: &str = "Этап;Дорожка;Заголовок;Текст;Канал;Эмоция;Персона;Серьёзность;Метки;Голоса\r\n\
Заселение;Точки соприкосновения;Стойка регистрации;\"Очередь; 15 минут\";Магазин;-1;Светлана;;утро, очередь;3\r\n\
Заселение;Болевые точки;Долгое ожидание;;;-2;Светлана;высокая;;\r\n\
Выезд;Точки соприкосновения;Счёт по почте;;Эл. почта;+1;Семья Ахмади;;;\r\n";

fn check_russian(journey: &Journey) {
    let stages: Vec<_> = journey.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(stages, ["Заселение", "Выезд"]);
    let desk = &journey.cards[0];
    assert_eq!(desk.title, "Стойка регистрации");
    assert_eq!(desk.body, "Очередь; 15 минут");
    assert_eq!(desk.channel, Some(Channel::Store));
    assert_eq!(desk.tags, ["утро", "очередь"]);
    assert_eq!(desk.votes, 3);
    assert_eq!(desk.emotions.values().next().map(|s| s.value()), Some(-1));
    let wait = &journey.cards[1];
    assert_eq!(
        journey.lane(wait.lane).map(|l| l.kind),
        Some(LaneKind::PainPoints)
    );
    assert_eq!(wait.severity, Some(Severity::High));
    assert_eq!(journey.cards[2].channel, Some(Channel::Email));
    let personas: Vec<_> = journey.personas.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(personas, ["Светлана", "Семья Ахмади"]);
    assert!(journey.lanes.iter().any(|l| l.kind == LaneKind::Emotions));
    // Russian headers make a Russian map: the lane it adds is named in Russian.
    assert_eq!(journey.language, crate::model::Language::Russian);
    assert!(journey.lanes.iter().any(|l| l.name == "Эмоции"));
}

#[test]
fn a_russian_excel_file_in_code_page_1251_imports_with_every_column() {
    let (bytes, _, _) = WINDOWS_1251.encode(RUSSIAN);
    check_russian(&import_text(&bytes, "отель.csv").unwrap());
    let mut marked = b"\xEF\xBB\xBF".to_vec();
    marked.extend_from_slice(RUSSIAN.as_bytes());
    check_russian(&import_text(&marked, "отель.csv").unwrap());
    let tabs = RUSSIAN
        .replace("\"Очередь; 15 минут\"", "Очередь; 15 минут")
        .replace(';', "\t");
    let tabs = tabs.replace("Очередь\t 15 минут", "Очередь; 15 минут");
    check_russian(&import_text(tabs.as_bytes(), "отель.tsv").unwrap());
}

#[test]
fn excel_unicode_text_is_utf16_with_tabs() {
    let text = "Aşama\tBaşlık\tDuygu\nKarar\tFiyat karşılaştırması\t-1\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let journey = import_text(&bytes, "yolculuk.txt").unwrap();
    assert_eq!(journey.cards[0].title, "Fiyat karşılaştırması");
    assert_eq!(journey.personas[0].name, DEFAULT_PERSONA);
}

#[test]
fn persian_digits_and_headers() {
    let text =
        "مرحله,عنوان,احساس,پرسونا\nآگاهی,تبلیغ در اینستاگرام,۲,مینا\nخرید,هزینهٔ ارسال,-۱,مینا\n";
    let journey = import_text(text.as_bytes(), "سفر.csv").unwrap();
    let scores: Vec<i8> = journey
        .cards
        .iter()
        .map(|c| c.emotions.values().next().map_or(0, |s| s.value()))
        .collect();
    assert_eq!(scores, [2, -1]);
    assert_eq!(journey.direction, crate::model::Direction::RightToLeft);
}

#[test]
fn what_cannot_be_told_is_asked_not_guessed() {
    let error = import_text(b"Stage,Title;Lane\nA,B;C\n", "t.csv").unwrap_err();
    let ImportError::Ambiguous { separators, .. } = &error else {
        panic!("{error}");
    };
    assert_eq!(separators, &[Separator::Comma, Separator::Semicolon]);
    assert!(error.to_string().contains("--separator"), "{error}");
    let chosen = TableOptions {
        separator: Some(Separator::Semicolon),
        ..TableOptions::default()
    };
    let journey = import(b"Stage,Title;Lane\nA,B;C\n", Path::new("t.csv"), chosen);
    assert!(journey.is_err(), "by `;` there is no stage column");
    let error = import_text(b"Stage\nA\n", "one.csv")
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with("one.csv:1: the header row has no comma"),
        "{error}"
    );
    let forced = TableOptions {
        encoding: Some(TextEncoding::Utf8),
        ..TableOptions::default()
    };
    let error = import(b"stage,title\nA,\xE7ay\n", Path::new("b.csv"), forced)
        .unwrap_err()
        .to_string();
    assert_eq!(error, "b.csv: this is not utf-8 text");
}

#[test]
fn every_template_goes_out_as_a_table_and_comes_back_the_same() {
    for template in crate::templates::ALL {
        for language in crate::model::Language::ALL {
            let journey = with_forks(template.journey_in(language).unwrap());
            let text = export(&journey, None, Separator::Semicolon, "\r\n");
            let back = import_text(text.as_bytes(), "back.csv")
                .unwrap_or_else(|e| panic!("{} in {language:?}: {e}", template.name));
            assert_eq!(
                described(&back),
                described(&journey),
                "{} in {language:?}",
                template.name
            );
        }
    }
}

/// Each card with everything a table holds, named as the user sees it, by stage, lane and place
/// in the cell. Lanes are taken by name: a table lists cards, and lanes come back in the order
/// the rows first name them.
fn described(journey: &Journey) -> Vec<String> {
    let mut cards: Vec<_> = journey.cards.iter().collect();
    let stage = |id| journey.stages.iter().position(|s| s.id == id);
    let lane = |id| journey.lane(id).map(|l| l.name.clone());
    cards.sort_by_key(|c| (stage(c.stage), lane(c.lane), c.order, c.id));
    cards
        .iter()
        .map(|c| {
            let mut scores: Vec<String> = c
                .emotions
                .iter()
                .map(|(p, s)| format!("{}={s}", journey.persona(*p).map_or("", |p| &p.name)))
                .collect();
            scores.sort();
            let lane = journey.lane(c.lane).unwrap();
            let next: Vec<&str> = journey
                .connections
                .iter()
                .filter(|n| n.from == c.id && n.kind == crate::model::ConnectionKind::Next)
                .filter_map(|n| n.to.and_then(|to| journey.card(to)))
                .map(|card| card.title.as_str())
                .collect();
            format!(
                "{} | {} {:?} | {} | {} | {:?} | {:?} | {:?} | {:?} | {} | {scores:?} | {} {} | {next:?}",
                journey.stage(c.stage).unwrap().name,
                lane.name,
                lane.kind,
                c.title,
                c.body,
                c.channel,
                c.severity,
                c.tags,
                c.color,
                c.votes,
                c.decision,
                c.milestone
            )
        })
        .collect()
}

#[test]
fn each_reading_of_an_unsure_file_is_offered_with_its_rows() {
    // A cell of one letter beyond ASCII: Turkish "ç" or Russian "з".
    let bytes = b"Stage;Title\nA;\xE7ay\n";
    let ImportError::Ambiguous {
        encodings,
        separators,
        ..
    } = import_text(bytes, "u.csv").unwrap_err()
    else {
        panic!("the encoding cannot be told");
    };
    assert!(separators.is_empty(), "the separator is sure");
    let readings = readings(bytes, &encodings, &separators, 3);
    assert_eq!(readings.len(), encodings.len());
    let cells: Vec<&str> = readings.iter().map(|r| r.rows[1][1].as_str()).collect();
    assert!(
        cells.contains(&"çay") && cells.contains(&"зay"),
        "{cells:?}"
    );
    assert!(
        readings
            .iter()
            .all(|r| r.options.separator == Some(Separator::Semicolon))
    );
    // The reading chosen imports.
    let turkish = readings.iter().find(|r| r.rows[1][1] == "çay").unwrap();
    let journey = import(bytes, Path::new("u.csv"), turkish.options)
        .unwrap()
        .journey;
    assert_eq!(journey.cards[0].title, "çay");
}

/// `journey` with a decision point, a milestone and a usual next step from each card to the one
/// after it in the file (tables carry the first next step of each card).
fn with_forks(mut journey: Journey) -> Journey {
    use crate::model::{Connection, ConnectionId, ConnectionKind};
    // A table carries one next step per card and no other kind of path: a template's own
    // forks give way to a chain of next steps.
    journey.connections.clear();
    if let Some(card) = journey.cards.first_mut() {
        card.decision = true;
        card.milestone = true;
    }
    let ids: Vec<_> = journey.cards.iter().map(|c| c.id).collect();
    for (n, pair) in ids.windows(2).enumerate() {
        journey.connections.push(Connection {
            id: ConnectionId(n as u64 + 1),
            kind: ConnectionKind::Next,
            from: pair[0],
            to: Some(pair[1]),
            label: String::new(),
            share: None,
        });
    }
    journey
}

#[test]
fn next_steps_and_marks_are_read_from_their_columns() {
    let text = "Stage,Title,Next,Decision,Milestone\nA,Ad,Page,,\nA,Page,Checkout,yes,\nB,Checkout,Nowhere,,✓\n";
    let imported = import(text.as_bytes(), Path::new("n.csv"), TableOptions::default()).unwrap();
    let journey = &imported.journey;
    assert_eq!(journey.connections.len(), 2);
    assert!(journey.cards[1].decision && !journey.cards[1].milestone);
    assert!(journey.cards[2].milestone);
    assert!(journey.problems().is_empty());
    let note = imported
        .warnings
        .iter()
        .map(ToString::to_string)
        .collect::<String>();
    assert!(note.contains("\"Nowhere\" (line 4)"), "{note}");
}

/// A block pasted into a long map: its cards go after the cards already in their cells, in
/// consecutive stages, with ids no card has; the edit adds just them and changes no other card.
#[test]
fn a_block_pasted_into_a_long_map_goes_after_each_cells_cards() {
    let mut journey = crate::generate::generate(crate::templates::example(), 2_000);
    let first = &journey.cards[0];
    let target = PasteTarget {
        stage: first.stage,
        lane: first.lane,
    };
    let stage_at = journey.stage_index(target.stage).expect("its stage");
    let before = journey.clone();
    let (edit, ids) = paste(&journey, "Queue at the desk\tInvoice by email\nA\t", target)
        .expect("a block to paste");
    assert_eq!(ids.len(), 3);
    let crate::edit::Edit::Batch(edits) = &edit else {
        panic!("one batch: {edit:?}");
    };
    assert_eq!(edits.len(), 3, "only the new cards");
    edit.apply(&mut journey);
    for (id, (title, column)) in
        ids.iter()
            .zip([("Queue at the desk", 0), ("Invoice by email", 1), ("A", 0)])
    {
        let card = journey.card(*id).expect("pasted");
        assert_eq!(card.title, title);
        assert_eq!(journey.stage_index(card.stage), Some(stage_at + column));
        assert_eq!(card.lane, target.lane);
        let cell = journey.cards_in(card.stage, card.lane);
        let others = cell.iter().filter(|c| !ids.contains(&c.id));
        assert!(others.clone().count() > 0, "a cell with cards already");
        assert!(others.map(|c| c.order).all(|order| order < card.order));
        assert!(before.card(*id).is_none(), "an id no card had");
    }
    assert_eq!(journey.cards.len(), before.cards.len() + 3);
    assert!(
        before
            .cards
            .iter()
            .all(|c| journey.card(c.id) == Some(&**c))
    );
}

/// Rows pasted with a `Next` column bring their steps along: a connection from each card to
/// the pasted card its cell names, undone with the paste.
#[test]
fn rows_pasted_with_next_steps_bring_their_connections() {
    let mut journey = crate::templates::example();
    let target = PasteTarget {
        stage: journey.stages[0].id,
        lane: journey.lanes[0].id,
    };
    let before = journey.clone();
    let rows = "Stage\tLane\tTitle\tNext\nDecision\tActions\tBook a test drive\tDrive the car\n\
                Decision\tActions\tDrive the car\t\n";
    let (edit, ids) = paste(&journey, rows, target).expect("rows to paste");
    assert_eq!(ids.len(), 2);
    let undo = edit.apply(&mut journey);
    assert_eq!(journey.connections.len(), before.connections.len() + 1);
    let step = journey.connections.last().expect("the step");
    assert_eq!((step.from, step.to), (ids[0], Some(ids[1])));
    assert!(journey.problems().is_empty());
    undo.apply(&mut journey);
    assert_eq!(journey, before);
}
