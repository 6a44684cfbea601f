//! Autosave and crash recovery: recovery copies of unsaved work, and the offer to restore them.

use super::{Document, JourneyApp};
use crate::file::recovery::{Recovery, RecoveryStore, key_for};
use crate::i18n::Message;
use crate::model::SlicedCopy;
use std::time::Duration;

/// How often unsaved changes are copied to the recovery folder.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);

/// How many cards a frame copies for the recovery copy: about 1–1.5 ms of a frame on the build
/// machine. A 100,000-card map is copied over 13 frames, where copying it in one made that
/// frame 12–16 ms longer (77 ms the first time, in fresh memory).
const CARDS_PER_FRAME: usize = 8_192;

/// The autosave state of the app.
#[derive(Debug, Default)]
pub struct Autosave {
    store: Option<RecoveryStore>,
    /// The key of the open document's copy.
    key: String,
    /// When and at which revision the last copy was written.
    last: Option<(f64, u64)>,
    /// A copy being written on another thread, with the time and revision it was taken at:
    /// writing 10,000 cards takes tens of milliseconds, which would be a visible hitch.
    writing: Option<(Writer, f64, u64)>,
    /// The copy of the map being made for the next recovery copy, some cards a frame.
    copying: Option<SlicedCopy>,
}

/// The thread writing a recovery copy, and what it reports.
type Writer = std::thread::JoinHandle<Result<(), Message>>;

impl Drop for Autosave {
    fn drop(&mut self) {
        // A copy under way is finished before the app goes away, so it is not lost.
        if let Some((handle, _, _)) = self.writing.take() {
            let _ = handle.join();
        }
    }
}

impl Autosave {
    /// Autosave into `store`, and the copies already there (to offer for restoring).
    pub fn new(store: Option<RecoveryStore>, document: &Document) -> (Self, Vec<Recovery>) {
        let found = store.as_ref().map(RecoveryStore::list).unwrap_or_default();
        let autosave = Autosave {
            store,
            key: key_for(document.path()),
            last: None,
            writing: None,
            copying: None,
        };
        (autosave, found)
    }

    /// The folder of recovery copies, if there is one.
    pub fn store(&self) -> Option<&RecoveryStore> {
        self.store.as_ref()
    }

    /// Whether a copy of the map is being made: the next frames go on with it, so they must
    /// come without waiting for input.
    pub fn is_copying(&self) -> bool {
        self.copying.is_some()
    }
}

impl JourneyApp {
    /// Writes a recovery copy when there are unsaved changes that are not yet copied and the
    /// last copy is old enough (or `now` is forced, on exit).
    pub(super) fn autosave(&mut self, now: f64, force: bool) {
        let finished = self
            .autosave
            .writing
            .as_ref()
            .is_some_and(|(handle, _, _)| handle.is_finished());
        if finished || force {
            self.finish_autosave();
        }
        if self.autosave.writing.is_some() {
            return;
        }
        let Some(store) = &self.autosave.store else {
            return;
        };
        if !self.document.is_dirty() {
            self.autosave.copying = None;
            return;
        }
        let revision = self.document.revision();
        let due = match self.autosave.last {
            None => true,
            Some((time, saved)) => {
                saved != revision && (force || now - time >= AUTOSAVE_EVERY.as_secs_f64())
            }
        };
        if !due {
            return;
        }
        if force {
            // On exit: write now, the process is about to end.
            let result = store.write(
                &self.autosave.key,
                self.document.journey(),
                self.document.path(),
            );
            self.autosave_done(result, now, revision);
            return;
        }
        let copying = self.autosave.copying.get_or_insert_default();
        let Some(journey) = copying.step(self.document.journey(), revision, CARDS_PER_FRAME) else {
            return;
        };
        self.autosave.copying = None;
        let (store, key) = (store.clone(), self.autosave.key.clone());
        let origin = self.document.path().map(std::path::Path::to_owned);
        let handle = std::thread::spawn(move || store.write(&key, &journey, origin.as_deref()));
        self.autosave.writing = Some((handle, now, revision));
    }

    /// Waits for a copy being written, if any, and records how it went.
    fn finish_autosave(&mut self) {
        if let Some((handle, time, revision)) = self.autosave.writing.take() {
            let result = handle
                .join()
                .unwrap_or_else(|_| Err(Message::new("recovery-failed")));
            self.autosave_done(result, time, revision);
        }
    }

    fn autosave_done(&mut self, result: Result<(), Message>, time: f64, revision: u64) {
        match result {
            Ok(()) => self.autosave.last = Some((time, revision)),
            Err(message) => {
                // Retry at the next interval rather than every frame.
                self.autosave.last = Some((time, u64::MAX));
                self.status = Some(message.to_string());
            }
        }
    }

    /// The open document is saved or deliberately discarded: its recovery copy is not needed.
    pub(super) fn drop_recovery_copy(&mut self) {
        // A copy still being written would otherwise reappear after the removal.
        self.finish_autosave();
        if let Some(store) = &self.autosave.store {
            store.remove(&self.autosave.key);
        }
        self.autosave.last = None;
        self.autosave.copying = None;
    }

    /// A new document is open: copies go under its own key.
    pub(super) fn rekey_recovery(&mut self) {
        self.finish_autosave();
        self.autosave.key = key_for(self.document.path());
        self.autosave.last = None;
        // Its revisions count from zero again: a copy of the old one must not be taken for it.
        self.autosave.copying = None;
    }
}
