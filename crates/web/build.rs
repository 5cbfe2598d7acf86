// A build script reports failure by panicking; that is its only way to stop the build.
#![allow(clippy::panic, clippy::expect_used, clippy::unwrap_used)]
//! Compiles the shipped content (../../content) into the binary, so one file is the whole
//! installation: the list of files and their text, as `include_str!` lines.

use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "toml" | "json")) {
            out.push(path);
        }
    }
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = vec![];
    walk(&root, &mut files);
    files.sort();
    let mut code = String::from(
        "/// (path under content/, text) of every shipped content file.\npub static FILES: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        let rel = f.strip_prefix(&root).unwrap_or(f).to_string_lossy().replace('\\', "/");
        if rel == "README.md" {
            continue;
        }
        code.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", f.canonicalize().unwrap_or(f.clone())));
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("content_files.rs");
    std::fs::write(out, code).unwrap_or_else(|e| panic!("cannot write the content list: {e}"));
}
