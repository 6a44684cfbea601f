//! Pictures stored beside a map: one `assets/` folder next to the real map file (links
//! resolved), shared by the maps in that folder, each picture named by a hash of its bytes
//! (`HASH.EXT`), so the same picture is stored once and a map renamed or copied within its
//! folder keeps its pictures.
//!
//! A map names its pictures; a map from a stranger must never make journeymap read anything
//! else. So a name is only ever a stored picture's name (64 hex digits, a dot and one of four
//! extensions: no separators, no `..`, nothing absolute), and a picture that is a link leading
//! out of the assets folder is refused. Decoding is bounded: the file's size, and the pixel
//! count read from the header before any pixel is decoded (so a decompression bomb is refused
//! before it allocates).

pub mod inventory;

use crate::i18n::Message;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbaImage};
use sha2::{Digest, Sha256};
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The folder beside a map that holds its pictures.
pub const ASSETS_DIR: &str = "assets";

/// Largest picture file read, in bytes.
pub const MAX_PICTURE_BYTES: u64 = 50 * 1024 * 1024;

/// Most pixels a picture may have (after which it is refused, not decoded).
pub const MAX_PICTURE_PIXELS: u64 = 64_000_000;

/// Why a picture cannot be stored or shown.
#[derive(Debug)]
pub enum PictureError {
    /// The map names something that is not a stored picture's name.
    BadName(String),
    /// The picture is a link that leads out of the assets folder.
    Outside(PathBuf),
    /// A path in an imported file that leads out of its folder (absolute, `..`, a link).
    OutsideFolder(PathBuf),
    /// No such picture in the assets folder.
    Missing(PathBuf),
    /// Over [`MAX_PICTURE_BYTES`].
    TooBig(PathBuf),
    /// Over [`MAX_PICTURE_PIXELS`].
    TooManyPixels {
        /// The picture.
        path: PathBuf,
        /// Its width, as its header says.
        width: u32,
        /// Its height, as its header says.
        height: u32,
    },
    /// Not a PNG, JPEG, WebP or GIF picture, or a damaged one.
    Unreadable(PathBuf, String),
    /// The file could not be read or written.
    Io(PathBuf, std::io::Error),
}

impl PictureError {
    /// The problem in the reader's language.
    pub fn message(&self) -> Message {
        let path = |id, path: &Path| Message::new(id).text("path", path.display().to_string());
        match self {
            PictureError::BadName(name) => Message::new("picture-bad-name").text("name", name),
            PictureError::Outside(p) => path("picture-outside", p),
            PictureError::OutsideFolder(p) => path("picture-outside-folder", p),
            PictureError::Missing(p) => path("picture-missing", p),
            PictureError::TooBig(p) => path("picture-too-big", p),
            PictureError::TooManyPixels {
                path: p,
                width,
                height,
            } => path("picture-too-many-pixels", p)
                .text("width", width.to_string())
                .text("height", height.to_string()),
            PictureError::Unreadable(p, reason) => {
                path("picture-unreadable", p).text("reason", reason)
            }
            PictureError::Io(p, error) => {
                path("picture-io", p).part("reason", super::system_reason(error))
            }
        }
    }
}

impl std::fmt::Display for PictureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for PictureError {}

/// A picture's kind, as its stored name ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PictureFormat {
    /// PNG.
    Png,
    /// JPEG (photos).
    Jpeg,
    /// WebP.
    WebP,
    /// GIF (the first frame is shown).
    Gif,
}

impl PictureFormat {
    /// The extension of a stored picture of this kind.
    pub fn extension(self) -> &'static str {
        match self {
            PictureFormat::Png => "png",
            PictureFormat::Jpeg => "jpg",
            PictureFormat::WebP => "webp",
            PictureFormat::Gif => "gif",
        }
    }

    fn from_extension(extension: &str) -> Option<Self> {
        [Self::Png, Self::Jpeg, Self::WebP, Self::Gif]
            .into_iter()
            .find(|f| f.extension() == extension)
    }

    fn of(format: ImageFormat) -> Option<Self> {
        match format {
            ImageFormat::Png => Some(PictureFormat::Png),
            ImageFormat::Jpeg => Some(PictureFormat::Jpeg),
            ImageFormat::WebP => Some(PictureFormat::WebP),
            ImageFormat::Gif => Some(PictureFormat::Gif),
            _ => None,
        }
    }

    fn image_format(self) -> ImageFormat {
        match self {
            PictureFormat::Png => ImageFormat::Png,
            PictureFormat::Jpeg => ImageFormat::Jpeg,
            PictureFormat::WebP => ImageFormat::WebP,
            PictureFormat::Gif => ImageFormat::Gif,
        }
    }
}

/// A picture stored in an assets folder: its name and its size upright, in pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    /// `HASH.EXT`, as a map names it.
    pub name: String,
    /// Width and height after the photo's orientation is applied.
    pub size: [u32; 2],
}

