//! How the library database answers on a big library: `cargo run --release --example
//! store_bench -- N [FOLDER]` writes N invented articles into FOLDER (a temp folder by
//! default; kept when named, so a second run measures a warm start), syncs them into a
//! database beside them, and times the questions the reader and the command line ask:
//! cards, people, search, one person's claims. Figures go to docs/performance.md; they are
//! measured here, never asserted in tests.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use lede::store::{Store, sync};

const FIRST: &[&str] = &[
    "Marta", "Ivo", "Lea", "Tomas", "Odile", "Pavel", "Nadia", "Soren", "Agnes", "Ruben", "Carys",
    "Dmitri", "Elif", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Katya", "Lorcan", "Mira",
    "Niall", "Oona", "Piet", "Rosa", "Stellan", "Thea", "Umar", "Vera", "Wendel",
];
const LAST: &[&str] = &[
    "Quell",
    "Sand",
    "Brevik",
    "Farrant",
    "Okafor",
    "Lindqvist",
    "Marsh",
    "Novak",
    "Petrov",
    "Rinaldi",
    "Sato",
    "Taverner",
    "Ulloa",
    "Varga",
    "Whitlock",
    "Yilmaz",
    "Zeller",
    "Abbott",
    "Baptiste",
    "Castell",
    "Dorn",
    "Ekwueme",
    "Fiore",
    "Grady",
    "Holm",
    "Ivers",
    "Jansen",
    "Kowal",
    "Lund",
    "Moreau",
    "Nilsen",
    "Orr",
    "Pryce",
    "Roux",
    "Stroud",
    "Tanaka",
    "Voss",
];
const ROLES: &[&str] = &[
    "the harbour master",
    "a council spokesperson",
    "the union's regional secretary",
    "the finance minister",
    "a local shopkeeper",
    "the hospital's medical director",
    "an economist at the regional bank",
    "the school's head teacher",
];
const TOPICS: &[(&str, &str)] = &[
    (
        "ferry contract",
        "The harbour board postponed its vote on the new ferry contract",
    ),
    (
        "rail strike",
        "Train drivers walked out for the second time this month",
    ),
    (
        "water prices",
        "Households will pay more for water from April",
    ),
    (
        "frost losses",
        "Growers in the valley lost much of their blossom to a late frost",
    ),
    (
        "bridge repairs",
        "Engineers closed the old bridge to lorries after finding cracks",
    ),
    (
        "clinic waiting lists",
        "Patients are waiting longer for a first appointment",
    ),
    (
        "port expansion",
        "The port authority unveiled plans for a third container quay",
    ),
    (
        "school meals",
        "The council will fund free school meals for another year",
    ),
];
const PLACES: &[&str] = &[
    "Aldmoor", "Brenton", "Calloway", "Dunmere", "Eastwick", "Fenholt", "Garrow", "Hollins",
];
const FILLER: &[&str] = &[
    "The decision follows months of talks between the parties, which broke down twice before the summer.",
    "Officials said the figures would be published in full at the end of the quarter.",
    "Critics argue that the plan does little to address the underlying shortage of money.",
    "Local businesses have warned that another delay would cost them customers and staff.",
    "The committee will meet again next week to consider the amended proposal.",
    "Previous attempts to settle the matter ended in court, where both sides claimed victory.",
];

/// A small deterministic generator, so every run writes the same library.
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.next(list.len())]
    }
}

fn article(n: usize, rng: &mut Rng) -> String {
    let (topic, lead) = TOPICS[rng.next(TOPICS.len())];
    let place = rng.pick(PLACES);
    let people: Vec<(String, &str)> = (0..3)
        .map(|_| {
            (
                format!("{} {}", rng.pick(FIRST), rng.pick(LAST)),
                rng.pick(ROLES),
            )
        })
        .collect();
    let mut text = format!(
        "{place} {topic}: a new twist, report {n}\n\nPublished: 2026-{:02}-{:02}\n\n{lead} in {place} on Tuesday.\n\n",
        1 + rng.next(12),
        1 + rng.next(28)
    );
    for paragraph in 0..12 {
        let (name, role) = &people[paragraph % people.len()];
        let surname = name.rsplit(' ').next().unwrap_or(name);
        match paragraph % 4 {
            0 => {
                text += &format!(
                    "\"We cannot keep waiting for a decision on the {topic},\" said {name}, {role}. \"Every week costs the town money.\"\n\n"
                )
            }
            1 => {
                text += &format!(
                    "{surname} said the town had been promised an answer before the spring and would hold the board to it.\n\n"
                )
            }
            2 => {
                text += &format!(
                    "According to {name}, the cost of the {topic} has risen by {} per cent since the plan was first drawn up.\n\n",
                    5 + rng.next(40)
                )
            }
            _ => {
                for _ in 0..3 {
                    text += rng.pick(FILLER);
                    text.push(' ');
                }
                text += "\n\n";
            }
        }
    }
    text
}

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        out = Some(f());
        best = best.min(start.elapsed());
    }
    (best, out.expect("at least one run"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let folder: PathBuf = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join(format!("lede-store-bench-{n}")));
    let news = folder.join("news");
    if !news.is_dir() {
        fs::create_dir_all(&news).expect("create the library folder");
        let mut rng = Rng(7);
        for i in 0..n {
            let dir = news.join(format!("{:03}", i / 500));
            fs::create_dir_all(&dir).expect("create a subfolder");
            fs::write(dir.join(format!("{i:05}.txt")), article(i, &mut rng)).expect("write");
        }
    }
    let (mut store, message) = Store::open(&folder.join("data").join("library.sqlite3"));
    if let Some(message) = message {
        eprintln!("{message}");
    }
    let roots = vec![fs::canonicalize(&news).expect("the library folder")];
    let (took, events) = timed(1, || {
        let mut events = 0usize;
        sync::sync(&mut store, &roots, &AtomicBool::new(false), &mut |_| {
            events += 1
        });
        events
    });
    println!(
        "sync                 {:>9.1} ms  ({events} events)",
        ms(took)
    );
    let (took, _) = timed(1, || {
        sync::sync(&mut store, &roots, &AtomicBool::new(false), &mut |_| {});
    });
    println!("sync, nothing new    {:>9.1} ms", ms(took));
    let (took, cards) = timed(5, || store.cards(&roots).expect("cards"));
    println!(
        "cards                {:>9.1} ms  ({} cards)",
        ms(took),
        cards.len()
    );
    let (took, people) = timed(5, || store.people(&roots).expect("people"));
    println!(
        "people               {:>9.1} ms  ({} people)",
        ms(took),
        people.len()
    );
    for query in ["ferry", "container quay", "promised answ"] {
        let (took, hits) = timed(5, || store.search(&roots, query, 20).expect("search"));
        println!(
            "search {query:<14}{:>9.1} ms  ({} hits)",
            ms(took),
            hits.len()
        );
    }
    // The person with the most claims, as a reader would look one up.
    if let Some(first) = people.iter().max_by_key(|p| p.by + p.about) {
        let (took, claims) = timed(5, || store.claims_of(&roots, &first.key).expect("claims"));
        println!(
            "claims_of            {:>9.1} ms  ({} claims)",
            ms(took),
            claims.len()
        );
    }
    let size = fs::metadata(folder.join("data").join("library.sqlite3")).map_or(0, |m| m.len());
    println!("database             {:>9.1} MB", size as f64 / 1e6);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
