// A build script reports failure by panicking; that is its only way to stop the build.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]
//! Compiles the shipped content (../../content) and the messages (i18n/<lang>/*.ftl) into
//! the binary, so one file is the whole installation: the list of files and their text, as
//! `include_str!` lines. A message file added to a language folder is picked up by itself.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, extensions, out);
        } else if path.extension().and_then(|e| e.to_str()).is_some_and(|e| extensions.contains(&e)) {
            out.push(path);
        }
    }
}

/// `pub static FILES: &[(&str, &str)]`: (path under `root`, text) of every file, sorted.
fn file_list(root: &Path, extensions: &[&str], doc: &str) -> String {
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = vec![];
    walk(root, extensions, &mut files);
    files.sort();
    let mut code = format!("/// {doc}\npub static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let rel = f.strip_prefix(root).unwrap_or(f).to_string_lossy().replace('\\', "/");
        if rel == "README.md" {
            continue;
        }
        code.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", f.canonicalize().unwrap_or(f.clone())));
    }
    code.push_str("];\n");
    code
}

fn write(name: &str, code: String) {
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join(name);
    std::fs::write(out, code).unwrap_or_else(|e| panic!("cannot write {name}: {e}"));
}

fn main() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = manifest.join("../../content");
    write(
        "content_files.rs",
        file_list(&content, &["md", "toml", "json"], "(path under content/, text) of every shipped content file."),
    );
    let i18n = manifest.join("i18n");
    write("i18n_files.rs", file_list(&i18n, &["ftl"], "(<lang>/<area>.ftl, text) of every message file."));
}
