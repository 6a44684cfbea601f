//! The pictures the screen shows, decoded on a worker thread at a few fixed widths (powers of
//! two, at most twice the width drawn, smoothed down by mipmaps), never at full size on the
//! screen's account. What is in view is kept; what went out of view is kept only within a
//! memory budget, least recently used first out. A picture that cannot be read is reported once
//! and keeps its placeholder.

use super::{PictureTextures, texture_image};
use crate::file::pictures::{decode, resolve};
use crate::i18n::Message;
use ahash::{HashMap, HashSet};
use egui::TextureId;
use egui::epaint::textures::{TextureFilter, TextureManager, TextureOptions};
use egui::epaint::{ColorImage, TextureHandle};
use egui::mutex::RwLock;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};

/// Textures out of view are let go beyond this many bytes (in view ones are always kept).
const OUT_OF_VIEW_BUDGET: usize = 96 * 1024 * 1024;
/// The narrowest texture made: smaller pictures are drawn from it.
const SMALLEST_WIDTH: u32 = 32;

/// A picture at one texture width.
type Key = (Arc<str>, u32);

/// Called by the worker when a picture is ready, so the window paints again.
pub type Repaint = Arc<dyn Fn() + Send + Sync>;

/// The screen's pictures: see the module documentation.
pub struct PictureCache {
    /// The assets folder pictures are read from.
    folder: Option<PathBuf>,
    /// Textures made, with the frame they were last drawn in.
    ready: HashMap<Key, (TextureHandle, u64)>,
    /// Pictures being decoded, with the flag that cancels them.
    loading: HashMap<Key, Arc<AtomicBool>>,
    /// Pictures that cannot be shown, by name.
    failed: HashSet<Arc<str>>,
    /// The keys asked for in this frame.
    wanted: HashSet<Key>,
    frame: u64,
    worker: Option<Worker>,
    repaint: Repaint,
    /// Bytes of textures out of view kept ([`OUT_OF_VIEW_BUDGET`]; tests make it smaller).
    budget: usize,
}

/// The decoding thread and what connects it to the cache.
struct Worker {
    jobs: Arc<Jobs>,
    done: Receiver<Done>,
}

/// Work waiting for the worker, newest last (taken first: what came into view last is what
/// the user looks at), and whether the cache is gone.
#[derive(Default)]
struct Jobs {
    queue: Mutex<(Vec<Job>, bool)>,
    added: Condvar,
}

struct Job {
    key: Key,
    folder: PathBuf,
    pixels: [u32; 2],
    wanted: Arc<AtomicBool>,
}

/// A decoded picture, or why it cannot be shown.
struct Done {
    key: Key,
    folder: PathBuf,
    image: Result<ColorImage, Message>,
}

impl PictureCache {
    /// An empty cache; `repaint` is called from the worker when a picture is ready.
    pub fn new(repaint: Repaint) -> Self {
        PictureCache {
            folder: None,
            ready: HashMap::default(),
            loading: HashMap::default(),
            failed: HashSet::default(),
            wanted: HashSet::default(),
            frame: 0,
            worker: None,
            repaint,
            budget: OUT_OF_VIEW_BUDGET,
        }
    }

    /// Starts a frame showing the pictures of `folder`: uploads what the worker decoded into
    /// `textures` and returns why pictures newly failed. Another folder empties the cache.
    pub fn begin_frame(
        &mut self,
        folder: Option<PathBuf>,
        textures: &Arc<RwLock<TextureManager>>,
    ) -> Vec<Message> {
        if folder != self.folder {
            self.cancel_all();
            self.ready.clear();
            self.failed.clear();
            self.folder = folder;
        }
        self.frame += 1;
        self.wanted.clear();
        let mut problems = Vec::new();
        let Some(worker) = &self.worker else {
            return problems;
        };
        while let Ok(done) = worker.done.try_recv() {
            if Some(&done.folder) != self.folder.as_ref()
                || self.loading.remove(&done.key).is_none()
            {
                continue;
            }
            match done.image {
                Ok(image) => {
                    let options =
                        TextureOptions::LINEAR.with_mipmap_mode(Some(TextureFilter::Linear));
                    let id = textures.write().alloc(
                        format!("picture {}", done.key.0),
                        image.into(),
                        options,
                    );
                    let handle = TextureHandle::new(textures.clone(), id);
                    self.ready.insert(done.key, (handle, self.frame));
                }
                Err(problem) => {
                    if self.failed.insert(done.key.0) {
                        problems.push(problem);
                    }
                }
            }
        }
        problems
    }

