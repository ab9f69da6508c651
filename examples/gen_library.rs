//! Writes a big library of invented news articles, to measure lede on libraries of the size
//! people keep: `cargo run --release --example gen_library -- N DIR`.
//!
//! Every article is built from the templates and small name lists below (people,
//! organisations and places combined from invented parts), with quotes, reported speech and
//! dates, as plain text, Markdown, a saved web page or, now and then, an RSS feed of several
//! stories. The output is the same for the same N on every run (a fixed-seed generator), and
//! 10,000 articles come to about 65 MB and 7.5M words. See docs/performance.md.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const GIVEN: &[&str] = &[
    "Marit", "Teodor", "Ilse", "Corvin", "Anouk", "Baltasar", "Runa", "Emeric", "Sabeth", "Lorcan",
    "Ysolde", "Casimir", "Odalys", "Fenwick", "Liesel", "Tobiah", "Maelis", "Orrin", "Petra",
    "Joaquim", "Halvard", "Noemi", "Dariusz", "Elowen",
];
const FAMILY: &[&str] = &[
    "Holloway",
    "Brandt",
    "Quell",
    "Varga",
    "Ostrander",
    "Mirecki",
    "Calloway",
    "Dunmore",
    "Fairweather",
    "Ketteridge",
    "Lindqvist",
    "Abernathy",
    "Sorensen",
    "Okonkwo-Reyes",
    "Pellerin",
    "Zabala",
    "Whitcombe",
    "Radomir",
    "Asante",
    "Beaulieu",
    "Tannery",
    "Voskuijlen",
];
const TOWN_HEAD: &[&str] = &[
    "Kjel", "Mirv", "Dort", "Salt", "Brae", "Orl", "Vess", "Thorn", "Carra", "Wend", "Ash", "Lunn",
];
const TOWN_TAIL: &[&str] = &[
    "vik", "elle", "vale", "haven", "mouth", "bridge", "field", "ford", "stead", "wick",
];
const ORG_HEAD: &[&str] = &[
    "Northwind",
    "Veltrona",
    "Harbourline",
    "Greyfell",
    "Saltmarsh",
    "Brightwater",
    "Kestrel",
    "Ironvale",
    "Meridian",
    "Copperleaf",
];
const ORG_TAIL: &[&str] = &[
    "Rail Workers' Union",
    "Ferries",
    "Energy",
    "Housing Trust",
    "Port Authority",
    "Teachers' Association",
    "Water Board",
    "Health Trust",
    "Bank",
    "Council",
];
const ROLES: &[&str] = &[
    "transport minister",
    "union leader",
    "harbour master",
    "chief executive",
    "council leader",
    "spokeswoman",
    "head teacher",
    "economist",
    "mayor",
    "health secretary",
];
const TOPICS: &[(&str, &str, &str)] = &[
    ("strike", "drivers walked out over pay", "the timetable"),
    (
        "ferry",
        "the crossing was cancelled for a third day",
        "the harbour",
    ),
    (
        "flood",
        "the river burst its banks overnight",
        "the lower town",
    ),
    (
        "budget",
        "the council voted on spending cuts",
        "the libraries",
    ),
    (
        "hospital",
        "waiting lists grew for the sixth month",
        "the wards",
    ),
    (
        "school",
        "classes were merged after staff shortages",
        "the pupils",
    ),
    ("housing", "rents rose faster than wages", "young families"),
    (
        "energy",
        "the new wind farm was connected to the grid",
        "household bills",
    ),
];
const VERBS: &[&str] = &[
    "said",
    "told reporters",
    "warned",
    "argued",
    "insisted",
    "added",
    "claimed",
    "believes",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A small fixed-seed generator (SplitMix64): the same library on every run, no crate needed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }
}

/// The cast of one story: people with roles, organisations and a town.
struct Cast {
    people: Vec<(String, &'static str)>,
    orgs: Vec<String>,
    town: String,
    topic: (&'static str, &'static str, &'static str),
}

impl Cast {
    fn new(rng: &mut Rng) -> Cast {
        let town = format!("{}{}", rng.pick(TOWN_HEAD), rng.pick(TOWN_TAIL));
        let people = (0..3 + rng.below(3))
            .map(|_| {
                (
                    format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY)),
                    rng.pick(ROLES),
                )
            })
            .collect();
        let orgs = (0..2)
            .map(|_| format!("{} {}", rng.pick(ORG_HEAD), rng.pick(ORG_TAIL)))
            .collect();
        let topic = TOPICS[rng.below(TOPICS.len())];
        Cast {
            people,
            orgs,
            town,
            topic,
        }
    }
}

/// One story: a headline, a date and its paragraphs.
struct Story {
    title: String,
    date: String,
    paragraphs: Vec<String>,
}

