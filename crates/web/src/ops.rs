//! For operators: /healthz (is the database reachable) and /metrics (Prometheus text).

use crate::AppState;
use crate::error::AppError;
use crate::security::ClientIp;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// While the database is away, requests answer 503 at once instead of each waiting the
/// connection pool's timeout (5 s). The first request that finds the database away opens
/// the breaker and starts a probe that asks the database every `PROBE_EVERY`; the probe
/// closes the breaker as soon as the database answers, so no request waits during the
/// outage and pages serve again within a moment of its end. /healthz always asks the
/// database itself. Prepared public pages are answered before this layer, so the
/// kennisbank stays readable meanwhile.
///
/// A read that has waited `PING_WITHIN` asks whether the database is there at all (a new
/// connection beside the pools, so load alone never opens the breaker), and every read
/// still waiting when the breaker opens is answered 503 at once. A write is never cut
/// short: it waits for its own outcome, so that a 503 always means nothing was saved.
#[derive(Default)]
pub struct Breaker {
    open: watch::Sender<bool>,
    /// A reachability check is under way: at most one at a time.
    checking: AtomicBool,
}

const PROBE_EVERY: Duration = Duration::from_millis(500);
/// How long /healthz and the probe wait for the database: a load balancer wants its
/// answer sooner than the pool's 5 s. A database that has not answered by then counts as
/// away (a host that drops packets never refuses), so a pool kept busy that long by load
/// also opens the breaker, until the probe gets an answer: requests are then turned away
/// at once rather than queued for seconds.
const PING_WITHIN: Duration = Duration::from_secs(1);

async fn ping(state: &AppState) -> Result<(), String> {
    match tokio::time::timeout(PING_WITHIN, state.store.ping()).await {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err(format!("no answer within {PING_WITHIN:?}")),
    }
}

impl Breaker {
    pub fn is_open(&self) -> bool {
        *self.open.borrow()
    }

    fn close(&self) {
        self.open.send_if_modified(|open| std::mem::replace(open, false));
    }
}

/// Opens the breaker, with its probe unless one runs already.
fn trip(state: &AppState) {
    if !state.breaker.open.send_if_modified(|open| !std::mem::replace(open, true)) {
        return;
    }
    tracing::warn!("the database is away: requests answer 503 until it is back");
    let state = state.clone();
    tokio::spawn(async move {
        // Ends when the database answers, or when /healthz found it back first.
        while state.breaker.is_open() {
            tokio::time::sleep(PROBE_EVERY).await;
            if ping(&state).await.is_ok() {
                tracing::info!("the database is back");
                state.breaker.close();
            }
        }
    });
}

/// Resolves when the breaker opens. After `PING_WITHIN` of waiting, checks (once for all
/// waiting requests) whether the database is there, and opens the breaker when it is not.
async fn database_away(state: &AppState) {
    let mut open = state.breaker.open.subscribe();
    if tokio::time::timeout(PING_WITHIN, open.wait_for(|o| *o)).await.is_ok() {
        return;
    }
    if !state.breaker.checking.swap(true, Ordering::AcqRel) {
        let state = state.clone();
        tokio::spawn(async move {
            let there = tokio::time::timeout(PING_WITHIN, state.store.reachable()).await;
            if !matches!(there, Ok(Ok(()))) {
                trip(&state);
            }
            state.breaker.checking.store(false, Ordering::Release);
        });
    }
    if open.wait_for(|o| *o).await.is_err() {
        std::future::pending::<()>().await; // the breaker outlives every request
    }
}

/// The breaker as a layer (see `Breaker`).
pub async fn breaker(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let health = req.uri().path() == "/healthz";
    // The style sheet and script need no database: the 503 page keeps its looks.
    let asks_database = !health && !req.uri().path().starts_with("/static/");
    if asks_database && state.breaker.is_open() {
        return AppError::DatabaseAway.into_response();
    }
    let read = matches!(*req.method(), Method::GET | Method::HEAD);
    let res = if asks_database && read {
        tokio::select! {
            res = next.run(req) => res,
            () = database_away(&state) => AppError::DatabaseAway.into_response(),
        }
    } else {
        next.run(req).await
    };
    if res.extensions().get::<AppError>() == Some(&AppError::DatabaseAway) {
        trip(&state);
    } else if health && res.status() == StatusCode::OK {
        state.breaker.close();
    }
    res
}