/// The assets folder of the map at `map`: beside the file the path leads to, links resolved
/// (a map opened through a link keeps its pictures beside the real file).
pub fn assets_dir(map: &Path) -> PathBuf {
    let real = std::fs::canonicalize(map).unwrap_or_else(|_| map.to_path_buf());
    real.parent().unwrap_or(Path::new(".")).join(ASSETS_DIR)
}

/// Whether `name` is a stored picture's name, and of which kind.
pub fn stored_format(name: &str) -> Option<PictureFormat> {
    let (hash, extension) = name.split_once('.')?;
    let hex = hash.len() == 64 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    hex.then(|| PictureFormat::from_extension(extension))?
}

/// Where the picture `name` is in `assets`, if it is a stored picture's name, is there, and is
/// not a link leading out of the folder.
pub fn resolve(assets: &Path, name: &str) -> Result<PathBuf, PictureError> {
    if stored_format(name).is_none() {
        return Err(PictureError::BadName(name.to_owned()));
    }
    let path = assets.join(name);
    let outside = PictureError::Outside(path.clone());
    real_file_inside(assets, path, outside)
}

/// The file `written` names relative to `folder`, if it stays inside it: an absolute path, a
/// `..`, or a link leading out of the folder is refused (a table from someone else must not
/// make journeymap read any other file on the disk).
pub fn inside(folder: &Path, written: &str) -> Result<PathBuf, PictureError> {
    let relative = Path::new(written);
    let plain = relative.components().all(|part| {
        matches!(
            part,
            std::path::Component::Normal(_) | std::path::Component::CurDir
        )
    });
    let outside = PictureError::OutsideFolder(PathBuf::from(written));
    if !plain || relative.as_os_str().is_empty() {
        return Err(outside);
    }
    real_file_inside(folder, folder.join(relative), outside)
}

/// `path` with its links resolved, if it is a file inside `folder` (its links resolved too);
/// `outside` when it leads out of the folder or is not a file.
fn real_file_inside(
    folder: &Path,
    path: PathBuf,
    outside: PictureError,
) -> Result<PathBuf, PictureError> {
    let real = match std::fs::canonicalize(&path) {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(PictureError::Missing(path));
        }
        Err(e) => return Err(PictureError::Io(path, e)),
    };
    let folder = std::fs::canonicalize(folder).map_err(|e| PictureError::Io(path, e))?;
    if !real.starts_with(&folder) || !real.is_file() {
        return Err(outside);
    }
    Ok(real)
}

/// Stores the picture `bytes` in `assets` (made if missing) under the hash of its bytes, once:
/// the same picture stored again is the same file. Refuses what [`measure`] refuses.
pub fn store(assets: &Path, bytes: &[u8]) -> Result<Stored, PictureError> {
    store_shown(assets, bytes, &assets.join("(new picture)"))
}

/// Stores the picture in the file at `source` in `assets` like [`store`], reading at most
/// [`MAX_PICTURE_BYTES`]; errors name `source`.
pub fn store_file(assets: &Path, source: &Path) -> Result<Stored, PictureError> {
    store_shown(assets, &read_bounded(source)?, source)
}

/// PNG bytes of a `width` × `height` picture from straight RGBA bytes (a pasted image).
pub fn png_bytes(width: u32, height: u32, rgba: Vec<u8>) -> Result<Vec<u8>, PictureError> {
    let shown = Path::new("(pasted picture)");
    let unreadable = |reason: &str| PictureError::Unreadable(shown.to_owned(), reason.to_owned());
    let image = RgbaImage::from_raw(width, height, rgba)
        .ok_or_else(|| unreadable("the size does not match the pixels"))?;
    check_pixels(shown, width, height)?;
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .map_err(|e| unreadable(&e.to_string()))?;
    Ok(bytes)
}

fn store_shown(assets: &Path, bytes: &[u8], shown: &Path) -> Result<Stored, PictureError> {
    let (format, size) = measure(shown, bytes)?;
    let name = stored_name(bytes, format);
    let path = assets.join(&name);
    if !path.is_file() {
        std::fs::create_dir_all(assets).map_err(|e| PictureError::Io(assets.to_owned(), e))?;
        super::write_atomic(&path, bytes).map_err(|e| PictureError::Io(path.clone(), e))?;
    }
    Ok(Stored { name, size })
}

/// The name `bytes` are stored under: the SHA-256 of the bytes and the format's ending.
fn stored_name(bytes: &[u8], format: PictureFormat) -> String {
    let hash: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{hash}.{}", format.extension())
}

