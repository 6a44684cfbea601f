//! Atomic writes that keep what a file is.
//!
//! A file is replaced by writing a temporary file beside it, syncing it and renaming it over the
//! old one, so a reader (or a crash) sees the old file or the new one, never half of one. What the
//! old file was stays as it was:
//! - a symbolic link stays a link: the file it points to is written, and the temporary file goes
//!   beside that file (a rename never crosses folders);
//! - the new file keeps the permission bits of the file it replaces, and its owner and group where
//!   the process may set them (a map made private stays private);
//! - temporary files a killed save left behind (`.NAME.PID.tmp` of a process that no longer runs)
//!   are removed at the next write of the same file.

use super::explained;
use crate::i18n::Message;
use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Links followed before giving up (Linux's own limit), so a loop of links cannot hang a save.
const MAX_LINKS: usize = 40;

/// The permissions a written file gets.
#[derive(Clone, Debug)]
pub enum Access {
    /// Those of the file it replaces; the system's default (umask) for a new file.
    Keep,
    /// Readable and writable by the owner only (0600 on Unix): recovery copies.
    Private,
    /// Those of another file: a map's backup gets the map's.
    Like(fs::Metadata),
}

/// Writes `bytes` to `path` atomically, following symbolic links and keeping the replaced file's
/// permissions, owner and group (see the module documentation).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let target = resolve_links(path)?;
    write_in_place_of(&target, bytes, &Access::Keep)
}

/// Where a write to `path` really goes: the file at the end of its chain of symbolic links, or
/// `path` itself when it is not a link. A link that points nowhere or to a folder, and a folder,
/// are refused with a message that says so; nothing is created.
pub fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        let meta = match fs::symlink_metadata(&current) {
            Ok(meta) => meta,
            Err(error) if error.kind() == io::ErrorKind::NotFound && current != path => {
                return Err(explained(
                    io::ErrorKind::NotFound,
                    Message::new("io-link-to-nothing")
                        .text("target", current.display().to_string()),
                ));
            }
            Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(error) => return Err(error),
        };
        if meta.file_type().is_symlink() {
            let link = fs::read_link(&current)?;
            // A relative link is relative to the folder holding the link; `join` keeps an
            // absolute one as it is.
            current = match current.parent() {
                Some(folder) => folder.join(link),
                None => link,
            };
        } else if meta.is_dir() {
            let message = if current == path {
                Message::new("io-folder")
            } else {
                Message::new("io-link-to-folder").text("target", current.display().to_string())
            };
            return Err(explained(io::ErrorKind::InvalidInput, message));
        } else {
            return Ok(current);
        }
    }
    Err(explained(
        io::ErrorKind::InvalidInput,
        Message::new("io-link-loop").count("limit", MAX_LINKS),
    ))
}

/// Writes `bytes` to `target` atomically without following a link at `target`: a link there is
/// replaced, never written through. `target` is normally already resolved by [`resolve_links`].
pub fn write_in_place_of(target: &Path, bytes: &[u8], access: &Access) -> io::Result<()> {
    let replaced = match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_file() => Some(meta),
        _ => None,
    };
    let wanted = match access {
        Access::Keep => replaced,
        Access::Private => None,
        Access::Like(meta) => Some(meta.clone()),
    };
    remove_stale_temps(target);
    let temp = temp_path(target);
    let result =
        write_temp(&temp, bytes, access, wanted.as_ref()).and_then(|()| fs::rename(&temp, target));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    } else {
        sync_parent(target);
    }
    result
}

/// `.NAME.PID.tmp` beside `target`: hidden, and named for the process that writes it.
fn temp_path(target: &Path) -> PathBuf {
    target.with_file_name(temp_name(target, std::process::id()))
}

fn temp_name(target: &Path, pid: u32) -> OsString {
    let mut name = OsString::from(".");
    name.push(target.file_name().unwrap_or_default());
    name.push(format!(".{pid}.tmp"));
    name
}

/// Creates the temporary file (never through a link or over another file), writes and syncs it
/// and gives it the permissions it will keep.
fn write_temp(
    temp: &Path,
    bytes: &[u8],
    access: &Access,
    like: Option<&fs::Metadata>,
) -> io::Result<()> {
    // A file of this process's name can only be left from an earlier process with the same id.
    let _ = fs::remove_file(temp);
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Private until its permissions are set, so a private map is never readable by others
        // for a moment; a new file gets the system's default through the umask.
        let private = like.is_some() || matches!(access, Access::Private);
        options.mode(if private { 0o600 } else { 0o666 });
    }
    #[cfg(not(unix))]
    let _ = access;
    let mut file = options.open(temp).map_err(|e| temp_error(temp, e))?;
    if let Some(like) = like {
        copy_attributes(&file, like)?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

/// Gives `file` the permissions of `like`, and its owner and group where the process may.
fn copy_attributes(file: &File, like: &fs::Metadata) -> io::Result<()> {
    file.set_permissions(like.permissions())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mine = file.metadata()?;
        if (mine.uid(), mine.gid()) != (like.uid(), like.gid())
            && std::os::unix::fs::fchown(file, Some(like.uid()), Some(like.gid())).is_err()
        {
            // Only root may give a file away; a user may still set a group they belong to.
            let _ = std::os::unix::fs::fchown(file, None, Some(like.gid()));
        }
    }
    Ok(())
}

/// Says why the temporary file could not be made, and what to do, instead of a bare system error.
fn temp_error(temp: &Path, error: io::Error) -> io::Error {
    let folder = temp
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    explained(
        error.kind(),
        Message::new("io-no-temporary-file")
            .text("folder", folder.display().to_string())
            .part("reason", super::system_reason(&error)),
    )
}

/// Removes the temporary files of `target` left by writers that no longer run.
fn remove_stale_temps(target: &Path) {
    let Some(name) = target.file_name() else {
        return;
    };
    let folder = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|n| n.strip_prefix(&prefix))
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        // Only a name this function would have made: not a file that merely looks like one.
        if file_name == temp_name(target, pid) && !process_runs(pid) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether a process with this id runs now. Where that cannot be told, it is assumed to run, so
/// nothing a live writer uses is removed.
fn process_runs(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // Signal 0 checks only whether the process exists; EPERM means it does, but is not ours.
        // SAFETY: kill with signal 0 sends nothing and touches no memory.
        let status = unsafe { libc::kill(pid, 0) };
        status == 0 || io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Makes the rename durable. Not every platform can open a directory; that is not an error.
fn sync_parent(path: &Path) {
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if let Ok(dir) = File::open(parent) {
        let _ = dir.sync_all();
    }
}
