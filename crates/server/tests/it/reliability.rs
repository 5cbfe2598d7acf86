//! Reliability: the search index built once beside serving, the API against its own
//! OpenAPI document (schemathesis), restore, crash safety and database outages.

use crate::support::spawn_app;

/// On a fresh server, 200 concurrent first searches (pages and API) wait for one load of
/// the knowledge base and one build of its index, and every one of them finds something.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_searches_on_a_fresh_server_build_the_index_once() {
    let app = spawn_app().await;
    let requests = (0..200).map(|i| {
        let path = if i % 2 == 0 {
            "/api/v1/kennisbank/search?q=opp"
        } else {
            "/kennisbank/zoeken?q=ontwikkelingsperspectief"
        };
        let (client, url) = (app.client.clone(), app.url(path));
        async move {
            let res = client.get(url).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    });
    let answers = futures_util::future::join_all(requests).await;
    for (status, body) in &answers {
        assert_eq!(*status, 200, "{body}");
        assert!(body.contains("/kennisbank/artikel/opp"), "every search finds the OPP article: {body:.300}");
    }
    let (loads, builds) = app.state.kennisbank.loads_and_builds();
    assert_eq!((loads, builds), (1, 1), "one load and one index build for 200 concurrent first searches");
}
