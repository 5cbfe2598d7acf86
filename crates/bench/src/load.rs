//! The load generator: a fixed number of connections, each sending requests one after
//! another for a bounded time; latencies of every request are kept for the percentiles.

use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Clone)]
pub enum Request {
    Get(String),
    /// A form post with its fields (the CSRF token included). `{n}` in a value becomes a
    /// number of its own for every request, so each post changes what it saves.
    Post(String, Vec<(String, String)>),
}

#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    pub name: String,
    pub connections: usize,
    pub requests: usize,
    pub errors: usize,
    pub per_second: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// Drives `requests` (taken round-robin) over `connections` for `seconds`.
pub async fn run(
    name: &str,
    client: &reqwest::Client,
    requests: &[Request],
    connections: usize,
    seconds: f64,
    ok: u16,
) -> Outcome {
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let mut tasks = vec![];
    for c in 0..connections {
        let client = client.clone();
        let requests = requests.to_vec();
        tasks.push(tokio::spawn(async move {
            let mut latencies = vec![];
            let mut errors = 0;
            let mut i = c;
            while Instant::now() < deadline {
                let req = &requests[i % requests.len()];
                i += 1;
                let t = Instant::now();
                let res = match req {
                    Request::Get(url) => client.get(url).send().await,
                    Request::Post(url, form) => {
                        let n = format!("{c}-{i}");
                        let form: Vec<(&str, String)> =
                            form.iter().map(|(k, v)| (k.as_str(), v.replace("{n}", &n))).collect();
                        client.post(url).form(&form).send().await
                    }
                };
                match res {
                    Ok(r) if r.status().as_u16() == ok => {
                        let _ = r.bytes().await;
                        latencies.push(t.elapsed().as_secs_f64() * 1000.0);
                    }
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let mut all = vec![];
    let mut errors = 0;
    for t in tasks {
        if let Ok((l, e)) = t.await {
            all.extend(l);
            errors += e;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort_by(f64::total_cmp);
    let pct =
        |p: f64| all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1))).copied().unwrap_or(0.0);
    Outcome {
        name: name.to_owned(),
        connections,
        requests: all.len(),
        errors,
        per_second: all.len() as f64 / elapsed,
        p50_ms: pct(0.50),
        p99_ms: pct(0.99),
    }
}