fn story(rng: &mut Rng) -> Story {
    let cast = Cast::new(rng);
    let (topic, event, object) = cast.topic;
    let date = format!(
        "{} {} 20{:02}",
        1 + rng.below(28),
        rng.pick(MONTHS),
        18 + rng.below(8)
    );
    let title = format!(
        "{} {topic}: {} says {object} will not be the same",
        cast.town,
        cast.people[0].0.rsplit(' ').next().unwrap_or("Officials")
    );
    let mut paragraphs = vec![format!(
        "{}, {} — {} on {}, and {} faced a week of disruption.",
        cast.town.to_uppercase(),
        date,
        capitalise(event),
        rng.pick(DAYS),
        object
    )];
    let count = 12 + rng.below(16);
    for k in 0..count {
        let (name, role) = &cast.people[rng.below(cast.people.len())];
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let org = &cast.orgs[rng.below(cast.orgs.len())];
        let figure = 2 + rng.below(97);
        let para = match rng.below(6) {
            0 => format!(
                "“We cannot keep asking {object} to wait,” said {name}, the {role} of {org}. \
                 “{} people have written to us since {}, and every one of them deserves an \
                 answer before the {topic} gets worse.”",
                figure * 10,
                rng.pick(DAYS)
            ),
            1 => format!(
                "{name}, the {role}, {} that the {topic} could cost {org} about {figure} \
                 million by the end of {}. {surname} said talks with {} would continue, \
                 although no date had been set.",
                rng.pick(VERBS),
                rng.pick(MONTHS),
                cast.orgs[0]
            ),
            2 => format!(
                "According to figures from {org}, {figure} per cent of residents in {} were \
                 affected, the highest share since records began. The {role} said the \
                 numbers were “worse than anyone expected”.",
                cast.town
            ),
            3 => format!(
                "{} officials {} on {} that {object} would be protected. \
                 Critics, including {name}, {} the plan “a promise written in sand”, and \
                 {surname} told reporters that the {topic} had exposed years of neglect.",
                org,
                rng.pick(VERBS),
                rng.pick(DAYS),
                if k % 2 == 0 { "called" } else { "described" }
            ),
            4 => format!(
                "In {}, queues formed before dawn. Residents said they had been given \
                 little warning, and several shops closed early. The {role} is expected to \
                 meet {} representatives on {} {}.",
                cast.town,
                cast.orgs[cast.orgs.len() - 1],
                1 + rng.below(28),
                rng.pick(MONTHS)
            ),
            _ => format!(
                "{surname} has long argued that {object} needs steady money rather than \
                 emergency grants. “This is not a one-off,” {} said. “It will happen again \
                 next winter unless {} changes course.”",
                if k % 3 == 0 { "she" } else { "he" },
                org
            ),
        };
        paragraphs.push(para);
    }
    Story {
        title,
        date,
        paragraphs,
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn as_text(s: &Story, rng: &mut Rng) -> String {
    let mut out = format!(
        "{}\n\nBy {} {}\n{}\n\n",
        s.title,
        rng.pick(GIVEN),
        rng.pick(FAMILY),
        s.date
    );
    for p in &s.paragraphs {
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

fn as_markdown(s: &Story) -> String {
    let mut out = format!("# {}\n\n*{}*\n\n", s.title, s.date);
    for (k, p) in s.paragraphs.iter().enumerate() {
        if k > 0 && k % 6 == 0 {
            let _ = write!(out, "## Part {}\n\n", k / 6 + 1);
        }
        out.push_str(p);
        out.push_str("\n\n");
    }
    out
}

fn as_html(s: &Story) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>{0}</title><meta property=\"og:title\" content=\"{0}\"></head>\n<body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n<article><h1>{0}</h1>\
         <p class=\"date\">{1}</p>\n",
        escape(&s.title),
        s.date
    );
    for p in &s.paragraphs {
        let _ = writeln!(out, "<p>{}</p>", escape(p));
    }
    out.push_str("</article><footer>Sign up for our newsletter.</footer></body></html>\n");
    out
}

fn as_feed(stories: &[Story]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Harbour Gazette</title><link>https://gazette.example/</link>\n",
    );
    for (k, s) in stories.iter().enumerate() {
        let body: String = s
            .paragraphs
            .iter()
            .map(|p| format!("<p>{}</p>", escape(p)))
            .collect();
        let _ = writeln!(
            out,
            "<item><title>{}</title><link>https://gazette.example/{k}</link>\
             <description>{}</description></item>",
            escape(&s.title),
            escape(&body)
        );
    }
    out.push_str("</channel></rss>\n");
    out
}

fn write(path: &Path, text: &str) {
    if let Err(e) = std::fs::write(path, text) {
        eprintln!("gen_library: cannot write {}: {e}", path.display());
        std::process::exit(1);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1).map(PathBuf::from),
    ) else {
        eprintln!("usage: gen_library N DIR   (writes N articles into DIR)");
        std::process::exit(2);
    };
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("gen_library: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    let mut rng = Rng(0x1ede_5eed);
    let mut written = 0;
    let mut file = 0;
    while written < n {
        // One file in a hundred is a feed of five stories.
        let path = |ext: &str| dir.join(format!("article-{file:05}.{ext}"));
        if file % 100 == 99 && n - written >= 5 {
            let stories: Vec<Story> = (0..5).map(|_| story(&mut rng)).collect();
            write(&path("rss"), &as_feed(&stories));
            written += 5;
        } else {
            let s = story(&mut rng);
            match rng.below(20) {
                0..=13 => {
                    let text = as_text(&s, &mut rng);
                    write(&path("txt"), &text);
                }
                14..=16 => write(&path("md"), &as_markdown(&s)),
                _ => write(&path("html"), &as_html(&s)),
            }
            written += 1;
        }
        file += 1;
    }
    println!("{written} articles in {file} files in {}", dir.display());
}
