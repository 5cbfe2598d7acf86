//! The hulpwijzer as JSON: the recommendations for a set of answers.

use crate::AppState;
use crate::api::{LangParam, Problem, lang_param};
use crate::error::AppError;
use axum::Json;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use serde::{Deserialize, Serialize};
use utoipa::{OpenApi, ToSchema};

#[derive(OpenApi)]
#[openapi(paths(advice), components(schemas(AdviceRequest, Advice)))]
pub struct HulpwijzerApi;

/// The parent's answers. Every key is optional; a question left out counts as "nee"
/// (for `stappen`: no step taken yet), and so does `null`. Unknown keys or values are
/// refused with 422. This type is what the body is parsed as, so the document is the parser.
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AdviceRequest {
    /// Steps already taken: talked with the teacher, with the school's support staff or
    /// head, with the samenwerkingsverband.
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    stappen: Option<Vec<StepTaken>>,
    /// Is there a conflict, and with whom?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    conflict: Option<ConflictWith>,
    /// Do you disagree with an advice or decision, and of which kind?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    oneens: Option<Disagreement>,
    /// Is your child at home, or about to be, and for how long?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    thuis: Option<AtHome>,
    /// Is there a chronic illness?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ziekte: Option<YesNo>,
    /// A severe disability or disorder?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    beperking: Option<YesNo>,
    /// Is it unclear who pays for care at school?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    betalen: Option<YesNo>,
    /// Is your question about rights and duties?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rechten: Option<YesNo>,
    /// About how you or your child were treated?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    bejegening: Option<YesNo>,
    /// About children's rights?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kinderrechten: Option<YesNo>,
    /// Do you just want independent information?
    #[schema(inline)]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    informatie: Option<YesNo>,
}

#[derive(Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
enum StepTaken {
    Leerkracht,
    School,
    Swv,
}
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
enum ConflictWith {
    Nee,
    School,
    Swv,
}
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
enum Disagreement {
    Nee,
    Toelating,
    Opp,
    Tlv,
    Ondersteuning,
}
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
enum AtHome {
    Nee,
    Dreigt,
    Korter,
    Langer,
}
#[derive(Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
enum YesNo {
    Ja,
    Nee,
}

/// One recommendation. The list comes by fit to the answers first, then in escalation order
/// (school first, formal routes last): the first is the one to contact now.
#[derive(Serialize, ToSchema)]
pub struct Advice {
    #[schema(example = "onderwijsconsulenten")]
    pub organisation_id: String,
    pub name: String,
    /// Why, in the parent's own terms; the best fitting reason first.
    pub reason: String,
    /// The organisation's page on this site.
    pub url: String,
}

/// Where can I go? The ordered recommendations for a set of answers.
#[utoipa::path(
    post,
    path = "/api/v1/hulpwijzer/advice",
    request_body(content = AdviceRequest, description = "The answers, e.g. {\"stappen\": [\"school\", \"swv\"], \"thuis\": \"langer\"}"),
    params(LangParam),
    responses(
        (status = 200, description = "Recommendations, the one to contact now first; then by fit and escalation order", body = [Advice]),
        (status = 422, description = "An unknown key or value; `field` names it", body = Problem, content_type = "application/problem+json")
    )
)]
pub(super) async fn advice(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(p): Query<LangParam>,
    body: axum::body::Bytes,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    let lang = lang_param(p.lang.as_deref())?;
    let problem = |field: &str, detail: String| crate::api::unprocessable(&state, &headers, detail, Some(field));
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return Ok(problem("", format!("not valid JSON: {e}"))),
    };
    let Some(map) = value.as_object() else { return Ok(problem("", "the body must be a JSON object".into())) };
    // Each answer on its own first, so that a refusal names its field.
    for (key, v) in map {
        let one = serde_json::Value::Object(std::iter::once((key.clone(), v.clone())).collect());
        if let Err(e) = serde_json::from_value::<AdviceRequest>(one) {
            return Ok(problem(key, format!("{key}: {e}")));
        }
    }
    let request: AdviceRequest = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(e) => return Ok(problem("", e.to_string())),
    };
    // The typed answers as the rules' (question, answer) pairs.
    let mut pairs = vec![];
    if let Ok(serde_json::Value::Object(typed)) = serde_json::to_value(&request) {
        for (key, v) in typed {
            match v {
                serde_json::Value::String(s) => pairs.push((key, s)),
                serde_json::Value::Array(items) => {
                    pairs.extend(items.into_iter().filter_map(|i| i.as_str().map(|s| (key.clone(), s.to_owned()))))
                }
                _ => {}
            }
        }
    }
    let answers = match samenspoor_domain::hulpwijzer::rules::Answers::from_pairs(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &[],
    ) {
        Ok(a) => a,
        Err(e) => return Ok(problem(&e.field, format!("{}: {}", e.field, e.message))),
    };
    let d = crate::hulpwijzer::directory(&state).await?;
    let (orgs, rules) = (&d.organisations, &d.rules);
    let base = state.config.base_url.trim_end_matches('/').to_owned();
    let list: Vec<Advice> = rules
        .advise(&answers, orgs, lang)
        .into_iter()
        .filter_map(|r| {
            let o = orgs.iter().find(|o| o.id == r.organisation_id)?;
            Some(Advice {
                url: format!("{base}/hulpwijzer/organisaties/{}", o.id),
                organisation_id: r.organisation_id,
                name: o.name.clone(),
                reason: r.reasons.join(" "),
            })
        })
        .collect();
    Ok(Json(list).into_response())
}