pub fn router() -> crate::routes::Routes {
    crate::routes::Routes::new().route("/healthz", get(healthz)).route("/metrics", get(metrics))
}

async fn healthz(State(state): State<AppState>) -> Response {
    match ping(&state).await {
        Ok(()) => (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain; charset=utf-8")], "ok\n").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check failed");
            trip(&state);
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "database unavailable\n",
            )
                .into_response()
        }
    }
}

/// Request counts and durations per route pattern and status. Route patterns, not paths,
/// so the number of series stays small and no id ever lands in the metrics.
#[derive(Default)]
pub struct Metrics {
    /// Route pattern → (method, status) → (count, seconds): looked up by `&str`, so that
    /// counting a request allocates nothing once its series exists.
    requests: Mutex<BTreeMap<String, PerRoute>>,
}

/// (method, status) → (count, seconds summed).
type PerRoute = BTreeMap<(&'static str, u16), (u64, f64)>;

impl Metrics {
    pub(crate) fn record(&self, method: &'static str, route: &str, status: u16, seconds: f64) {
        if let Ok(mut m) = self.requests.lock() {
            let per_route = match m.get_mut(route) {
                Some(r) => r,
                None => m.entry(route.to_owned()).or_default(),
            };
            let e = per_route.entry((method, status)).or_default();
            e.0 += 1;
            e.1 += seconds;
        }
    }

    fn render(&self, backend: &str) -> String {
        let mut out = String::new();
        out.push_str("# HELP samenspoor_build_info Version and storage backend.\n# TYPE samenspoor_build_info gauge\n");
        out.push_str(&format!(
            "samenspoor_build_info{{version=\"{}\",backend=\"{backend}\"}} 1\n",
            env!("CARGO_PKG_VERSION")
        ));
        out.push_str("# HELP samenspoor_http_requests_total HTTP requests answered.\n# TYPE samenspoor_http_requests_total counter\n");
        let m: Vec<(String, &str, u16, u64, f64)> = self
            .requests
            .lock()
            .map(|m| {
                m.iter()
                    .flat_map(|(route, r)| {
                        r.iter().map(|((method, status), (n, s))| (route.clone(), *method, *status, *n, *s))
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (route, method, status, count, _) in &m {
            out.push_str(&format!(
                "samenspoor_http_requests_total{{method=\"{method}\",route=\"{route}\",status=\"{status}\"}} {count}\n"
            ));
        }
        out.push_str("# HELP samenspoor_http_request_duration_seconds Time to answer, summed.\n# TYPE samenspoor_http_request_duration_seconds summary\n");
        for (route, method, status, count, sum) in &m {
            let labels = format!("method=\"{method}\",route=\"{route}\",status=\"{status}\"");
            out.push_str(&format!("samenspoor_http_request_duration_seconds_sum{{{labels}}} {sum}\n"));
            out.push_str(&format!("samenspoor_http_request_duration_seconds_count{{{labels}}} {count}\n"));
        }
        out
    }
}

pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    // A fixed set of label values: a client inventing methods must not grow the series.
    let method: &'static str = match req.method().as_str() {
        "GET" => "GET",
        "HEAD" => "HEAD",
        "POST" => "POST",
        "PUT" => "PUT",
        "PATCH" => "PATCH",
        "DELETE" => "DELETE",
        "OPTIONS" => "OPTIONS",
        _ => "other",
    };
    let route = req.extensions().get::<MatchedPath>().cloned();
    let res = next.run(req).await;
    let route = route.as_ref().map_or("unmatched", |p| p.as_str());
    state.metrics.record(method, route, res.status().as_u16(), start.elapsed().as_secs_f64());
    res
}

/// Only for the operator's scraper: from the configured addresses, or with the token.
/// Anyone else gets a 404, as if there were nothing here.
async fn metrics(State(state): State<AppState>, ClientIp(ip): ClientIp, headers: HeaderMap) -> Response {
    let from_allowed = state.config.metrics_from.contains(&ip);
    let sent = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    let token_ok = match (&state.config.metrics_token, sent) {
        (Some(t), Some(s)) => crate::security::constant_time_eq(t.as_bytes(), s.as_bytes()),
        _ => false,
    };
    if !from_allowed && !token_ok {
        return crate::error::AppError::NotFound.into_response();
    }
    let body = state.metrics.render(state.store.backend());
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], body).into_response()
}