/// Copies the stored pictures `names` from the assets folder `from` into `to` (made if
/// missing), for a map saved elsewhere or cards pasted into another map. Skipped: names
/// already in `to` (or the same folder), and pictures `from` cannot give ([`resolve`] refuses
/// them, or their bytes are not what their name says): the map shows those as it did before.
/// Returns how many were copied; fails only when writing fails.
pub fn copy_pictures<'a>(
    from: &Path,
    to: &Path,
    names: impl IntoIterator<Item = &'a str>,
) -> Result<usize, PictureError> {
    let same = |a: &Path, b: &Path| match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same(from, to) {
        return Ok(0);
    }
    let mut copied = 0;
    for name in names {
        if to.join(name).is_file() {
            continue;
        }
        let Ok(source) = resolve(from, name) else {
            continue;
        };
        let Ok(bytes) = read_bounded(&source) else {
            continue;
        };
        let Ok((format, _)) = measure(&source, &bytes) else {
            continue;
        };
        if stored_name(&bytes, format) != name {
            continue;
        }
        std::fs::create_dir_all(to).map_err(|e| PictureError::Io(to.to_owned(), e))?;
        let target = to.join(name);
        super::write_atomic(&target, &bytes).map_err(|e| PictureError::Io(target.clone(), e))?;
        copied += 1;
    }
    Ok(copied)
}

/// The bytes of the file at `path`, refused beyond [`MAX_PICTURE_BYTES`] before reading.
fn read_bounded(path: &Path) -> Result<Vec<u8>, PictureError> {
    let io = |e| PictureError::Io(path.to_owned(), e);
    if std::fs::metadata(path).map_err(io)?.len() > MAX_PICTURE_BYTES {
        return Err(PictureError::TooBig(path.to_owned()));
    }
    std::fs::read(path).map_err(|e| PictureError::Io(path.to_owned(), e))
}

/// The kind of picture `bytes` are and their size upright, read from the header only;
/// `shown` names the picture in errors.
pub fn measure(shown: &Path, bytes: &[u8]) -> Result<(PictureFormat, [u32; 2]), PictureError> {
    if bytes.len() as u64 > MAX_PICTURE_BYTES {
        return Err(PictureError::TooBig(shown.to_owned()));
    }
    let unreadable =
        |e: &dyn std::fmt::Display| PictureError::Unreadable(shown.to_owned(), e.to_string());
    let guessed = image::guess_format(bytes).map_err(|e| unreadable(&e))?;
    let format =
        PictureFormat::of(guessed).ok_or_else(|| unreadable(&"not PNG, JPEG, WebP or GIF"))?;
    let mut decoder = decoder(bytes, format).map_err(|e| unreadable(&e))?;
    let (width, height) = decoder.dimensions();
    check_pixels(shown, width, height)?;
    let orientation = decoder.orientation().map_err(|e| unreadable(&e))?;
    let turned = matches!(
        orientation,
        image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH
    );
    Ok((
        format,
        if turned {
            [height, width]
        } else {
            [width, height]
        },
    ))
}

/// The kind and upright size of the picture at `path` (a stored picture, see [`resolve`]),
/// read from its header.
pub fn measure_file(path: &Path) -> Result<(PictureFormat, [u32; 2]), PictureError> {
    measure(path, &read_bounded(path)?)
}

/// The picture at `path` (a stored picture, see [`resolve`]) decoded upright, within the limits.
pub fn decode(path: &Path) -> Result<RgbaImage, PictureError> {
    decode_bytes(path, &read_bounded(path)?)
}

/// `bytes` decoded upright, within the limits; `shown` names the picture in errors.
pub fn decode_bytes(shown: &Path, bytes: &[u8]) -> Result<RgbaImage, PictureError> {
    let (format, _) = measure(shown, bytes)?;
    let unreadable =
        |e: image::ImageError| PictureError::Unreadable(shown.to_owned(), e.to_string());
    let mut decoder = decoder(bytes, format).map_err(unreadable)?;
    let orientation = decoder.orientation().map_err(unreadable)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    image.apply_orientation(orientation);
    Ok(image.into_rgba8())
}

fn check_pixels(shown: &Path, width: u32, height: u32) -> Result<(), PictureError> {
    if u64::from(width) * u64::from(height) > MAX_PICTURE_PIXELS || width == 0 || height == 0 {
        return Err(PictureError::TooManyPixels {
            path: shown.to_owned(),
            width,
            height,
        });
    }
    Ok(())
}

/// A decoder for `bytes` of `format`, allocating at most what a picture within the limits
/// needs (decoders that honour it stop a lying header early).
fn decoder(bytes: &[u8], format: PictureFormat) -> image::ImageResult<impl ImageDecoder + '_> {
    let mut limits = Limits::default();
    limits.max_alloc = Some(MAX_PICTURE_PIXELS * 4 + 64 * 1024 * 1024);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format.image_format());
    reader.limits(limits);
    reader.into_decoder()
}

#[cfg(test)]
mod tests;
