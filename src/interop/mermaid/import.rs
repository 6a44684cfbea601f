//! Reading a Mermaid journey the way Mermaid reads it.

use super::{NO_ACTOR, decode, entity_len, until_comment};
use crate::i18n::Message;
use crate::interop::build::Builder;
use crate::interop::{ImportError, Imported, Note};
use crate::model::{LaneKind, Score, StageId};
use std::iter::Peekable;
use std::path::Path;
use std::vec::IntoIter;

/// Parses a Mermaid journey, alone or in a ```` ```mermaid ```` block of a Markdown file.
pub fn import(text: &str, path: &Path) -> Result<Imported, ImportError> {
    let lines = diagram_lines(text, path)?;
    let mut parser = Parser {
        path,
        lines: lines.into_iter().peekable(),
        builder: Builder::new(""),
        saw_keyword: false,
        title: None,
        description: Vec::new(),
        section: None,
        extra_fields: Vec::new(),
    };
    let front_title = parser.front_matter()?;
    while let Some((number, line)) = parser.lines.next() {
        parser.statements(number, line)?;
    }
    parser.finish(front_title)
}

/// The state of one import: where in the file it is and what it has built so far.
struct Parser<'a> {
    path: &'a Path,
    lines: Peekable<IntoIter<(usize, &'a str)>>,
    builder: Builder,
    saw_keyword: bool,
    title: Option<String>,
    description: Vec<String>,
    /// The stage of the last `section`; tasks before the first one go to an unnamed stage.
    section: Option<StageId>,
    /// Lines of tasks with a third `:`, whose text after it Mermaid ignores.
    extra_fields: Vec<usize>,
}

impl<'a> Parser<'a> {
    fn error(&self, line: usize, message: Message) -> ImportError {
        ImportError::Syntax {
            path: self.path.to_owned(),
            line,
            message,
        }
    }

    /// YAML front matter: `---`, `key: value` lines, `---`; its `title` is the map's title
    /// unless the diagram has one.
    fn front_matter(&mut self) -> Result<Option<String>, ImportError> {
        let Some((start, _)) = self.lines.next_if(|(_, l)| l.trim() == "---") else {
            return Ok(None);
        };
        let mut title = None;
        loop {
            let Some((_, line)) = self.lines.next() else {
                return Err(self.error(start, Message::new("mermaid-front-matter-open")));
            };
            let line = line.trim();
            if line == "---" {
                return Ok(title);
            }
            if let Some(value) = line.strip_prefix("title:") {
                title = Some(unquote(value.trim()).to_owned());
            }
        }
    }

    /// Reads the statements of one line. Mermaid reads statements, not lines: a statement may
    /// follow the `}` of a multi-line `accDescr` on the same line, or the keyword `journey`.
    fn statements(&mut self, number: usize, text: &'a str) -> Result<(), ImportError> {
        let text = text.trim_start();
        if text.is_empty() || (text.starts_with("%%") && !text.starts_with("%%{")) {
            return Ok(());
        }
        if text.starts_with("%%{") {
            return self.directive(number, text);
        }
        if text.starts_with('#') && entity_len(text).is_none() {
            return Ok(());
        }
        if !self.saw_keyword {
            let Some(rest) = keyword(text, "journey") else {
                return Err(self.error(
                    number,
                    Message::new("mermaid-expected-journey").text("found", clip(text)),
                ));
            };
            self.saw_keyword = true;
            return self.statements(number, rest);
        }
        if let Some(rest) = accessibility(text, "accTitle", ':') {
            self.description.push(decode(rest.trim()));
        } else if let Some(rest) = accessibility(text, "accDescr", ':') {
            self.description.push(decode(rest.trim()));
        } else if let Some(rest) = accessibility(text, "accDescr", '{') {
            let (end, after) = self.described(number, rest)?;
            return self.statements(end, after);
        } else if let Some(rest) = keyword(text, "title") {
            let value = self.until(number, rest, &[';'])?;
            self.title = Some(decode(value).trim().to_owned());
        } else if let Some(rest) = keyword(text, "section") {
            let name = self.until(number, rest, &[':', ';'])?;
            // A section is a step in a sequence: a name that comes again is a new stage.
            self.section = Some(self.builder.new_stage(decode(name).trim()));
        } else {
            self.task(number, text)?;
        }
        Ok(())
    }