    /// Ends a frame: cancels the decoding of pictures no longer in view and lets go of
    /// textures out of view beyond the budget.
    pub fn end_frame(&mut self) {
        let wanted = &self.wanted;
        self.loading.retain(|key, flag| {
            let keep = wanted.contains(key);
            if !keep {
                flag.store(false, Ordering::Relaxed);
            }
            keep
        });
        let mut out_of_view: Vec<(u64, Key, usize)> = self
            .ready
            .iter()
            .filter(|(key, _)| !wanted.contains(*key))
            .map(|(key, (handle, used))| {
                let [w, h] = handle.size();
                (*used, key.clone(), w * h * 4)
            })
            .collect();
        out_of_view.sort_by_key(|(used, ..)| std::cmp::Reverse(*used));
        let mut kept = 0;
        for (_, key, bytes) in out_of_view {
            kept += bytes;
            if kept > self.budget {
                // Dropping the handle frees the texture.
                self.ready.remove(&key);
            }
        }
    }

    /// How many textures are kept, and their bytes.
    pub fn memory(&self) -> (usize, usize) {
        let bytes = self
            .ready
            .values()
            .map(|(h, _)| h.size()[0] * h.size()[1] * 4);
        (self.ready.len(), bytes.sum())
    }

    fn cancel_all(&mut self) {
        for flag in self.loading.values() {
            flag.store(false, Ordering::Relaxed);
        }
        self.loading.clear();
    }

    fn queue(&mut self, key: Key, pixels: [u32; 2]) {
        let Some(folder) = self.folder.clone() else {
            return;
        };
        let repaint = self.repaint.clone();
        let worker = self.worker.get_or_insert_with(|| Worker::start(repaint));
        let wanted = Arc::new(AtomicBool::new(true));
        self.loading.insert(key.clone(), wanted.clone());
        worker.add(Job {
            key,
            folder,
            pixels,
            wanted,
        });
    }
}

/// The texture width a picture drawn `width` pixels wide is decoded at: the next power of two
/// (at least [`SMALLEST_WIDTH`]), but never wider than the picture itself.
fn texture_width(width: u32, picture_width: u32) -> u32 {
    width
        .max(SMALLEST_WIDTH)
        .next_power_of_two()
        .min(picture_width.max(1))
}

impl PictureTextures for PictureCache {
    fn texture(&mut self, name: &str, size: [u32; 2], pixels: [u32; 2]) -> Option<TextureId> {
        let name: Arc<str> = name.into();
        if self.failed.contains(&name) {
            return None;
        }
        // The drawn size's proportions are the picture's own: the width picks the texture.
        let [width, height] = pixels;
        let texture = texture_width(width, size[0]);
        let key = (name.clone(), texture);
        self.wanted.insert(key.clone());
        if let Some((handle, used)) = self.ready.get_mut(&key) {
            *used = self.frame;
            return Some(handle.id());
        }
        if !self.loading.contains_key(&key) {
            let texture_height = (height as f32 * texture as f32 / width.max(1) as f32).round();
            self.queue(key, [texture, (texture_height as u32).max(1)]);
        }
        // Meanwhile, the same picture at another width, if there is one.
        let stand_in = self
            .ready
            .iter_mut()
            .filter(|((other, _), _)| *other == name)
            .max_by_key(|((_, other_width), _)| *other_width)?;
        stand_in.1.1 = self.frame;
        self.wanted.insert(stand_in.0.clone());
        Some(stand_in.1.0.id())
    }
}

impl Worker {
    fn start(repaint: Repaint) -> Worker {
        let jobs = Arc::new(Jobs::default());
        let (send_done, done) = channel();
        let thread_jobs = jobs.clone();
        let spawned = std::thread::Builder::new()
            .name("picture decoding".into())
            .spawn(move || work(&thread_jobs, &send_done, &repaint));
        // Without a thread (the system refused one), pictures keep their placeholders.
        drop(spawned);
        Worker { jobs, done }
    }

