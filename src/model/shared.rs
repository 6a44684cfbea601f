//! A value that copies of a map share until one of them changes it: copying a map (autosave
//! writes a copy beside the editor) copies pointers, and a change copies only what it changes.

use serde::{Deserialize, Serialize};
use std::ops::{Deref, DerefMut};
use std::sync::Arc;

/// A value behind a shared pointer. Reading it reads the one value all its sharers see; changing
/// it through `&mut` first gives this sharer its own copy when others still hold the value
/// ([`Arc::make_mut`]), so no sharer ever sees another's change. Compared, hashed, printed and
/// saved as the value itself.
#[derive(Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    /// `value`, not shared yet.
    pub fn new(value: T) -> Self {
        Shared(Arc::new(value))
    }
}

impl<T: Clone> Shared<T> {
    /// The value itself: taken out when no one else holds it, else a copy.
    pub fn into_inner(self) -> T {
        Arc::unwrap_or_clone(self.0)
    }
}

impl<T> Clone for Shared<T> {
    /// Another sharer of the same value: a pointer, not a copy of the value.
    fn clone(&self) -> Self {
        Shared(Arc::clone(&self.0))
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Clone> DerefMut for Shared<T> {
    /// The value to change, copied first if another sharer holds it.
    fn deref_mut(&mut self) -> &mut T {
        Arc::make_mut(&mut self.0)
    }
}

impl<T> std::borrow::Borrow<T> for Shared<T> {
    /// Compared and hashed as the value, so a map keyed by it finds it by the value.
    fn borrow(&self) -> &T {
        &self.0
    }
}

impl<T> AsRef<T> for Shared<T> {
    fn as_ref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Shared::new(value)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_made_on_a_copy_only_while_the_value_is_shared() {
        let mut first = Shared::new(vec![1, 2]);
        let mut second = first.clone();
        assert!(Arc::ptr_eq(&first.0, &second.0), "a clone shares the value");
        second.push(3);
        assert_eq!(
            *first,
            vec![1, 2],
            "the other sharer does not see the change"
        );
        assert_eq!(*second, vec![1, 2, 3]);
        assert!(!Arc::ptr_eq(&first.0, &second.0));
        // Alone, a change happens in place.
        let before = Arc::as_ptr(&first.0);
        first.push(9);
        assert_eq!(Arc::as_ptr(&first.0), before);
        assert_eq!(first.into_inner(), vec![1, 2, 9]);
    }

    #[test]
    fn compares_and_saves_as_the_value() {
        let shared = Shared::new(String::from("Showroom"));
        assert_eq!(shared, Shared::new(String::from("Showroom")));
        assert_eq!(format!("{shared:?}"), "\"Showroom\"");
        let text = ron::to_string(&shared).unwrap();
        assert_eq!(text, ron::to_string("Showroom").unwrap());
        assert_eq!(ron::from_str::<Shared<String>>(&text).unwrap(), shared);
    }
}