    /// A directive `%%{ … }%%`, possibly over several lines; skipped.
    fn directive(&mut self, number: usize, text: &str) -> Result<(), ImportError> {
        let (mut current, mut last) = (text.trim_end(), number);
        while !current.ends_with("}%%") {
            let Some((n, next)) = self.lines.next() else {
                return Err(self.error(last, Message::new("mermaid-directive-open")));
            };
            (current, last) = (next.trim_end(), n);
        }
        Ok(())
    }

    /// The text of `accDescr { … }` from `rest` on, up to its `}`: adds it to the description and
    /// returns the line of the `}` and what follows it there.
    fn described(&mut self, number: usize, rest: &'a str) -> Result<(usize, &'a str), ImportError> {
        let (mut text, mut pending, mut line) = (Vec::new(), rest, number);
        let after = loop {
            if let Some(end) = pending.find('}') {
                text.push(pending[..end].trim());
                break &pending[end + 1..];
            }
            text.push(pending.trim());
            let Some((n, next)) = self.lines.next() else {
                return Err(self.error(number, Message::new("mermaid-description-open")));
            };
            (pending, line) = (next, n);
        };
        // Blank lines inside the block separate paragraphs; around it they mean nothing.
        self.description
            .push(decode(text.join("\n").trim_matches('\n')));
        Ok((line, after))
    }

    /// `text` up to a `#` comment; a character of `refused` there is an error, as in Mermaid.
    fn until(
        &self,
        number: usize,
        text: &'a str,
        refused: &[char],
    ) -> Result<&'a str, ImportError> {
        let (value, stop) = until_comment(text, refused);
        match stop {
            Some(c) if refused.contains(&c) => Err(self.error(
                number,
                Message::new("mermaid-refused-character")
                    .text("character", c.to_string())
                    .text("text", clip(text.trim()))
                    .text("entity", format!("#{};", u32::from(c))),
            )),
            _ => Ok(value),
        }
    }

    /// `Task name: score[: actor, actor]`.
    fn task(&mut self, number: usize, text: &'a str) -> Result<(), ImportError> {
        let (name, stop) = until_comment(text, &[':', ';']);
        if stop != Some(':') {
            return Err(self.error(
                number,
                Message::new("mermaid-expected-statement").text("found", clip(text)),
            ));
        }
        let data = self.until(number, &text[name.len() + 1..], &[';'])?;
        // Mermaid splits the data at every `:` and reads only the first two fields.
        let mut fields = data.split(':');
        let score_text = fields.next().unwrap_or_default().trim();
        let actors = fields.next();
        if fields.next().is_some() {
            self.extra_fields.push(number);
        }
        let name = decode(name).trim().to_owned();
        let emotion = self.score(number, &name, score_text)?;
        let mut actors: Vec<String> = actors
            .map(|a| a.split(',').map(|a| decode(a).trim().to_owned()).collect())
            .unwrap_or_default();
        actors.retain(|a| !a.is_empty());
        if actors.is_empty() {
            actors.push(NO_ACTOR.to_owned());
        }
        let personas: Vec<_> = actors.iter().map(|a| self.builder.persona(a)).collect();
        // Tasks before the first section sit in a stage with no name, as Mermaid draws them.
        let stage = match self.section {
            Some(stage) => stage,
            None => *self.section.insert(self.builder.new_stage("")),
        };
        let lane = self
            .builder
            .lane(LaneKind::Touchpoints.label(), LaneKind::Touchpoints);
        let card = self.builder.card(stage, lane, &name);
        for persona in personas {
            card.emotions.insert(persona, emotion);
        }
        Ok(())
    }

    fn score(&self, number: usize, name: &str, text: &str) -> Result<Score, ImportError> {
        let score: i64 = text.parse().map_err(|_| {
            self.error(
                number,
                Message::new("mermaid-expected-score")
                    .text("task", clip(name))
                    .text("found", clip(text)),
            )
        })?;
        if !(1..=5).contains(&score) {
            return Err(self.error(
                number,
                Message::new("mermaid-score-out-of-range").text("score", score.to_string()),
            ));
        }
        Ok(Score::clamped(score - 3))
    }

    fn finish(mut self, front_title: Option<String>) -> Result<Imported, ImportError> {
        let path = self.path;
        if !self.saw_keyword {
            return Err(ImportError::Unsupported {
                path: path.to_owned(),
                message: Message::new("mermaid-no-journey"),
            });
        }
        let mut warnings = Vec::new();
        if self.builder.journey.stages.is_empty() {
            let file = path.display().to_string();
            warnings.push(Note::new(Message::new("mermaid-empty").text("file", file)));
        }
        if !self.extra_fields.is_empty() {
            warnings.push(Note::listing(
                Message::new("mermaid-extra-fields").text("file", path.display().to_string()),
                self.extra_fields.iter().map(ToString::to_string).collect(),
            ));
        }
        let journey = &mut self.builder.journey;
        journey.title = self
            .title
            .or(front_title)
            .unwrap_or_else(|| "Untitled journey".to_owned());
        journey.description = self.description.join("\n\n");
        self.builder.standard_lanes();
        Ok(Imported {
            journey: self.builder.journey,
            warnings,
            pictures: super::super::Pictures::default(),
        })
    }
}

