//! One person, one key across a library: `lede analyze` over two articles that name the same
//! person in full and by surname alone gives both the same `key`.

#[path = "common/bin.rs"]
mod bin;

use std::fs;

fn person_keys(doc: &serde_json::Value) -> Vec<(String, String)> {
    doc["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["kind"] == "person")
        .map(|e| {
            (
                e["name"].as_str().unwrap_or_default().to_string(),
                e["key"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn full_name_and_bare_surname_share_one_key_across_articles() {
    let dir = std::env::temp_dir().join(format!("lede-keys-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    fs::write(
        dir.join("a.txt"),
        "Harbour plan approved\n\nThe council approved the harbour plan on Monday, \
         Mayor Marta Quell said. Quell called it a fair compromise.\n",
    )
    .unwrap();
    fs::write(
        dir.join("b.txt"),
        "Harbour works begin\n\nWork on the harbour began on Friday. \"We kept our word,\" \
         Quell said, as cranes arrived from Ostrava.\n",
    )
    .unwrap();
    fs::write(
        dir.join("c.txt"),
        "Ferry strike ends\n\nThe ferry strike ended, union leader Ivo Brandt said. Brandt \
         thanked the crews. Separately, Tomas Brandt opened a bakery.\n",
    )
    .unwrap();
    fs::write(
        dir.join("d.txt"),
        "Crews return\n\nThe crews returned to work, Brandt said on Sunday.\n",
    )
    .unwrap();
    let out = bin::lede()
        .args(["analyze", "--format", "jsonl"])
        .arg(&dir)
        .output()
        .unwrap();
    let _ = fs::remove_dir_all(&dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let keys = |file: &str| {
        docs.iter()
            .find(|d| d["path"].as_str().is_some_and(|p| p.ends_with(file)))
            .map(person_keys)
            .unwrap_or_default()
    };
    assert_eq!(
        keys("a.txt"),
        vec![("Marta Quell".to_string(), "person:marta quell".to_string())]
    );
    assert_eq!(
        keys("b.txt"),
        vec![("Quell".to_string(), "person:marta quell".to_string())]
    );
    // Two full names share "Brandt": the bare one stays apart.
    assert_eq!(
        keys("d.txt"),
        vec![("Brandt".to_string(), "person:brandt".to_string())]
    );
}
