//! Files read whole, kept in memory with the revision they were read at. Every change to a
//! file moves `trajecten.rev` on in its own transaction (triggers, migration 0014), so one
//! lookup of the revision tells whether a kept copy is still the file, whichever server or
//! tool made the change. A file page then costs that lookup instead of some twenty queries.

use samenspoor_domain::{GesprekId, TrajectId};
use samenspoor_store::{FileRecord, GesprekRecord};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Files kept at most: the ones being worked on, not every file of a large region.
const KEPT: usize = 512;

/// What is kept of one file, all of the same revision.
#[derive(Default)]
struct Kept {
    rev: i64,
    file: Option<Arc<FileRecord>>,
    gesprekken: HashMap<GesprekId, Arc<GesprekRecord>>,
}

#[derive(Default)]
pub struct FileCache {
    files: Mutex<HashMap<TrajectId, Kept>>,
}

impl FileCache {
    /// The file as it was at `rev`, if kept: shared, never copied.
    pub fn file(&self, id: TrajectId, rev: i64) -> Option<Arc<FileRecord>> {
        self.at(id, rev, |k| k.file.clone())
    }

    /// Gesprek `g` of file `id` as it was at `rev`, if kept.
    pub fn gesprek(&self, id: TrajectId, rev: i64, g: GesprekId) -> Option<GesprekRecord> {
        self.at(id, rev, |k| k.gesprekken.get(&g).cloned()).map(|record| GesprekRecord::clone(&record))
    }

    pub fn keep_file(&self, rev: i64, file: &Arc<FileRecord>) {
        self.keep(file.traject.id, rev, |k| k.file = Some(file.clone()));
    }

    pub fn keep_gesprek(&self, id: TrajectId, rev: i64, record: &GesprekRecord) {
        self.keep(id, rev, |k| {
            k.gesprekken.insert(record.gesprek.id, Arc::new(record.clone()));
        });
    }

    pub fn forget(&self, id: TrajectId) {
        self.lock().remove(&id);
    }

    fn at<T>(&self, id: TrajectId, rev: i64, part: impl FnOnce(&Kept) -> Option<T>) -> Option<T> {
        self.lock().get(&id).filter(|k| k.rev == rev).and_then(part)
    }

    fn keep(&self, id: TrajectId, rev: i64, add: impl FnOnce(&mut Kept)) {
        let mut files = self.lock();
        if files.len() >= KEPT && !files.contains_key(&id) {
            // Any one makes room: a file in use is read again at its next view.
            if let Some(out) = files.keys().next().copied() {
                files.remove(&out);
            }
        }
        let kept = files.entry(id).or_default();
        if kept.rev != rev {
            // A reader that saw an older revision does not replace what a newer one kept.
            if kept.rev > rev && (kept.file.is_some() || !kept.gesprekken.is_empty()) {
                return;
            }
            *kept = Kept { rev, ..Kept::default() };
        }
        add(kept);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<TrajectId, Kept>> {
        self.files.lock().unwrap_or_else(|e| e.into_inner())
    }
}
