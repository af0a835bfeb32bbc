//! `clausewise eval DIR` end to end on a tiny corpus written for the test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

const POLICY: &str = "Privacy Policy

This privacy policy explains how we collect, use and protect the information you give us when you use our website and services.

We do not sell your personal information to anyone. We keep server logs for 30 days and then delete them.

If you have any questions about this policy, please write to privacy@example.org and we will answer as soon as we can.
";

#[test]
fn eval_prints_text_json_and_markdown() {
    let dir = std::env::temp_dir().join(format!("clausewise-eval-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    std::fs::write(dir.join("docs/a.txt"), POLICY).unwrap();
    let labels = r#"{"id":"a","file":"docs/a.txt","format":"text","labels":{"sells_data":"no","retention":"stated_period","children":"not_stated","contact":"yes"},"evidence":{"sells_data":["We do not sell your personal information to anyone."]}}"#;
    std::fs::write(dir.join("labels.jsonl"), format!("{labels}\n")).unwrap();
    let run = |flag: Option<&str>| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_clausewise"));
        command.arg("eval");
        if let Some(flag) = flag {
            command.arg(flag);
        }
        let output = command.arg(&dir).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run(Some("--json"))).unwrap();
    assert_eq!(json["micro_accuracy"], 1.0);
    assert_eq!(json["evidence_overlap"], 1.0);
    assert_eq!(json["questions"].as_array().unwrap().len(), 4);
    let text = run(None);
    assert!(text.contains("sells_data  n=1  accuracy=1.000"), "{text}");
    assert!(text.contains("micro accuracy     1.000"), "{text}");
    let markdown = run(Some("--markdown"));
    assert!(markdown.starts_with("## Summary"), "{markdown}");
    assert!(markdown.contains("| sells_data | 1 | 1.000 | 1.000 |"), "{markdown}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn eval_without_labels_fails_with_a_message() {
    let output = Command::new(env!("CARGO_BIN_EXE_clausewise")).args(["eval", "/nonexistent-clausewise-dir"]).output().unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read"));
}
