//! Words for the user that are not yet in a language: what the inner layers (file, interop,
//! edit) say when something goes wrong, worded only when shown. The window shows a [`Message`]
//! in its language; the command line, which never sets one, in English.

use super::{Arg, tr_args};
use std::fmt;

/// A message of the translation files and the values of its placeables.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` of the translation files, with no placeables yet.
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Fills the placeable `name` with text (a file name, a title, what a system call said).
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Fills the placeable `name` with a number: shown in the reader's digits (`$NAME-shown`), and
    /// choosing plural forms.
    pub fn count(mut self, name: &'static str, value: usize) -> Self {
        self.args.push((name, Arg::Count(value)));
        self
    }

    /// Fills the placeable `name` with another message, worded in the same language when shown.
    pub fn part(mut self, name: &'static str, value: Message) -> Self {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// Which message of the translation files this is.
    pub fn id(&self) -> &'static str {
        self.id
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&tr_args(self.id, &self.args))
    }
}

impl std::error::Error for Message {}
