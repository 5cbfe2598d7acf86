//! wrk (Debian's package) as the load generator for the public pages and for nginx: our
//! own generator tops out below what nginx can serve on these two cores, so a ratio taken
//! with it measures the generator. wrk's figures stand beside the harness's in the report.

use crate::load::Outcome;
use std::path::Path;
use std::process::Command;

/// Drives `urls` (round-robin, one script per run) with `threads` threads and `connections`
/// connections for `seconds`; None when wrk did not run or its output could not be read.
pub fn run(
    wrk: &Path,
    name: &str,
    urls: &[String],
    threads: usize,
    connections: usize,
    seconds: f64,
) -> Option<Outcome> {
    let dir = std::env::temp_dir().join(format!("samenspoor-wrk-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let script = dir.join("urls.lua");
    let paths: Vec<String> =
        urls.iter().map(|u| format!("\"{}\"", path_of(u).replace('\\', "\\\\").replace('"', "\\\""))).collect();
    std::fs::write(
        &script,
        format!(
            "local paths = {{{}}}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n",
            paths.join(", ")
        ),
    )
    .ok()?;
    let out = Command::new(wrk)
        .args(["--latency", "-t", &threads.clamp(1, connections.max(1)).to_string(), "-c", &connections.to_string()])
        .args(["-d", &format!("{}s", seconds.ceil().max(1.0) as u64), "-s"])
        .arg(&script)
        .arg(urls.first()?)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let outcome = parse(name, connections, &text);
    if outcome.is_none() {
        eprintln!("wrk's output for {name} could not be read:\n{text}{}", String::from_utf8_lossy(&out.stderr));
    }
    outcome
}

fn path_of(url: &str) -> &str {
    url.split_once("://").and_then(|(_, rest)| rest.find('/').map(|i| &rest[i..])).unwrap_or("/")
}

/// Reads wrk's `--latency` report.
fn parse(name: &str, connections: usize, text: &str) -> Option<Outcome> {
    let field = |prefix: &str| text.lines().find_map(|l| l.trim().strip_prefix(prefix).map(|v| v.trim().to_owned()));
    let percentile = |p: &str| field(p).and_then(|v| millis(&v));
    let requests: usize = text.lines().find_map(|l| {
        let l = l.trim();
        l.contains(" requests in ").then(|| l.split_whitespace().next()?.parse().ok()).flatten()
    })?;
    let non_2xx: usize = field("Non-2xx or 3xx responses:").and_then(|v| v.parse().ok()).unwrap_or(0);
    let socket: usize = field("Socket errors:")
        .map(|v| v.split(',').filter_map(|part| part.split_whitespace().last()?.parse::<usize>().ok()).sum())
        .unwrap_or(0);
    Some(Outcome {
        name: name.to_owned(),
        connections,
        requests: requests.saturating_sub(non_2xx),
        errors: non_2xx + socket,
        per_second: field("Requests/sec:")?.parse().ok()?,
        p50_ms: percentile("50%")?,
        p99_ms: percentile("99%")?,
    })
}

/// "812.00us", "1.23ms", "2.01s" in milliseconds.
fn millis(v: &str) -> Option<f64> {
    let (number, factor) = if let Some(n) = v.strip_suffix("us") {
        (n, 0.001)
    } else if let Some(n) = v.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = v.strip_suffix('s') {
        (n, 1000.0)
    } else {
        return None;
    };
    number.parse::<f64>().ok().map(|n| n * factor)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_wrk_report() {
        let text = "Running 10s test @ http://127.0.0.1:1/a\n  2 threads and 64 connections\n  Thread Stats   Avg      Stdev     Max   +/- Stdev\n    Latency   812.00us  300.00us  10.00ms   90.00%\n  Latency Distribution\n     50%  701.00us\n     75%    0.90ms\n     90%    1.10ms\n     99%    2.50ms\n  123456 requests in 10.00s, 1.00GB read\n  Socket errors: connect 0, read 2, write 0, timeout 1\n  Non-2xx or 3xx responses: 4\nRequests/sec:  12345.60\nTransfer/sec:    100.00MB\n";
        let o = parse("x", 64, text).expect("parsed");
        assert_eq!(o.requests, 123452);
        assert_eq!(o.errors, 7);
        assert!((o.per_second - 12345.6).abs() < 0.01);
        assert!((o.p50_ms - 0.701).abs() < 1e-9);
        assert!((o.p99_ms - 2.5).abs() < 1e-9);
        assert_eq!(path_of("http://127.0.0.1:8080/kennisbank/artikel/opp?x=1"), "/kennisbank/artikel/opp?x=1");
    }
}