    fn add(&self, job: Job) {
        if let Ok(mut queue) = self.jobs.queue.lock() {
            queue.0.push(job);
            self.jobs.added.notify_one();
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        if let Ok(mut queue) = self.jobs.queue.lock() {
            queue.1 = true;
            queue.0.clear();
        }
        self.jobs.added.notify_all();
    }
}

/// The worker's loop: takes the newest job still wanted, decodes it, sends it back.
fn work(jobs: &Jobs, done: &Sender<Done>, repaint: &Repaint) {
    loop {
        let job = {
            let Ok(mut queue) = jobs.queue.lock() else {
                return;
            };
            loop {
                if queue.1 {
                    return;
                }
                queue.0.retain(|job| job.wanted.load(Ordering::Relaxed));
                if let Some(job) = queue.0.pop() {
                    break job;
                }
                queue = match jobs.added.wait(queue) {
                    Ok(queue) => queue,
                    Err(_) => return,
                };
            }
        };
        let image = resolve(&job.folder, &job.key.0)
            .and_then(|path| decode(&path))
            .map(|image| texture_image(&image, job.pixels, false))
            .map_err(|error| Message::new("check-picture").part("problem", error.message()));
        let sent = done.send(Done {
            key: job.key,
            folder: job.folder,
            image,
        });
        if sent.is_err() {
            return;
        }
        repaint();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::file::pictures::store;
    use image::{ImageFormat, Rgba, RgbaImage};
    use std::io::Cursor;

    fn stored_png(assets: &std::path::Path, width: u32, height: u32, shade: u8) -> String {
        let image = RgbaImage::from_pixel(width, height, Rgba([shade, 100, 50, 255]));
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), ImageFormat::Png)
            .unwrap();
        store(assets, &bytes).unwrap().name
    }

    /// Frames until `ask` has an answer for every picture (at most ten seconds).
    fn frames_until_ready(
        cache: &mut PictureCache,
        folder: &std::path::Path,
        textures: &Arc<RwLock<TextureManager>>,
        mut ask: impl FnMut(&mut PictureCache) -> bool,
    ) -> Vec<Message> {
        let mut problems = Vec::new();
        for _ in 0..1000 {
            problems.extend(cache.begin_frame(Some(folder.to_owned()), textures));
            let done = ask(cache);
            cache.end_frame();
            if done {
                return problems;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!("pictures not ready after ten seconds");
    }

    #[test]
    fn pictures_are_decoded_at_a_power_of_two_width_and_missing_ones_reported_once() {
        let folder = tempfile::tempdir().unwrap();
        let assets = folder.path().join("assets");
        let big = stored_png(&assets, 1000, 500, 10);
        let small = stored_png(&assets, 40, 40, 20);
        let missing = format!("{}.png", "b".repeat(64));
        let textures = Arc::new(RwLock::new(TextureManager::default()));
        let mut cache = PictureCache::new(Arc::new(|| {}));
        let mut answers = Vec::new();
        let problems = frames_until_ready(&mut cache, &assets, &textures, |cache| {
            answers = vec![
                cache.texture(&big, [1000, 500], [200, 100]),
                cache.texture(&small, [40, 40], [200, 200]),
            ];
            // The missing one never answers; it is asked for every frame like the others.
            assert_eq!(cache.texture(&missing, [10, 10], [200, 200]), None);
            answers.iter().all(Option::is_some)
        });
        let sizes: Vec<[usize; 2]> = answers
            .iter()
            .map(|id| textures.read().meta(id.unwrap()).unwrap().size)
            .collect();
        // 200 pixels wide: a texture 256 wide, but never wider than the picture.
        assert_eq!(sizes, [[256, 128], [40, 40]]);
        // Reported once, however many frames asked.
        let problems = frames_until_ready(&mut cache, &assets, &textures, |_| true)
            .into_iter()
            .chain(problems)
            .collect::<Vec<_>>();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].to_string().contains(&missing));
    }

    #[test]
    fn pictures_out_of_view_are_let_go_beyond_the_budget() {
        let folder = tempfile::tempdir().unwrap();
        let assets = folder.path().join("assets");
        let names: Vec<String> = (0..4).map(|i| stored_png(&assets, 256, 256, i)).collect();
        let textures = Arc::new(RwLock::new(TextureManager::default()));
        let mut cache = PictureCache::new(Arc::new(|| {}));
        // Room for one 256 × 256 texture out of view.
        cache.budget = 256 * 256 * 4;
        for name in &names {
            frames_until_ready(&mut cache, &assets, &textures, |cache| {
                cache.texture(name, [256, 256], [256, 256]).is_some()
            });
        }
        // In view: the last; kept out of view: the one before it; the first two let go.
        assert_eq!(cache.memory(), (2, 2 * 256 * 256 * 4));
        assert_eq!(
            textures.read().num_allocated(),
            2,
            "dropped textures are freed"
        );
        // Going back to the first one decodes it again.
        frames_until_ready(&mut cache, &assets, &textures, |cache| {
            cache.texture(&names[0], [256, 256], [256, 256]).is_some()
        });
        assert_eq!(cache.memory().0, 2);
    }
}
