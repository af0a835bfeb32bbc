// Whole-pipeline cases shared by the native tests (tests/pipeline.rs) and the wasm tests
// (tests/wasm.rs): the same fixture must give the same answers on both targets.

/// One fixture and the answers its text supports.
pub struct Case {
    pub name: &'static str,
    pub url: &'static str,
    pub html: &'static [u8],
    pub answers: &'static [(&'static str, &'static str)],
    /// A phrase the first quote of the first answer must contain.
    pub quote: &'static str,
}

pub const CASES: &[Case] = &[Case {
    name: "demo site policy (the made-up bookshop)",
    url: "http://127.0.0.1/legal/privacy-policy",
    html: include_bytes!("../fixtures/sites/demo/privacy-policy.html"),
    answers: &[("sells_data", "no"), ("third_party_tracking", "yes"), ("law_enforcement", "yes")],
    quote: "we do not sell your data",
}];
