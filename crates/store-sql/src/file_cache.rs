//! Files read whole, kept in memory with the revision they were read at. Every change to a
//! file moves `trajecten.rev` on in its own transaction (triggers, migration 0014), so one
//! lookup of the revision tells whether a kept copy is still the file, whichever server or
//! tool made the change. A file page then costs that lookup instead of nine queries.

use samenspoor_domain::TrajectId;
use samenspoor_store::FileRecord;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Files kept at most: the ones being worked on, not every file of a large region.
const KEPT: usize = 512;

#[derive(Default)]
pub struct FileCache {
    files: Mutex<HashMap<TrajectId, (i64, Arc<FileRecord>)>>,
}

impl FileCache {
    /// The file as it was at `rev`, if kept.
    pub fn get(&self, id: TrajectId, rev: i64) -> Option<FileRecord> {
        // The copy is made outside the lock; only the pointer is taken under it.
        let kept = {
            let files = self.files.lock().unwrap_or_else(|e| e.into_inner());
            files.get(&id).filter(|(kept, _)| *kept == rev).map(|(_, file)| Arc::clone(file))
        };
        kept.map(|file| FileRecord::clone(&file))
    }

    pub fn keep(&self, rev: i64, file: &FileRecord) {
        let mut files = self.files.lock().unwrap_or_else(|e| e.into_inner());
        if files.len() >= KEPT && !files.contains_key(&file.traject.id) {
            // Any one makes room: a file in use is read again at the next view.
            if let Some(out) = files.keys().next().copied() {
                files.remove(&out);
            }
        }
        files.insert(file.traject.id, (rev, Arc::new(file.clone())));
    }

    pub fn forget(&self, id: TrajectId) {
        self.files.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
    }
}