/// The lines of the diagram with their line numbers in the file: the whole file, or the first
/// ```` ```mermaid ```` block holding a journey when the file is Markdown.
fn diagram_lines<'a>(text: &'a str, path: &Path) -> Result<Vec<(usize, &'a str)>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let all: Vec<(usize, &str)> = text.lines().enumerate().map(|(i, l)| (i + 1, l)).collect();
    let is_fence = |l: &str| {
        let t = l.trim_start();
        (t.starts_with("```") || t.starts_with("~~~"))
            && t[3..].trim_start_matches(['`', '~']).trim() == "mermaid"
    };
    if !all.iter().any(|(_, l)| is_fence(l)) {
        return Ok(all);
    }
    let mut index = 0;
    while index < all.len() {
        if is_fence(all[index].1) {
            let fence = &all[index].1.trim_start()[..3];
            let body: Vec<(usize, &str)> = all[index + 1..]
                .iter()
                .take_while(|(_, l)| !l.trim_start().starts_with(fence))
                .copied()
                .collect();
            if body
                .iter()
                .any(|(_, l)| keyword(l.trim(), "journey").is_some())
            {
                return Ok(body);
            }
            index += body.len() + 1;
        }
        index += 1;
    }
    Err(ImportError::Unsupported {
        path: path.to_owned(),
        message: Message::new("mermaid-no-journey-block"),
    })
}

/// What follows `word` (in any case, as Mermaid's keywords are) and whitespace at the start of
/// `line`; the keyword alone gives an empty rest.
fn keyword<'a>(line: &'a str, word: &str) -> Option<&'a str> {
    let head = line.get(..word.len())?;
    let rest = &line[word.len()..];
    (head.eq_ignore_ascii_case(word) && (rest.is_empty() || rest.starts_with(char::is_whitespace)))
        .then(|| rest.trim_start())
}

/// The rest of `accTitle:` / `accDescr:` / `accDescr {` (any case, spaces allowed before `mark`).
fn accessibility<'a>(line: &'a str, word: &str, mark: char) -> Option<&'a str> {
    let head = line.get(..word.len())?;
    if !head.eq_ignore_ascii_case(word) {
        return None;
    }
    line[word.len()..].trim_start().strip_prefix(mark)
}

fn unquote(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
        .unwrap_or(text)
}

/// Text quoted in a message, cut so a runaway line does not flood the terminal.
fn clip(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() > MAX {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    } else {
        text.to_owned()
    }
}
