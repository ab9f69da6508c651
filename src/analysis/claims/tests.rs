//! Claims on our own sentences (one or more per construction the rules must handle), on
//! pronouns and roles across sentences and paragraphs, and on the sample articles.

use std::path::{Path, PathBuf};

use super::{Claim, ClaimKind};
use crate::analysis::{self, Analysis};
use crate::article::{Article, Format, read_file};
use crate::span::Span;

/// An article whose lines are its paragraphs, with no title, so every line counts as body.
fn article(text: &str) -> Article {
    let mut paragraphs = Vec::new();
    let mut pos = 0;
    for line in text.split('\n') {
        if let Some(span) = Span::new(text, pos, pos + line.len()) {
            let span = span.trim(text);
            if !span.is_empty() {
                paragraphs.push(span);
            }
        }
        pos += line.len() + 1;
    }
    Article {
        path: PathBuf::from("test.txt"),
        format: Format::Text,
        text: text.to_string(),
        paragraphs,
        ..Default::default()
    }
}

fn analyse(text: &str) -> (Article, Analysis) {
    let a = article(text);
    let x = analysis::analyze(&a);
    (a, x)
}

/// The attributions (claims with a cue) as (speaker text, cue, content, kind).
fn attributions(a: &Article, x: &Analysis) -> Vec<(String, String, String, ClaimKind)> {
    x.claims
        .iter()
        .filter(|c| c.cue.is_some())
        .map(|c| {
            (
                c.speaker
                    .as_ref()
                    .map(|s| s.text.clone())
                    .unwrap_or_default(),
                c.cue.as_ref().map(|q| q.text.clone()).unwrap_or_default(),
                a.slice(c.content).to_string(),
                c.kind,
            )
        })
        .collect()
}

use ClaimKind::{Belief, Quote, Reported};

/// (sentence, speaker, cue, content, kind): each sentence must give exactly this attribution.
const TABLE: &[(&str, &str, &str, &str, ClaimKind)] = &[
    // X said (that) …
    (
        "Maria Lopez said that the bridge would reopen in May.",
        "Maria Lopez",
        "said",
        "that the bridge would reopen in May",
        Reported,
    ),
    (
        "The engineers said the bridge would reopen in May.",
        "The engineers",
        "said",
        "the bridge would reopen in May",
        Reported,
    ),
    // a sentence adverb between the source and the cue
    (
        "The ferry union however said the strike would go on.",
        "The ferry union",
        "said",
        "the strike would go on",
        Reported,
    ),
    // a frequency adverb between the source and the cue is neither
    (
        "The harbour master always argued that the fees were too high.",
        "The harbour master",
        "always argued",
        "that the fees were too high",
        Reported,
    ),
    (
        "The mayor has always denied the allegations.",
        "The mayor",
        "has always denied",
        "the allegations",
        Reported,
    ),
    // a participle adverbial after the cue ("while visiting …") leaves the content before it
    (
        "Fees are rising, the mayor said while visiting the docks on Friday.",
        "the mayor",
        "said",
        "Fees are rising",
        Reported,
    ),
    // a preposition after a noun joins its phrase to the subject
    (
        "The extension of the strike into a third round suggests that neither side will give way.",
        "The extension of the strike into a third round",
        "suggests",
        "that neither side will give way",
        Reported,
    ),
    (
        "The spread of the protests across the region suggests that anger is growing.",
        "The spread of the protests across the region",
        "suggests",
        "that anger is growing",
        Reported,
    ),
    // … and to a quantifier standing for a noun phrase
    (
        "Many in Harbourton fear that the fees will rise again.",
        "Many in Harbourton",
        "fear",
        "that the fees will rise again",
        Belief,
    ),
    // an object ends before a finite verb of the sentence's own subject
    (
        "Tom Reyes, who denies the accusation, has avoided the hearing for seven years.",
        "who",
        "denies",
        "the accusation",
        Reported,
    ),
    // an object ends at a comma before the writer's own clause or a relative "who" …
    (
        "Mayor Lena Ortiz praised the new harbour plan, the crowd cheered and the band played.",
        "Mayor Lena Ortiz",
        "praised",
        "the new harbour plan",
        Reported,
    ),
    (
        "The union criticised the night shift rota, which it called unsafe.",
        "The union",
        "criticised",
        "the night shift rota",
        Reported,
    ),
    (
        "Tom Reyes praised the fire chief Ana Ruiz, who retires in June after 30 years.",
        "Tom Reyes",
        "praised",
        "the fire chief Ana Ruiz",
        Reported,
    ),
    // … and before "and" with a second verb of the same subject.
    (
        "The council praised the harbour plan and approved its first budget on Monday.",
        "The council",
        "praised",
        "the harbour plan",
        Reported,
    ),
    // … but an appositive and a clause keep their commas.
    (
        "Tom Reyes praised the fire chief, Ana Ruiz, for her calm during the floods.",
        "Tom Reyes",
        "praised",
        "the fire chief, Ana Ruiz, for her calm during the floods",
        Reported,
    ),
    (
        "The mayor said the fares were too high, the boats too slow and the piers too old.",
        "The mayor",
        "said",
        "the fares were too high, the boats too slow and the piers too old",
        Reported,
    ),
    // …, X said.
    (
        "The bridge will reopen in May, Maria Lopez said.",
        "Maria Lopez",
        "said",
        "The bridge will reopen in May",
        Reported,
    ),
    // …, said X, appositive.
    (
        "The bridge will reopen in May, said Maria Lopez, the city engineer.",
        "Maria Lopez, the city engineer",
        "said",
        "The bridge will reopen in May",
        Reported,
    ),
    // X, the envoy, said …
    (
        "Tom Reyes, the envoy, said the ceasefire was holding.",
        "Tom Reyes, the envoy",
        "said",
        "the ceasefire was holding",
        Reported,
    ),
    // X has said …
    (
        "The mayor has said the budget is balanced.",
        "The mayor",
        "has said",
        "the budget is balanced",
        Reported,
    ),
    // X told Y …
    (
        "Reyes told reporters that the ceasefire was holding.",
        "Reyes",
        "told",
        "that the ceasefire was holding",
        Reported,
    ),
    // X described Y as Z
    (
        "A city statement described the repairs as urgent.",
        "A city statement",
        "described",
        "the repairs as urgent",
        Reported,
    ),
    // signalled / indicated / warned / argued / announced / denied / insisted
    (
        "The minister warned that fuel prices would rise.",
        "The minister",
        "warned",
        "that fuel prices would rise",
        Reported,
    ),
    (
        "The council signalled a change of course on parking.",
        "The council",
        "signalled",
        "a change of course on parking",
        Reported,
    ),
    (
        "The company denied that the plant had leaked.",
        "The company",
        "denied",
        "that the plant had leaked",
        Reported,
    ),
    (
        "Local traders insisted that the market should stay open.",
        "Local traders",
        "insisted",
        "that the market should stay open",
        Reported,
    ),
    // Such guarantees, he suggested, would …
    (
        "Such repairs, she suggested, would take at least a year.",
        "she",
        "suggested",
        "Such repairs, she suggested, would take at least a year",
        Reported,
    ),
    // according to X, before and after
    (
        "According to the port authority, two ships were turned away.",
        "the port authority",
        "According to",
        "two ships were turned away",
        Reported,
    ),
    (
        "Two ships were turned away, according to the port authority.",
        "the port authority",
        "according to",
        "Two ships were turned away",
        Reported,
    ),
    (
        "According to Ana Ruiz, the port's director, two ships were turned away.",
        "Ana Ruiz, the port's director",
        "According to",
        "two ships were turned away",
        Reported,
    ),
    // X's spokesman said
    (
        "The mayor's spokesman said the office was closed.",
        "The mayor's spokesman",
        "said",
        "the office was closed",
        Reported,
    ),
    // in a statement
    (
        "In a statement, the council said the road would stay shut.",
        "the council",
        "said",
        "the road would stay shut",
        Reported,
    ),
    // colon-introduced quote
    (
        "Lopez said: “We are ready for the winter.”",
        "Lopez",
        "said",
        "“We are ready for the winter.”",
        Quote,
    ),
    // direct quotes, speaker after, inverted, in the middle
    (
        "“We are ready for the winter,” Lopez said.",
        "Lopez",
        "said",
        "“We are ready for the winter,”",
        Quote,
    ),
    (
        "\"We are ready for the winter,\" said Lopez.",
        "Lopez",
        "said",
        "\"We are ready for the winter,\"",
        Quote,
    ),
    (
        "“We are,” she said, “ready for the winter.”",
        "she",
        "said",
        "“We are,” she said, “ready for the winter.”",
        Quote,
    ),
    // a participle cue takes the subject of the sentence
    (
        "The union walked out of the talks, saying the offer was far too low.",
        "The union",
        "saying",
        "the offer was far too low",
        Reported,
    ),
    // beliefs and intentions
    (
        "The union believes that the offer is too low.",
        "The union",
        "believes",
        "that the offer is too low",
        Belief,
    ),
    (
        "Residents want the bridge open by May.",
        "Residents",
        "want",
        "the bridge open by May",
        Belief,
    ),
    // a speaker label opening a paragraph (transcripts, "Poll: …" headlines)
    (
        "MAYOR: We will reopen the bridge in May.",
        "MAYOR",
        ":",
        "We will reopen the bridge in May",
        Reported,
    ),
    // a quote signed with a dash
    (
        "“The bridge is our lifeline.” ― Ana Ruiz",
        "Ana Ruiz",
        "―",
        "“The bridge is our lifeline.”",
        Quote,
    ),
    // a counted subject
    (
        "Six in 10 say the bridge should reopen.",
        "Six in 10",
        "say",
        "the bridge should reopen",
        Reported,
    ),
    (
        "Yet another said the repairs were overdue.",
        "another",
        "said",
        "the repairs were overdue",
        Reported,
    ),
    // a post-modified subject
    (
        "Tenants of the north tower say the lifts are broken.",
        "Tenants of the north tower",
        "say",
        "the lifts are broken",
        Reported,
    ),
    (
        "A survey published Friday said most tenants want repairs.",
        "A survey published Friday",
        "said",
        "most tenants want repairs",
        Reported,
    ),
    // a second verb sharing the subject
    (
        "The senator visited the plant and says the jobs are safe.",
        "The senator",
        "says",
        "the jobs are safe",
        Reported,
    ),
    // an object content stops before the channel it was said in
    (
        "Okafor praised the budget in a radio interview on Monday.",
        "Okafor",
        "praised",
        "the budget",
        Reported,
    ),
    // a stance verb that also takes plain objects is a cue before a clause
    (
        "The mayor lamented that the market had closed.",
        "The mayor",
        "lamented",
        "that the market had closed",
        Reported,
    ),
    // "called X “…”" with a long object before the quote
    (
        "Okafor called both the harbour plan and the ferry timetable “a costly mistake”.",
        "Okafor",
        "called",
        "both the harbour plan and the ferry timetable “a costly mistake”",
        Reported,
    ),
    // a dateline is no part of the content
    (
        "HARBOURTON (AP) — The harbour fees will rise next year, officials said.",
        "officials",
        "said",
        "The harbour fees will rise next year",
        Reported,
    ),
    (
        "HARBOURTON (AP) — The union walked out of the talks, saying the offer was too low.",
        "The union",
        "saying",
        "the offer was too low",
        Reported,
    ),
    // a clause keeps its adverbials
    (
        "She said the ferry would run at night.",
        "She",
        "said",
        "the ferry would run at night",
        Reported,
    ),
    // "wrote on <platform>:" with the quote as content
    (
        "Okafor wrote on Twitter: “The pier is unsafe and must close.”",
        "Okafor",
        "wrote",
        "“The pier is unsafe and must close.”",
        Quote,
    ),
    // a document put out as the cue
    (
        "The harbour board issued a statement saying the pier would close.",
        "The harbour board",
        "issued a statement saying",
        "the pier would close",
        Reported,
    ),
    (
        "The ferry company released a letter that blamed the storm.",
        "The ferry company",
        "released a letter",
        "that blamed the storm",
        Reported,
    ),
    // a passive names no source
    (
        "It was reported that the pier would close in May.",
        "",
        "was reported",
        "that the pier would close in May",
        Reported,
    ),
    // collective nouns and plurals set off by an insertion take a plain "say"
    (
        "The harbour police say they have not yet found the missing dinghy.",
        "The harbour police",
        "say",
        "they have not yet found the missing dinghy",
        Reported,
    ),
    (
        "Residents of the valley, however, say the new road has cut their commute in half.",
        "Residents of the valley",
        "say",
        "the new road has cut their commute in half",
        Reported,
    ),
    (
        "Yet local farmers, like their neighbours across the river, say water prices doubled.",
        "local farmers",
        "say",
        "water prices doubled",
        Reported,
    ),
    (
        "Nearly a third say they would move if rents rise again.",
        "a third",
        "say",
        "they would move if rents rise again",
        Reported,
    ),
    // "say" after a name takes content opening with any word
    (
        "Greens say tourism over the summer months is straining the island's water supply.",
        "Greens",
        "say",
        "tourism over the summer months is straining the island's water supply",
        Reported,
    ),
    // an inverted source of a noun joined by "to"
    (
        "“The dredging has to start this year,” said a senior adviser to the harbour board.",
        "a senior adviser to the harbour board",
        "said",
        "“The dredging has to start this year,”",
        Quote,
    ),
    // a conjunction before a source with an appositive
    (
        "But Hanna Kowal, the ferry line's director, said the timetable would not change.",
        "Hanna Kowal, the ferry line's director",
        "said",
        "the timetable would not change",
        Reported,
    ),
    // verbs of shouting and reposting
    (
        "Dock workers yelled that the pier must stay open.",
        "Dock workers",
        "yelled",
        "that the pier must stay open",
        Reported,
    ),
    (
        "Ruiz retweeted the harbour board's notice about the closure.",
        "Ruiz",
        "retweeted",
        "the harbour board's notice about the closure",
        Reported,
    ),
    // an inverted source described by a relative clause
    (
        "“We were never asked,” said a harbour official who was not allowed to speak on the record.",
        "a harbour official who was not allowed to speak on the record",
        "said",
        "“We were never asked,”",
        Quote,
    ),
    (
        "The pier will close in June, said Tom Ruiz, who runs the ferry.",
        "Tom Ruiz",
        "said",
        "The pier will close in June",
        Reported,
    ),
    // a subject described by a participle with its agent or place
    (
        "Papers obtained by our reporter showed the harbour lost money.",
        "Papers obtained by our reporter",
        "showed",
        "the harbour lost money",
        Reported,
    ),
    (
        "The chart shown above claimed the pier was closed.",
        "The chart shown above",
        "claimed",
        "the pier was closed",
        Reported,
    ),
    // two names joined as the subject
    (
        "Kim Okafor and Ruiz say the ferry will run all winter.",
        "Kim Okafor and Ruiz",
        "say",
        "the ferry will run all winter",
        Reported,
    ),
    // a headline with a cue
    (
        "Mayor Says Bridge Will Reopen in May",
        "Mayor",
        "Says",
        "Bridge Will Reopen in May",
        Reported,
    ),
    // the channel or time after an object ends it, up to a comma
    (
        "The council attacked her rival as a fraud during the debate on Monday night, with jabs at his record.",
        "The council",
        "attacked",
        "her rival as a fraud",
        Reported,
    ),
    // a dateline before a subject set off by commas
    (
        "HARBOURTON -- Governor Ana Ruiz, opening the new bridge on Monday, said it would change the city.",
        "Governor Ana Ruiz",
        "said",
        "it would change the city",
        Reported,
    ),
    // "one of" a group, then a name in apposition
    (
        "One of the company's lawyers, Jane Doe, said the records were complete.",
        "One of the company's lawyers, Jane Doe",
        "said",
        "the records were complete",
        Reported,
    ),
    // a subject before an aside set off by dashes
    (
        "Ana Ruiz -- co-author of a book on the port, who lives there -- said the fees would rise.",
        "Ana Ruiz",
        "said",
        "the fees would rise",
        Reported,
    ),
    (
        "Ana Ruiz — co-author of a book on the port — said the fees would rise.",
        "Ana Ruiz",
        "said",
        "the fees would rise",
        Reported,
    ),
    // "those" and a preposition make a plural subject
    (
        "Those close to the mayor say he would consider Jones for the post.",
        "Those close to the mayor",
        "say",
        "he would consider Jones for the post",
        Reported,
    ),
    // a noun-like -s form is a verb after a pronoun, or before a bare noun and its auxiliary
    (
        "It states that courts should not rule so late.",
        "It",
        "states",
        "that courts should not rule so late",
        Reported,
    ),
    // a participle's subject past an opening participle adverbial, a place and a time
    (
        "Speaking at a rally in Harbourton, Ana Ruiz walked out, saying the fees were unfair.",
        "Ana Ruiz",
        "saying",
        "the fees were unfair",
        Reported,
    ),
    (
        "At a town hall in Marlow, Ohio, on Sunday, Ana Ruiz left early, saying the fees were unfair.",
        "Ana Ruiz",
        "saying",
        "the fees were unfair",
        Reported,
    ),
    // a dateline with an agency in brackets
    (
        "Harbourton (AFP) – The port union walked out on Monday, saying the fees were unfair.",
        "The port union",
        "saying",
        "the fees were unfair",
        Reported,
    ),
    // "twice" and a floating "both" between source and cue
    (
        "The ferry union has twice complained that the fees were unfair.",
        "The ferry union",
        "has twice complained",
        "that the fees were unfair",
        Reported,
    ),
    (
        "The skippers both said the fees were unfair.",
        "The skippers",
        "said",
        "the fees were unfair",
        Reported,
    ),
    // an adverb before the verb is read past ("now says", "often say")
    (
        "Ruiz now says she opposes the deal.",
        "Ruiz",
        "now says",
        "she opposes the deal",
        Reported,
    ),
    (
        "Skippers often say the harbour is too shallow.",
        "Skippers",
        "often say",
        "the harbour is too shallow",
        Reported,
    ),
    // an object pronoun after a preposition ends a subject; "many of whom"
    (
        "Those close to him say he would consider Jones for the post.",
        "Those close to him",
        "say",
        "he would consider Jones for the post",
        Reported,
    ),
    // a long relative clause before the cue
    (
        "Kim Okafor, who as a young doctor was the physician of the mayor in the years of the floods and later retired from the service as an admiral, said that in 1998 the mayor hid the illness.",
        "Kim Okafor",
        "said",
        "that in 1998 the mayor hid the illness",
        Reported,
    ),
    // an aside between dashes after an appositive
    (
        "Ana Ruiz, the head of Harbour Media -- the firm that owns the paper, which is also sold online -- told reporters the paper would close.",
        "Ana Ruiz",
        "told",
        "the paper would close",
        Reported,
    ),
    // a year, "further" and an opening -ed participle before the subject
    (
        "The council has long clashed with Ruiz, who in 2010 said the port must close.",
        "who",
        "said",
        "the port must close",
        Reported,
    ),
    (
        "Jane Roe of Gawker then describes what happens on the video.",
        "Jane Roe of Gawker",
        "then describes",
        "what happens on the video",
        Reported,
    ),
    (
        "Chastened by the vote, the mayor revised her plan, promising to cut the fees.",
        "the mayor",
        "promising",
        "to cut the fees",
        Reported,
    ),
    (
        "On Thursday, however, Ruiz spoke to the skippers, promising to cut the fees.",
        "Ruiz",
        "promising",
        "to cut the fees",
        Reported,
    ),
    // verbs of agreeing and refusing before an infinitive
    (
        "The mayor declined to say whether the fees would rise.",
        "The mayor",
        "declined",
        "to say whether the fees would rise",
        Belief,
    ),
    (
        "Both unions agreed to end the strike on Friday.",
        "Both unions",
        "agreed",
        "to end the strike on Friday",
        Reported,
    ),
    // a second predicate of the cue's subject ends an object or infinitive content
    (
        "The mayor criticized the harbour plan and challenged Ruiz to a public debate.",
        "The mayor",
        "criticized",
        "the harbour plan",
        Reported,
    ),
    (
        "The minister pledged to cut ferry fares and was cheered by the crowd.",
        "The minister",
        "pledged",
        "to cut ferry fares",
        Reported,
    ),
    (
        "The coach walked out, calling the fee a disgrace and threatening to quit.",
        "The coach",
        "calling",
        "the fee a disgrace",
        Reported,
    ),
    // a clause keeps its "and": the verb joined may be the clause's own
    (
        "The captain said the ferry was late and cost the town a fortune.",
        "The captain",
        "said",
        "the ferry was late and cost the town a fortune",
        Reported,
    ),
    // an opening time adverbial set off by a comma is not a participle's subject
    (
        "Late last month, the union wrote to its members, warning that the strike could last weeks.",
        "the union",
        "warning",
        "that the strike could last weeks",
        Reported,
    ),
    (
        "Shortly after the vote, the harbour board met again, saying the fees would stay.",
        "the harbour board",
        "saying",
        "the fees would stay",
        Reported,
    ),
    // a floating quantifier after an auxiliary, a bracket or a dash
    (
        "Ana Ruiz and Tom Berg have both argued that the fees are too high.",
        "Ana Ruiz and Tom Berg",
        "argued",
        "that the fees are too high",
        Reported,
    ),
    (
        "She and Councillor Tom Berg (Labour) both condemned the new parking fees.",
        "She and Councillor Tom Berg (Labour)",
        "condemned",
        "the new parking fees",
        Reported,
    ),
    // counts as subjects: a ratio spelled out, a count after "with" before a participle
    (
        "One in three said the ferry was too expensive.",
        "One in three",
        "said",
        "the ferry was too expensive",
        Reported,
    ),
    (
        "The poll put Ruiz first, with 22 percent of voters saying they would back her.",
        "22 percent of voters",
        "saying",
        "they would back her",
        Reported,
    ),
    // two determined nouns joined by "and" are one subject; a clause before "and" is not
    (
        "The mayor and the harbour master said the fees were too high.",
        "The mayor and the harbour master",
        "said",
        "the fees were too high",
        Reported,
    ),
    (
        "The talks stalled and the minister said the fees were too high.",
        "the minister",
        "said",
        "the fees were too high",
        Reported,
    ),
    // a past form that does not end in -ed ends a participle's subject
    (
        "The coach spoke for an hour, calling the fee a disgrace.",
        "The coach",
        "calling",
        "the fee a disgrace",
        Reported,
    ),
    (
        "The union ran a campaign, with one of its posters asking, “Who pays for the ferry?”",
        "one of its posters",
        "asking",
        "“Who pays for the ferry?”",
        Quote,
    ),
    (
        "The guard says two officers boarded the train and found the bag.",
        "The guard",
        "says",
        "two officers boarded the train and found the bag",
        Reported,
    ),
    // a relative clause without commas between the subject and the cue
    (
        "Officials who spoke on condition of anonymity said the talks had stalled.",
        "Officials",
        "said",
        "the talks had stalled",
        Reported,
    ),
    (
        "People who know the skipper say he will not sail again.",
        "People",
        "say",
        "he will not sail again",
        Reported,
    ),
    (
        "The mayor thanked voters who backed her and said the fees would fall.",
        "The mayor",
        "said",
        "the fees would fall",
        Reported,
    ),
    // an opening adverbial runs to the comma that a subject and its verb follow
    (
        "Chastened by the polls, as well as complaints over the cost, Ruiz revised her plan, promising to cut the fees.",
        "Ruiz",
        "promising",
        "to cut the fees",
        Reported,
    ),
    // a clause of time after an object content is not what was said
    (
        "Ruiz praised the harbour plan when the board met on Friday.",
        "Ruiz",
        "praised",
        "the harbour plan",
        Reported,
    ),
    (
        "The council condemned the new fees as Ruiz raised prices again.",
        "The council",
        "condemned",
        "the new fees",
        Reported,
    ),
    (
        "The mayor said the days when the port was busy are gone.",
        "The mayor",
        "said",
        "the days when the port was busy are gone",
        Reported,
    ),
    (
        "The mayor praised the ferry crews and went on to thank the harbour police.",
        "The mayor",
        "praised",
        "the ferry crews",
        Reported,
    ),
    (
        "The captain declined to say when the ferry would run again.",
        "The captain",
        "declined",
        "to say when the ferry would run again",
        Belief,
    ),
    // a cue inside an opening subordinate clause: the content ends where the main clause starts
    (
        "When her aides suggested that the port stay open, Ruiz wasn’t satisfied.",
        "her aides",
        "suggested",
        "that the port stay open",
        Reported,
    ),
    (
        "After the skippers warned that the fees would ruin them, the council met again.",
        "the skippers",
        "warned",
        "that the fees would ruin them",
        Reported,
    ),
];

#[test]
fn every_construction_gives_its_speaker_cue_and_content() {
    for &(sentence, speaker, cue, content, kind) in TABLE {
        let (a, x) = analyse(sentence);
        let got = attributions(&a, &x);
        assert_eq!(
            got,
            [(
                speaker.to_string(),
                cue.to_string(),
                content.to_string(),
                kind
            )],
            "{sentence}"
        );
    }
}

#[test]
fn a_quote_opening_inside_a_content_runs_on_over_its_sentences() {
    let (a, x) = analyse(
        "Ana Ruiz argued that “only the council can fix the port. Nobody else has the money.” \
         The vote is on Monday.",
    );
    assert_eq!(
        attributions(&a, &x),
        [(
            "Ana Ruiz".to_string(),
            "argued".to_string(),
            "that “only the council can fix the port. Nobody else has the money.”".to_string(),
            Reported
        )]
    );
}

#[test]
fn a_second_clause_with_its_own_source_ends_the_first_content() {
    let (a, x) = analyse(
        "The mayor said the repairs were not complete, and rights groups warned that the move was early.",
    );
    assert_eq!(
        attributions(&a, &x),
        [
            (
                "The mayor".to_string(),
                "said".to_string(),
                "the repairs were not complete".to_string(),
                Reported
            ),
            (
                "rights groups".to_string(),
                "warned".to_string(),
                "that the move was early".to_string(),
                Reported
            ),
        ]
    );
}

#[test]
fn a_subject_and_any_verb_before_a_colon_and_a_quote_attribute_it() {
    let (a, x) = analyse(
        "Ruiz boomed: “Let’s defeat her in November.”\n\
         She went even further: “If he goes on, it is the end of his career.”\n\
         For example: “We made a terrible mistake.”\n\
         And Ruiz gloated: “I told you so.”\n\
         Ruiz listed three demands: more boats, lower fees and a new pier.",
    );
    assert_eq!(
        attributions(&a, &x),
        [
            (
                "Ruiz".to_string(),
                "boomed:".to_string(),
                "“Let’s defeat her in November.”".to_string(),
                Quote
            ),
            (
                "She".to_string(),
                "went even further:".to_string(),
                "“If he goes on, it is the end of his career.”".to_string(),
                Quote
            ),
            (
                "Ruiz".to_string(),
                "gloated:".to_string(),
                "“I told you so.”".to_string(),
                Quote
            ),
        ]
    );
}

#[test]
fn a_quantifier_of_whom_is_a_relatives_source() {
    let (a, x) = analyse(
        "This angered the families of the victims, many of whom say the claims are unfounded.",
    );
    let got = attributions(&a, &x);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].1.as_str(), got[0].2.as_str()),
        ("say", "the claims are unfounded")
    );
}

#[test]
fn a_quote_after_that_belongs_to_the_earlier_cue() {
    let (a, x) = analyse(
        "As Ruiz claimed that “the fees were fair,” one of her aides said the two cases differ.",
    );
    let got = attributions(&a, &x);
    assert!(
        got.contains(&(
            "one of her aides".to_string(),
            "said".to_string(),
            "the two cases differ".to_string(),
            Reported
        )),
        "{got:?}"
    );
}

#[test]
fn a_participle_after_an_inverted_source_is_a_cue_of_that_source() {
    let (a, x) = analyse("“We will not pay,” replied Ortega, noting that the vote was close.");
    assert_eq!(
        attributions(&a, &x),
        [
            (
                "Ortega".to_string(),
                "replied".to_string(),
                "“We will not pay,”".to_string(),
                Quote
            ),
            (
                "Ortega".to_string(),
                "noting".to_string(),
                "that the vote was close".to_string(),
                Reported
            ),
        ]
    );
}

#[test]
fn a_clause_after_said_keeps_its_words_when_a_second_cue_follows() {
    let (a, x) =
        analyse("Lena Ortiz said she was tired of waiting and hoped that the council would act.");
    assert_eq!(
        attributions(&a, &x),
        [
            (
                "Lena Ortiz".to_string(),
                "said".to_string(),
                "she was tired of waiting".to_string(),
                Reported
            ),
            (
                "Lena Ortiz".to_string(),
                "hoped".to_string(),
                "that the council would act".to_string(),
                Belief
            ),
        ]
    );
}

#[test]
fn a_question_put_to_someone_is_attributed_without_a_named_asker() {
    let (a, x) = analyse(
        "Asked whether the ferry would run on Sunday, Hanna Kowal said the timetable was not final.",
    );
    assert_eq!(
        attributions(&a, &x),
        [
            (
                String::new(),
                "Asked".to_string(),
                "whether the ferry would run on Sunday".to_string(),
                Reported
            ),
            (
                "Hanna Kowal".to_string(),
                "said".to_string(),
                "the timetable was not final".to_string(),
                Reported
            ),
        ]
    );
    let (a, x) = analyse("The harbour master was asked by a reporter why the pier had closed.");
    assert_eq!(
        attributions(&a, &x),
        [(
            "a reporter".to_string(),
            "was asked".to_string(),
            "why the pier had closed".to_string(),
            Reported
        )]
    );
    // The one who asks is named: an ordinary cue.
    let (a, x) = analyse("Reporters asked whether the pier would close.");
    assert_eq!(
        attributions(&a, &x),
        [(
            "Reporters".to_string(),
            "asked".to_string(),
            "whether the pier would close".to_string(),
            Reported
        )]
    );
}

#[test]
fn what_is_expected_or_seems_is_attributed_to_no_one_named() {
    for (sentence, cue) in [
        (
            "The new ferry is widely expected to enter service in the spring.",
            "is widely expected",
        ),
        ("Turnout in the valley seems to be falling.", "seems"),
        ("The mayor doesn't seem to mind the delay.", "doesn't seem"),
    ] {
        let (a, x) = analyse(sentence);
        assert_eq!(
            attributions(&a, &x),
            [(
                String::new(),
                cue.to_string(),
                sentence.trim_end_matches('.').to_string(),
                Belief
            )],
            "{sentence}"
        );
    }
    let sentence = "The harbour board has reportedly sold the old pier.";
    let (a, x) = analyse(sentence);
    assert_eq!(
        attributions(&a, &x),
        [(
            String::new(),
            "reportedly".to_string(),
            sentence.trim_end_matches('.').to_string(),
            Reported
        )]
    );
    // Before a reporting verb of its own, the marker hedges that verb's cue.
    let (a, x) = analyse("The harbour board has reportedly agreed to sell the old pier.");
    assert_eq!(
        attributions(&a, &x),
        [(
            "The harbour board".to_string(),
            "has reportedly agreed".to_string(),
            "to sell the old pier".to_string(),
            Reported
        )]
    );
    // A relative clause has no subject of its own; a reporting verb after "to" is the cue.
    for sentence in [
        "The council, which seemed to be split, met again on Friday.",
        "She appeared on television on Monday.",
    ] {
        let (a, x) = analyse(sentence);
        assert_eq!(attributions(&a, &x), [], "{sentence}");
    }
}

#[test]
fn a_possessed_noun_of_claiming_with_a_that_clause_attributes_it() {
    let (a, x) = analyse("The board rejected Ana Ruiz's claim that the pier was unsafe.");
    assert_eq!(
        attributions(&a, &x),
        [
            (
                "The board".to_string(),
                "rejected".to_string(),
                "Ana Ruiz's claim that the pier was unsafe".to_string(),
                Reported
            ),
            (
                "Ana Ruiz's".to_string(),
                "claim".to_string(),
                "that the pier was unsafe".to_string(),
                Reported
            ),
        ]
    );
    let (a, x) = analyse("Dock workers voiced their fear that the night shifts would end.");
    let fear = attributions(&a, &x)
        .into_iter()
        .find(|(_, cue, _, _)| cue == "fear");
    assert_eq!(
        fear,
        Some((
            "their".to_string(),
            "fear".to_string(),
            "that the night shifts would end".to_string(),
            Belief
        ))
    );
    // A relative "that" and a noun with no possessor are no cue.
    for sentence in [
        "Her claim that was filed in May is still open.",
        "The claim that the pier was unsafe spread quickly.",
    ] {
        let (a, x) = analyse(sentence);
        assert!(
            attributions(&a, &x)
                .iter()
                .all(|(_, cue, _, _)| cue != "claim"),
            "{sentence}"
        );
    }
}

#[test]
fn a_participle_in_an_opening_adverbial_has_the_main_clauses_subject() {
    let (a, x) =
        analyse("After warning that the pier was unsafe, the harbour master closed it for a week.");
    assert_eq!(
        attributions(&a, &x),
        [(
            "the harbour master".to_string(),
            "warning".to_string(),
            "that the pier was unsafe".to_string(),
            Reported
        )]
    );
}

#[test]
fn the_users_extra_verbs_are_cues_only_when_listed() {
    let text = "Odile Brennan chirruped that the herons had come back to the marsh a week early.\n\
                The new boardwalk will open in June, the warden chirrups.";
    let (a, x) = analyse(text);
    let cues_of = |claims: &[Claim]| -> Vec<(String, String)> {
        claims
            .iter()
            .filter_map(|c| {
                let speaker = c.speaker.as_ref()?.text.clone();
                Some((speaker, c.cue.as_ref()?.text.clone()))
            })
            .collect()
    };
    let plain = super::extract(&a, &x.sentences, &x.sections, &x.entities);
    assert_eq!(cues_of(&plain), Vec::<(String, String)>::new());
    let extra = super::ExtraCues::new(&["chirrup".to_string()]);
    let with = super::extract_with(&a, &x.sentences, &x.sections, &x.entities, &extra);
    assert_eq!(
        cues_of(&with),
        [
            ("Odile Brennan".to_string(), "chirruped".to_string()),
            ("the warden".to_string(), "chirrups".to_string()),
        ]
    );
    let content = with
        .iter()
        .find(|c| c.cue.is_some())
        .map(|c| a.slice(c.content));
    assert_eq!(
        content,
        Some("that the herons had come back to the marsh a week early")
    );
}

#[test]
fn words_that_only_look_like_cues_give_no_attribution() {
    for sentence in [
        "His plans for the harbour were shelved last year.",
        "The United States sent two more ships to the region.",
        "She was told to leave the building at once.",
        "The member states meet again in the spring.",
        "Police found a car abandoned near the bridge.",
        "Reports of the fire reached the station at noon.",
        "The speech underscored the importance of the harbour.",
        "The bill passed in the states that held votes on Tuesday.",
        "The coordinated attacks that hit the port were never solved.",
        "Prices declined sharply in May.",
        "The unions refused.",
        "Ruiz won the seat easily, with all precincts reporting.",
        "Ruiz won the seat easily, with most voters saying.",
        "The law helps workers who have no pension plan but want one.",
        "Both songwriters who had written songs for the television show “Harbour” joined the project.",
        "The site rated 32% of Republican claims as false.",
    ] {
        let (a, x) = analyse(sentence);
        assert_eq!(attributions(&a, &x), [], "{sentence}");
    }
}

#[test]
fn spans_point_at_the_words_they_name() {
    let text = "Tom Reyes, the envoy, said the ceasefire was holding.";
    let (a, x) = analyse(text);
    let claim: &Claim = x.claims.iter().find(|c| c.cue.is_some()).unwrap();
    let speaker = claim.speaker.as_ref().unwrap();
    assert_eq!((speaker.span.start(), speaker.span.end()), (0, 20));
    let cue = claim.cue.as_ref().unwrap();
    assert_eq!((cue.span.start(), cue.span.end()), (22, 26));
    assert_eq!((claim.content.start(), claim.content.end()), (27, 52));
    assert_eq!(claim.sentence, Span::whole(text));
    assert_eq!(a.slice(claim.sentence), text);
}

#[test]
fn modal_content_is_hedged() {
    let (_, x) = analyse("The minister said fuel prices could rise next year.");
    assert!(x.claims.iter().any(|c| c.cue.is_some() && c.hedged));
    let (_, x) = analyse("The minister said fuel prices rose last year.");
    assert!(x.claims.iter().all(|c| !c.hedged));
}

/// The resolved name of the claim whose cue is `cue`, the `n`th such claim.
fn speaker_name(x: &Analysis, a: &Article, cue: &str, n: usize) -> Option<String> {
    x.claims
        .iter()
        .filter(|c| c.cue.as_ref().is_some_and(|q| a.slice(q.span) == cue))
        .nth(n)
        .and_then(|c| c.speaker.as_ref())
        .and_then(|s| s.name.clone())
}

#[test]
fn pronouns_resolve_to_the_most_recent_speaker_across_sentences_and_paragraphs() {
    let (a, x) = analyse(
        "Maria Lopez, the city engineer, said the bridge would reopen in May. She added that \
         the cost had doubled.\nTraffic has been diverted through the old town since March.\n\
         She warned that the work could run late.",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Maria Lopez")
    );
    assert_eq!(
        speaker_name(&x, &a, "added", 0).as_deref(),
        Some("Maria Lopez")
    );
    assert_eq!(
        speaker_name(&x, &a, "warned", 0).as_deref(),
        Some("Maria Lopez")
    );
}

#[test]
fn pronouns_skip_a_speaker_of_the_other_gender() {
    let (a, x) = analyse(
        "Mr. Tom Reyes said the talks had stalled. Mrs. Anna Berg said the talks would \
         resume.\nHe warned that the ceasefire was fragile.",
    );
    assert_eq!(
        speaker_name(&x, &a, "warned", 0).as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn roles_resolve_to_the_person_who_holds_them() {
    let (a, x) = analyse(
        "Transport Minister Anna Berg met union leaders on Monday. Tom Reyes, who leads the \
         drivers, said the talks had stalled.\nThe minister said the offer remained on the table.",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Tom Reyes")
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 1).as_deref(),
        Some("Anna Berg")
    );
}

#[test]
fn a_quote_runs_on_over_sentences_and_paragraphs() {
    let text = "\"We waited all night,\" said Tom Reyes. \"Nobody came to help us.\n\"But the \
                nurses did their best.\"\nThe hospital said it was sorry.";
    let (a, x) = analyse(text);
    let quote = x
        .claims
        .iter()
        .find(|c| c.kind == ClaimKind::Quote)
        .unwrap();
    assert_eq!(
        a.slice(quote.content),
        "\"We waited all night,\" said Tom Reyes. \"Nobody came to help us.\n\"But the nurses \
         did their best.\""
    );
    assert_eq!(quote.speaker.as_ref().unwrap().text, "Tom Reyes");
    assert_eq!(
        x.claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Quote)
            .count(),
        1
    );
}

#[test]
fn a_colon_at_the_end_of_a_paragraph_introduces_the_next_paragraphs_quote() {
    let (a, x) = analyse("Tom Reyes continued:\n“The ward is full and the night is long.”");
    let quote = x
        .claims
        .iter()
        .find(|c| c.kind == ClaimKind::Quote)
        .unwrap();
    assert_eq!(
        a.slice(quote.content),
        "“The ward is full and the night is long.”"
    );
}

#[test]
fn bad_text_never_panics() {
    for text in [
        "",
        "\"",
        "“",
        "”said",
        ", said",
        "said",
        "according to",
        "(((said)))",
        "He said: \"",
        "'' '' ``said''",
        "X, , , said, , ,",
        "Ünïcödé “said” — 他说 —, said Zoë.",
    ] {
        let _ = analyse(text);
    }
}

fn sample(name: &str) -> (Article, Analysis) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/articles")
        .join(name);
    let a = read_file(&path).unwrap();
    let x = analysis::analyze(&a);
    (a, x)
}

/// The claim whose content contains `words`.
fn claim_with<'x>(a: &Article, x: &'x Analysis, words: &str) -> &'x Claim {
    x.claims
        .iter()
        .find(|c| a.slice(c.content).contains(words))
        .unwrap_or_else(|| panic!("no claim contains {words:?}"))
}

#[test]
fn berlin_sample_pronouns_resolve_to_zelensky() {
    let (a, x) = sample("berlin-peace-talks.txt");
    for words in ["Kyiv could be willing", "Such guarantees"] {
        let claim = claim_with(&a, &x, words);
        let speaker = claim.speaker.as_ref().unwrap();
        assert_eq!(
            speaker.name.as_deref(),
            Some("Volodymyr Zelensky"),
            "{words}"
        );
        assert!(speaker.entity.is_some(), "{words}");
    }
}

#[test]
fn berlin_sample_groups_and_statements_keep_their_words() {
    let (a, x) = sample("berlin-peace-talks.txt");
    let officials = claim_with(&a, &x, "a negotiated end to the war");
    assert_eq!(
        officials.speaker.as_ref().unwrap().text,
        "Officials in Berlin"
    );
    let statement = claim_with(&a, &x, "the discussions as constructive");
    assert_eq!(statement.speaker.as_ref().unwrap().text, "a US statement");
    assert_eq!(statement.cue.as_ref().unwrap().text, "described");
}

#[test]
fn berlin_sample_assertions_kicker_and_title() {
    let (a, x) = sample("berlin-peace-talks.txt");
    let nato = claim_with(
        &a,
        &x,
        "Nato membership requires unanimous approval from all alliance members",
    );
    assert_eq!(nato.kind, ClaimKind::Assertion);
    assert!(nato.speaker.is_none() && nato.cue.is_none());
    let kicker = a.kicker_span.unwrap();
    assert!(x.claims.iter().all(|c| !c.sentence.overlaps(kicker)));
    let title = a.title_span.unwrap();
    assert!(
        x.claims
            .iter()
            .filter(|c| c.sentence.overlaps(title))
            .all(|c| c.kind != ClaimKind::Assertion)
    );
    assert!(x.claims.windows(2).all(|w| w[0].id + 1 == w[1].id));
}

#[test]
fn clinic_sample_quotes() {
    let (a, x) = sample("clinic-quotes.txt");
    // Colon-introduced.
    let okafor = claim_with(&a, &x, "We have never seen numbers like this");
    assert_eq!(okafor.kind, ClaimKind::Quote);
    assert_eq!(
        okafor.speaker.as_ref().unwrap().name.as_deref(),
        Some("Amara Okafor")
    );
    // Speaker in the middle: both halves are one claim.
    let middle = claim_with(&a, &x, "out of beds");
    assert!(a.slice(middle.content).starts_with("“We are,”"));
    assert_eq!(
        middle.speaker.as_ref().unwrap().name.as_deref(),
        Some("Joan Whitlock")
    );
    // A straight quote left open runs on into the next paragraph.
    let long = claim_with(&a, &x, "I don't blame the nurses");
    assert!(
        a.slice(long.content)
            .ends_with("nobody gets to me in time?\"")
    );
    assert_eq!(
        long.speaker.as_ref().unwrap().name.as_deref(),
        Some("Harun Siddiqui")
    );
}

#[test]
fn rail_sample_reported_speech_and_pronouns() {
    let (a, x) = sample("rail-strike-report.txt");
    let rubio = claim_with(
        &a,
        &x,
        "long night shifts without a second qualified person",
    );
    assert_eq!(
        rubio.speaker.as_ref().unwrap().name.as_deref(),
        Some("Carmen Rubio")
    );
    assert_eq!(rubio.cue.as_ref().unwrap().text, "argued");
    let minister = claim_with(
        &a,
        &x,
        "in line with the rulings of the Constitutional Court",
    );
    assert_eq!(
        minister.speaker.as_ref().unwrap().name.as_deref(),
        Some("Marta Quintana")
    );
    let told = claim_with(&a, &x, "the real figure was closer to 76 per cent");
    assert_eq!(told.cue.as_ref().unwrap().text, "told");
    assert_eq!(
        told.speaker.as_ref().unwrap().name.as_deref(),
        Some("Andrés Belmonte")
    );
    let according = claim_with(&a, &x, "more than 90 per cent of their members");
    assert_eq!(according.speaker.as_ref().unwrap().text, "the unions");
}

#[test]
fn one_persons_claims_across_a_library_come_in_date_then_text_order() {
    let dated = |text: &str, date: &str, path: &str| {
        let mut a = article(text);
        a.date = Some(date.to_string());
        a.path = PathBuf::from(path);
        let x = analysis::analyze(&a);
        (a, x)
    };
    let library = vec![
        dated(
            "Maria Lopez said the bridge had reopened. She added that the cost had doubled.",
            "2025-06-02",
            "later.txt",
        ),
        dated(
            "Tom Reyes said the talks had stalled. Maria Lopez said the bridge would reopen.",
            "12 May 2025",
            "earlier.txt",
        ),
    ];
    let key = library[0]
        .1
        .entities
        .iter()
        .find(|e| e.name == "Maria Lopez")
        .map(|e| e.key.clone())
        .unwrap();
    let found = super::claims_of_person(&library, &key);
    let contents: Vec<&str> = found
        .iter()
        .map(|p| p.article.slice(p.claim.content))
        .collect();
    assert_eq!(
        contents,
        [
            "the bridge would reopen",
            "the bridge had reopened",
            "that the cost had doubled"
        ]
    );
}

mod properties {
    use proptest::prelude::*;

    use super::analyse;

    /// Pieces that exercise the rules: cues, names, pronouns, quote marks of every kind,
    /// punctuation, non-ASCII words and line breaks.
    const PIECES: &[&str] = &[
        "said",
        "says",
        "told",
        "according to",
        "warned",
        "saying",
        "called for",
        "Ana Ruiz",
        "the minister",
        "he",
        "she",
        "they",
        "who",
        ",",
        ".",
        ":",
        ";",
        "“",
        "”",
        "\"",
        "''",
        "``",
        "―",
        "(",
        ")",
        "Zoë",
        "Łódź",
        "会议",
        "the",
        "that",
        "of",
        "\n",
        " ",
        "U.S.",
        "Mr.",
        "could",
        "47%",
    ];

    proptest! {
        #[test]
        fn any_mix_of_pieces_gives_valid_claims(picks in proptest::collection::vec(0..PIECES.len(), 0..60)) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
            let (a, x) = analyse(&text);
            for (n, c) in x.claims.iter().enumerate() {
                prop_assert_eq!(c.id, n);
                prop_assert!(!c.content.is_empty());
                prop_assert!(c.content.end() <= a.text.len());
                prop_assert!(a.text.is_char_boundary(c.content.start()));
                prop_assert!(a.text.is_char_boundary(c.content.end()));
                if let Some(s) = &c.speaker {
                    prop_assert_eq!(a.slice(s.span), s.text.as_str());
                }
                if let Some(q) = &c.cue {
                    prop_assert_eq!(a.slice(q.span), q.text.as_str());
                }
                prop_assert!((0.0..=1.0).contains(&c.score));
            }
        }
    }
}

#[test]
fn a_role_with_a_modifier_picks_the_person_it_fits() {
    let (a, x) = analyse(
        "Democratic nominee Anna Berg spoke first. Republican nominee Tom Reyes spoke next.\n\
         The Democratic nominee said the debate had been fair.",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Anna Berg")
    );
}

#[test]
fn they_refers_to_the_group_that_spoke_last() {
    let (a, x) = analyse(
        "The rail unions said the offer was far too low. They warned that the strike would go \
         on until Friday.",
    );
    assert_eq!(
        speaker_name(&x, &a, "warned", 0).as_deref(),
        Some("The rail unions")
    );
}

#[test]
fn labels_credits_and_no_comments_are_not_attributions() {
    for text in [
        "Regulators: to Review Harbour Fees Next Spring",
        "Photo: Ana Ruiz for the Harbour Gazette, taken at the pier",
        "The ferry company did not respond to requests for comment.",
        "A spokesman for the port did not immediately respond to a request for comment.",
    ] {
        let (a, x) = analyse(text);
        assert_eq!(attributions(&a, &x), [], "{text}");
    }
    // A transcript's speaker label still attributes.
    let (a, x) = analyse("OKAFOR: We will reopen the harbour in May.");
    assert_eq!(attributions(&a, &x).len(), 1);
}

#[test]
fn a_verb_form_inside_a_name_is_not_a_cue() {
    let (a, x) = analyse(
        "The ferry line wants fewer complaints. It has tested lower fees in Italy, Canada, \
         Ireland, Japan, Brazil, Australia, New Zealand, and the United States.",
    );
    assert_eq!(attributions(&a, &x), []);
}

#[test]
fn an_interviews_question_and_answer_marks_are_not_speakers() {
    let (a, x) = analyse(
        "Q: What did you learn in your first month as harbour master?\n\
         A: That the night shift knows more about the port than anyone else.\n\
         Q: What comes next?\n\
         A: We will open the north quay to ferries in the spring.",
    );
    let speakers: Vec<String> = attributions(&a, &x).into_iter().map(|t| t.0).collect();
    assert!(
        !speakers.iter().any(|s| s == "Q" || s == "A"),
        "{speakers:?}"
    );
}

#[test]
fn a_headline_labelled_with_a_persons_name_reports_their_words() {
    let text = "Ana Ruiz: Harbour Fees Must Fall Before Summer\n\
                Senator Ana Ruiz spoke to dock workers in Portmouth on Monday.";
    let mut a = article(text);
    a.title_span = a.paragraphs.first().copied();
    a.paragraphs.remove(0);
    let x = analysis::analyze(&a);
    let label = attributions(&a, &x)
        .into_iter()
        .find(|(_, cue, _, _)| cue == ":");
    assert_eq!(
        label,
        Some((
            "Ana Ruiz".to_string(),
            ":".to_string(),
            "Harbour Fees Must Fall Before Summer".to_string(),
            Reported
        ))
    );
    // Headline shorthand after a name is still a label.
    let text = "Ana Ruiz: to Visit Harbour Next Week\n\
                Senator Ana Ruiz spoke to dock workers in Portmouth on Monday.";
    let mut a = article(text);
    a.title_span = a.paragraphs.first().copied();
    a.paragraphs.remove(0);
    let x = analysis::analyze(&a);
    assert_eq!(attributions(&a, &x), []);
}

#[test]
fn one_check_worthy_assertion_per_section_and_attributions_rank_first() {
    let text = "The harbour fees rose by 40 percent in 2023, the largest rise in a decade.\n\
                Ferry traffic fell by 12 percent because fares doubled over two years.\n\
                Tell us what you think about the new fees in the comments.\n\
                Okafor said the fees would be reviewed in May.";
    let (_, x) = analyse(text);
    let assertions: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.kind == ClaimKind::Assertion)
        .collect();
    assert_eq!(assertions.len(), 1);
    let said = x.claims.iter().find(|c| c.cue.is_some()).unwrap();
    assert!(assertions.iter().all(|a| a.score < said.score));
}

#[test]
fn a_spokesman_speaks_for_someone_but_is_not_them() {
    let text = "Senator Ana Ruiz toured the harbour on Monday.\n\
                The tour went well, her spokesman said.\n\
                A spokeswoman for Ruiz said the fees would fall.";
    let (a, x) = analyse(text);
    let first = speaker_name(&x, &a, "said", 0).unwrap_or_default();
    assert!(first.ends_with("Ruiz's spokesman"), "{first}");
    let second = speaker_name(&x, &a, "said", 1).unwrap_or_default();
    assert!(second.ends_with("Ruiz's spokeswoman"), "{second}");
}

#[test]
fn organisation_stand_ins_and_it_resolve_to_the_organisation() {
    let text = "Northwind Logistics opened a depot near the harbour on Monday.\n\
                The company said it would hire 40 drivers by May.\n\
                It also said the depot would run at night.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Northwind Logistics")
    );
    assert_eq!(
        speaker_name(&x, &a, "also said", 0).as_deref(),
        Some("Northwind Logistics")
    );
}

#[test]
fn a_statement_speaks_for_whoever_issued_it() {
    let text = "The Harbour Authority issued a statement on Tuesday evening.\n\
                The statement said the fees would rise in spring.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Harbour Authority")
    );
}

#[test]
fn relative_who_takes_its_head_noun_phrase() {
    let text = "Residents met an architect who said the pier was unsafe.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("an architect")
    );
}

#[test]
fn relative_who_after_a_preposition_takes_a_role_but_not_a_thing() {
    let text = "The plan drew praise from the deputy mayor, who said it would save jobs.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("the deputy mayor")
    );
    let text = "Anyone familiar with the talks, who said little, was asked to stay.";
    let (a, x) = analyse(text);
    assert_eq!(speaker_name(&x, &a, "said", 0), None);
}

#[test]
fn relative_who_takes_a_plural_head_without_a_determiner() {
    let text = "The outage angered harbour officials and skippers who accused the board of panic.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "accused", 0).as_deref(),
        Some("harbour officials and skippers")
    );
}

#[test]
fn key_claims_lead_with_what_named_people_said_in_text_order() {
    let mut text = String::new();
    for n in 0..8 {
        text.push_str(&format!(
            "Fees at pier {n} rose by {} percent because fuel doubled in price.\n",
            n + 10
        ));
        text.push_str(&format!("## Pier {n}\n"));
    }
    for n in 0..14 {
        text.push_str(&format!("Ana Ruiz said pier {n} would reopen in May.\n"));
    }
    let (_, x) = analyse(&text);
    let key = super::key_claims(&x.claims);
    assert!(x.claims.len() > super::KEY_CLAIMS);
    assert_eq!(key.len(), super::KEY_CLAIMS);
    assert!(key.iter().all(|&n| x.claims[n].cue.is_some()));
    assert!(key.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn a_participle_after_a_comma_is_no_cue_without_a_clause() {
    let text = "The talks ran late, highlighting the cost of the delay.";
    let (a, x) = analyse(text);
    assert_eq!(attributions(&a, &x), []);
}

#[test]
fn a_gendered_role_word_before_a_name_tells_her_from_him() {
    let text = "Harbour master Tom Reyes said the pier would close.\n\
                “We cannot wait,” said flood widow Kim Okafor.\n\
                She said the families had waited long enough.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 2).as_deref(),
        Some("Kim Okafor")
    );
}

#[test]
fn the_person_opening_a_paragraph_outranks_an_earlier_speaker() {
    let text = "“The vote will pass,” council leader Tom Reyes said on Tuesday.\n\
                Deputy mayor Ben Okafor, despite his doubts about the cost, said \
                he would back Reyes on the vote.\n\
                “I do think the votes are there,” he said.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 2).as_deref(),
        Some("Ben Okafor")
    );
}

#[test]
fn the_subject_of_the_previous_sentence_outranks_an_earlier_speaker() {
    let text = "Ms. Lena Voss covered the trial and reports that the mood was tense.\n\
                Ms. Kim Okafor sat in the front row. She had waited two years for the verdict.\n\
                “I would do it all again,” she said.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "reports", 0).as_deref(),
        Some("Lena Voss")
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Kim Okafor")
    );
}

#[test]
fn a_person_after_a_preposition_is_no_antecedent() {
    let text = "“The board needs people who know the port,” said Tom Reyes, who chairs it.\n\
                People like Ben Okafor, he said.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 1).as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn relative_who_reaches_past_a_place_and_an_insertion() {
    let text = "Inspectors questioned Tom Reyes, a clerk at the Harbour Ministry who said \
                the logs were wiped.\nThe mayor thanked 40 retired pilots -- most of them \
                locals -- who said the runway was safe.\nThe pier was shut by a guard from \
                the north gate, who said it would reopen in May.";
    let (a, x) = analyse(text);
    // Set off by a comma, the object of a preposition is not what "who" stands for.
    assert_ne!(
        speaker_name(&x, &a, "said", 2).as_deref(),
        Some("the north gate")
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Tom Reyes")
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 1).as_deref(),
        Some("40 retired pilots")
    );
}

#[test]
fn a_role_with_a_gender_falls_back_to_a_person_of_that_gender() {
    let text = "Ms. Anna Berg leads the race. Ms. Anna Berg said she would cut fares, and \
                Ms. Anna Berg said she would build a new pier.\nMr. Tom Reyes, who owns the \
                ferry line, wants the pier too.\n“The harbour needs money,” the wealthy \
                businessman said.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 2).as_deref(),
        Some("Tom Reyes")
    );
}

#[test]
fn a_spokesman_named_with_an_organisation_speaks_for_it() {
    let text = "The ferries stopped on Monday. “Safety comes first,” a Harbour Board \
                spokesman said.";
    let (a, x) = analyse(text);
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Harbour Board's spokesman")
    );
}

#[test]
fn an_inverted_source_may_be_followed_by_a_short_adverbial() {
    for (text, source, content) in [
        (
            "“The pier stays shut,” said Tom Reyes on Friday.",
            "Tom Reyes",
            "“The pier stays shut,”",
        ),
        (
            "“We will see,” said the harbour master in a statement.",
            "the harbour master",
            "“We will see,”",
        ),
        // a date written with a slash inside the source's role
        (
            "“Nobody listened,” said 7/7 survivor Kim Okafor.",
            "7/7 survivor Kim Okafor",
            "“Nobody listened,”",
        ),
    ] {
        let (a, x) = analyse(text);
        assert_eq!(
            attributions(&a, &x),
            [(source.into(), "said".into(), content.into(), Quote)],
            "{text}"
        );
    }
}

#[test]
fn a_cue_inside_a_dateline_never_panics() {
    for text in [
        "HARBOURTON (officials said) — the pier is shut.",
        "HARBOURTON (AP) —, saying so.",
        "HARBOURTON (AP) said —",
    ] {
        let _ = analyse(text);
    }
}

#[test]
fn says_after_a_noun_phrase_takes_content_opening_with_any_word() {
    for (text, speaker, content) in [
        (
            "The retired judge says running for office is hard.",
            "The retired judge",
            "running for office is hard",
        ),
        (
            "The union says 3,400 members voted by mail.",
            "The union",
            "3,400 members voted by mail",
        ),
    ] {
        let (a, x) = analyse(text);
        assert_eq!(
            attributions(&a, &x),
            [(speaker.into(), "says".into(), content.into(), Reported)],
            "{text}"
        );
    }
}

#[test]
fn a_subject_joined_by_to_keeps_its_head() {
    let text = "Aides to the governor say she will sign the bill.";
    let (a, x) = analyse(text);
    assert_eq!(
        attributions(&a, &x),
        [(
            "Aides to the governor".into(),
            "say".into(),
            "she will sign the bill".into(),
            Reported
        )]
    );
}

#[test]
fn a_count_before_a_plural_that_ends_the_clause_is_no_source() {
    for text in [
        "The party now controls the legislature in 30 states.",
        "Another eight states, with 83 seats, have split control.",
    ] {
        let (a, x) = analyse(text);
        assert_eq!(attributions(&a, &x), [], "{text}");
    }
}

#[test]
fn added_after_a_quote_and_its_subject_takes_the_quote() {
    let text = "“The ferry will run again in June,” she added, underscoring the cost of the delay.";
    let (a, x) = analyse(text);
    assert_eq!(
        attributions(&a, &x),
        [(
            "she".into(),
            "added".into(),
            "“The ferry will run again in June,”".into(),
            Quote
        )]
    );
}

#[test]
fn a_participle_after_a_comma_takes_a_clause_without_that() {
    let text = "The coach said the team was ready, adding he expected a hard game.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        found[1],
        (
            "The coach".into(),
            "adding".into(),
            "he expected a hard game".into(),
            Reported
        )
    );
}

#[test]
fn wrote_after_a_quote_keeps_the_quote_when_its_channel_follows() {
    let text = "“No council can fix this alone,” Ruiz wrote in an email to supporters.";
    let (a, x) = analyse(text);
    assert_eq!(
        attributions(&a, &x),
        [(
            "Ruiz".into(),
            "wrote".into(),
            "“No council can fix this alone,”".into(),
            Quote
        )]
    );
}

#[test]
fn a_sentence_opening_on_a_poll_attributes_what_follows_to_it() {
    let text = "In a new survey by the harbour trust, 40 percent of residents back the ferry.";
    let (a, x) = analyse(text);
    assert_eq!(
        attributions(&a, &x),
        [(
            "a new survey by the harbour trust".into(),
            "In".into(),
            "40 percent of residents back the ferry".into(),
            Reported
        )]
    );
    // A verb in the rest attributes the content itself; a time is no poll.
    let text = "In the report, the trust said fares would rise.\nIn the morning, the ferry left.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "said");
}

#[test]
fn a_shared_subject_skips_an_opening_conjunction_or_adverb() {
    for (text, speaker) in [
        (
            "But the harbour board met late and said the pier would close.",
            "the harbour board",
        ),
        (
            "Likewise, Ruiz toured the docks and said the pier would close.",
            "Ruiz",
        ),
    ] {
        let (a, x) = analyse(text);
        let found = attributions(&a, &x);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, speaker, "{text}");
    }
}

#[test]
fn phrasal_verbs_passive_participles_credits_and_generic_you_are_no_cues() {
    for text in [
        "The exit polls reported by the networks put Ruiz ahead.",
        "The mayor showed up late to the hearing.",
        "If you want to understand the vote, look at the map.",
        "Okafor reported from Harbourton.",
    ] {
        let (a, x) = analyse(text);
        assert_eq!(attributions(&a, &x), [], "{text}");
    }
}

#[test]
fn a_no_comment_is_never_an_assertion() {
    for text in [
        "A spokesperson for the Harbour Authority of Portmouth declined to comment.",
        "Veltrona Holdings declined to comment on the report by the Portmouth Gazette.",
        "Veltrona Holdings did not immediately respond to a request for comment on Tuesday.",
    ] {
        let (a, x) = analyse(text);
        let said: Vec<&str> = x.claims.iter().map(|c| c.sentence.slice(&a.text)).collect();
        assert_eq!(said, Vec::<&str>::new(), "{text}");
    }
    let (_, x) = analyse(
        "Veltrona Holdings will raise mooring fees in Portmouth by 40 per cent from April, \
         more than twice the rise of last year.",
    );
    assert_eq!(
        x.claims.len(),
        1,
        "a check-worthy sentence is still an assertion"
    );
}

#[test]
fn a_pronoun_after_a_quote_is_not_someone_the_quote_names() {
    let (a, x) = analyse(
        "Senator Paul Ridley said the charges against the two guards were overdue.\n\
         \"Heads should have rolled the day Victor Crane died in that cell,\" he said.",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 1).as_deref(),
        Some("Paul Ridley")
    );
}

#[test]
fn a_quote_running_on_into_the_next_paragraph_still_holds_its_names() {
    // The paragraph's last quote is left open for the next paragraph: not an excerpt, so
    // "Victor Crane" stands inside a quote.
    let (a, x) = analyse(
        "Senator Paul Ridley said the charges against the two guards were overdue.\n\
         \"Heads should have rolled the day Victor Crane died in that cell,\" he said. \"The \
         prison service needs to start giving answers.\n\
         \"These arrests matter, but they are not the end of this.\"",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 1).as_deref(),
        Some("Paul Ridley")
    );
}

#[test]
fn a_pronoun_inside_a_quote_says_nothing_of_the_gender_of_the_person_before_it() {
    // "he" in Bell's own quote is someone else; without that vote Bell has no gender from
    // the text, and her given name says "she".
    let (a, x) = analyse(
        "Later, Tom Hale, a former envoy, and Rick Moreno, another aide, testified.\n\
         \"The hearing is over,\" press secretary Nora Bell said at the end of the day.\n\
         \"Specifically, Ambassador Hale confirmed that he had seen no such deal,\" she said.",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 1).as_deref(),
        Some("Nora Bell")
    );
}

#[test]
fn a_given_name_tells_he_from_she_when_the_text_does_not() {
    let (a, x) = analyse(
        "Margaret Oduya and Thomas Brandt met the harbour board on Monday.\n\
         The talks ran late into the evening.\n\
         She said the board had agreed to lower the fees.",
    );
    assert_eq!(
        speaker_name(&x, &a, "said", 0).as_deref(),
        Some("Margaret Oduya")
    );
}

#[test]
fn an_indefinite_role_is_someone_new_not_the_person_named_before() {
    let (a, x) = analyse(
        "Rep. Dale Hickory visited the border in October and argued that the country needs \
         more agents.\n\
         The agency measures seizures by weight, not by value, an agency spokesman told us.",
    );
    assert_eq!(speaker_name(&x, &a, "told", 0), None);
    let speaker = x
        .claims
        .iter()
        .find(|c| c.cue.as_ref().is_some_and(|q| a.slice(q.span) == "told"))
        .and_then(|c| c.speaker.as_ref())
        .map(|s| a.slice(s.span).to_string());
    assert_eq!(speaker.as_deref(), Some("an agency spokesman"));
}

#[test]
fn a_plural_joined_to_another_at_the_clauses_end_is_a_noun() {
    let (a, x) = analyse(
        "The Harbour Gazette also released a new app this year that puts less weight on likes \
         and retweets.",
    );
    assert_eq!(attributions(&a, &x), []);
    // A second verb sharing its subject with content after it is still a cue.
    let (a, x) = analyse("The mayor visited the pier and warns that the fees will rise.");
    assert_eq!(attributions(&a, &x).len(), 1);
}

#[test]
fn testifying_and_concluding_are_claims_only_with_content() {
    for text in [
        "The harbour committee concluded its third public hearing on Tuesday.",
        "As the charges were read, the harbour master testified before the council.",
    ] {
        let (a, x) = analyse(text);
        assert_eq!(attributions(&a, &x), [], "{text}");
    }
    let (a, x) = analyse("The harbour committee concluded that the fees were far too high.");
    assert_eq!(attributions(&a, &x).len(), 1);
    let (a, x) = analyse("The harbour master testified that the cranes had failed twice.");
    assert_eq!(attributions(&a, &x).len(), 1);
}

#[test]
fn a_one_word_quote_is_a_claim() {
    let (a, x) = analyse("\u{201c}Reckless,\u{201d} the harbour master said of the plan.");
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "\u{201c}Reckless,\u{201d}");
    // A quote opening on a one-word sentence is the whole quote, not nothing.
    let (a, x) = analyse(
        "Asked if the fees had hurt the fleet, Ruiz said, \u{201c}Sure. I see that too. Every \
         skipper watches the pier.\u{201d}",
    );
    let said: Vec<_> = attributions(&a, &x)
        .into_iter()
        .filter(|f| f.1 == "said")
        .collect();
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, "Ruiz");
    assert!(said[0].2.ends_with("watches the pier.\u{201d}"), "{said:?}");
    // An unquoted single word is still no content.
    let (a, x) = analyse("Asked about the fees, Ruiz said nothing.");
    assert!(
        attributions(&a, &x).iter().all(|f| f.1 != "said"),
        "{:?}",
        attributions(&a, &x)
    );
}

#[test]
fn seeing_something_as_something_is_a_view_held() {
    let (a, x) = analyse("Many skippers see the new toll bridge as a threat to the old harbour.");
    assert_eq!(
        attributions(&a, &x),
        [(
            "Many skippers".to_string(),
            "see".to_string(),
            "the new toll bridge as a threat to the old harbour".to_string(),
            Belief
        )]
    );
    for text in [
        "The skippers saw the new toll bridge from the pier.",
        "We will view the harbour from the ferry.",
    ] {
        let (a, x) = analyse(text);
        assert_eq!(attributions(&a, &x), [], "{text}");
    }
}

#[test]
fn forms_more_often_nouns_are_cues_only_before_a_clause_or_set_off() {
    for text in [
        "Okafor toured the western states this week.",
        "Okafor toured several coastal states this week that had voted for the toll.",
        "The harbour board attacks every plan the council brings.",
    ] {
        let (a, x) = analyse(text);
        assert_eq!(attributions(&a, &x), [], "{text}");
    }
    for (text, content) in [
        (
            "The harbour master states that the fees will rise.",
            "that the fees will rise",
        ),
        (
            "The fees are far too high, the harbour report states.",
            "The fees are far too high",
        ),
    ] {
        let (a, x) = analyse(text);
        let found = attributions(&a, &x);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, content, "{text}");
    }
}

#[test]
fn a_quoted_title_in_an_opening_adverbial_is_not_the_content() {
    for (text, content) in [
        (
            "On this weekend\u{2019}s broadcast of \u{201c}Harbour Hour,\u{201d} Ruiz said the \
             fees were a mistake.",
            "the fees were a mistake",
        ),
        (
            "In an interview on \u{201c}Dockside Tonight,\u{201d} the harbour master said that \
             the fees would stay.",
            "that the fees would stay",
        ),
    ] {
        let (a, x) = analyse(text);
        let found = attributions(&a, &x);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, content, "{text}");
    }
}

#[test]
fn a_channel_with_a_possessive_after_the_source_is_no_content() {
    let (a, x) =
        analyse("The fees will sink the smallest boats first, Ruiz said in his interview.");
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "The fees will sink the smallest boats first");
}

#[test]
fn a_nested_view_does_not_carry_the_content_past_the_next_joined_cue() {
    let (a, x) =
        analyse("The ferry board said it viewed the toll as a mistake and said it would appeal.");
    let said: Vec<String> = attributions(&a, &x)
        .into_iter()
        .filter(|f| f.1 == "said")
        .map(|f| f.2)
        .collect();
    assert_eq!(said, ["it viewed the toll as a mistake", "it would appeal"]);
    // A verb closing a relative clause is no view: "the doctors he saw had no clue as to …".
    let (a, x) = analyse("The doctors he first saw had no clue as to the cause.");
    assert_eq!(attributions(&a, &x), []);
}

/// The speaker of a participle cue (", saying …") is the subject after an opening adverb set
/// off by a comma ("Shortly after, …"), and letters in capitals that spell a pronoun ("The
/// US") are a name in that subject.
#[test]
fn a_participle_takes_the_subject_past_an_opening_adverb() {
    for (sentence, speaker) in [
        (
            "Shortly after, the mayor walked out, saying the offer was an insult.",
            "the mayor",
        ),
        (
            "The US welcomed the release, saying the two men were safe.",
            "The US",
        ),
    ] {
        let (a, x) = analyse(sentence);
        let speakers: Vec<String> = attributions(&a, &x).into_iter().map(|c| c.0).collect();
        assert_eq!(speakers, [speaker], "{sentence}");
    }
}

/// A comma closing a relative clause before the cue ends an aside, not an inverted source:
/// the speaker is the noun phrase before "which"/"who", not the object after the verb.
#[test]
fn the_subject_before_a_relative_clause_speaks() {
    for (sentence, speaker) in [
        (
            "Clinic staff said that 9,000 people in the region, which has few clinics, reported a \
             rare lung disorder in 2017.",
            "9,000 people in the region",
        ),
        (
            "Residents of the east bank, who lost power for a week, said the repairs came too late.",
            "Residents of the east bank",
        ),
    ] {
        let (a, x) = analyse(sentence);
        let speakers: Vec<String> = attributions(&a, &x).into_iter().map(|c| c.0).collect();
        assert_eq!(
            speakers.last().map(String::as_str),
            Some(speaker),
            "{sentence}"
        );
    }
}

/// "According to" a name: the source ends where a preposition or a clause starts after the
/// name, and the content keeps its own words.
#[test]
fn according_to_a_name_ends_the_source_at_a_preposition() {
    for (sentence, speaker, content) in [
        (
            "The fees will rise next year, according to Elvara Ruiz as part of the review.",
            "Elvara Ruiz",
            "The fees will rise next year",
        ),
        (
            "According to Ruiz on Monday, the fees will rise.",
            "Ruiz",
            "the fees will rise",
        ),
    ] {
        let (a, x) = analyse(sentence);
        let got: Vec<(String, String)> = attributions(&a, &x)
            .into_iter()
            .map(|c| (c.0, c.2))
            .collect();
        assert_eq!(
            got,
            [(speaker.to_string(), content.to_string())],
            "{sentence}"
        );
    }
}

#[test]
fn the_writers_own_question_about_what_was_said_is_no_claim() {
    let (a, x) = analyse("What did the harbour inspectors say?");
    assert_eq!(attributions(&a, &x), []);
    // A heading's question in capitals, and a question with no auxiliary after its opening word.
    let (a, x) = analyse("WHAT SAY YOU, HARBOUR BOARD?");
    assert_eq!(attributions(&a, &x), []);
    let (a, x) = analyse("How many skippers believe the fees will fall?");
    assert_eq!(attributions(&a, &x), []);
    // Someone's quoted question is still their words.
    let (a, x) = analyse("“What did the inspectors say?” Mara Ilic asked.");
    assert_eq!(attributions(&a, &x).len(), 1);
}

#[test]
fn a_quote_split_by_a_long_source_keeps_only_the_quote_before_it() {
    let long = "“We were ready,” said Marta Ilves, who has run the night ferry to the islands for \
                eleven years and sits on the board of the skippers’ union, after the meeting at \
                the town hall on Tuesday. “They were not.”";
    let (a, x) = analyse(long);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "“We were ready,”");
    // A short source between the quotes keeps them together.
    let short = "“We were ready,” said Marta Ilves. “They were not.”";
    let (a, x) = analyse(short);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, short);
}

#[test]
fn a_content_ending_in_a_quote_takes_the_quote_after_its_source() {
    let text = "The new fees are “a tax on the smallest boats,” Ruiz said. “Nobody asked the \
                skippers.”\nThe board met again on Friday.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].2,
        "The new fees are “a tax on the smallest boats,” Ruiz said. “Nobody asked the skippers.”"
    );
    assert_eq!(found[0].3, Reported);
}

#[test]
fn what_is_expected_stops_at_the_comma_after_its_verb_phrase() {
    for (text, content) in [
        (
            "The harbour vote is expected to pass easily, with only two members still undecided.",
            "The harbour vote is expected to pass easily",
        ),
        (
            "The new ferry seems to be popular - so popular that tickets ran out by noon.",
            "The new ferry seems to be popular",
        ),
    ] {
        let (a, x) = analyse(text);
        let found = attributions(&a, &x);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].2, content, "{text}");
    }
}

#[test]
fn an_inverted_source_with_a_long_appositive_leaves_the_content_before_it() {
    let text = "The ferry will run again by June, said Ana Ruiz, a lawyer for the port who has \
                fought the new fees since they were announced.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, "The ferry will run again by June");
    assert!(found[0].0.starts_with("Ana Ruiz"), "{found:?}");
}

#[test]
fn a_belief_verb_before_of_holds_no_view() {
    for sentence in [
        "Few skippers thought of the new fees as a threat to the harbour.",
        "He watched the ferry leave and thought of the summers he had spent on the island.",
    ] {
        let (a, x) = analyse(sentence);
        assert_eq!(attributions(&a, &x), [], "{sentence}");
    }
    // The same verb before a clause still holds one.
    let (a, x) = analyse("Few skippers thought the new fees would last.");
    assert_eq!(attributions(&a, &x).len(), 1);
}

#[test]
fn a_base_form_after_a_singular_determiner_is_a_noun() {
    for sentence in [
        "The harbour board spent less on repairs, the agency noted in a June report, and fees \
         rose again.",
        "Ruiz dismissed a Harbour Gazette report that the ferry would close.",
    ] {
        let (a, x) = analyse(sentence);
        let cues: Vec<String> = attributions(&a, &x).into_iter().map(|f| f.1).collect();
        assert!(!cues.iter().any(|c| c == "report"), "{sentence}: {cues:?}");
    }
    // A plural subject still takes the base form as a verb.
    let (a, x) = analyse("The harbour inspectors report that the pier is unsafe.");
    let cues: Vec<String> = attributions(&a, &x).into_iter().map(|f| f.1).collect();
    assert_eq!(cues, ["report"]);
}

#[test]
fn a_parenthetical_cue_leaves_out_a_contrast_after_the_content() {
    let text = "The new pier, the harbour master said, was the longest on the coast, although \
                the work is not yet finished.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].2,
        "The new pier, the harbour master said, was the longest on the coast"
    );
    // "including" goes on describing the content.
    let text = "The new pier, the harbour master said, has many uses, including night fishing.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].2.ends_with("night fishing"), "{found:?}");
}

#[test]
fn called_between_a_common_noun_and_a_quote_names_a_title() {
    let (a, x) = analyse("She teaches a night class called “Reading the Tides” at the library.");
    assert_eq!(attributions(&a, &x), []);
    let (a, x) = analyse("The mayor denounced what he called “a reckless plan.”");
    let cues: Vec<String> = attributions(&a, &x).into_iter().map(|f| f.1).collect();
    assert!(cues.iter().any(|c| c == "called"), "{cues:?}");
}

#[test]
fn what_is_expected_keeps_a_list_and_a_quote_after_a_head_must_stand_alone() {
    let text = "Inspectors reportedly found rust, cracks, loose bolts and a broken rail, the \
                harbour master said.";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    let reported = found.iter().find(|f| f.1 == "reportedly").unwrap();
    assert_eq!(
        reported.2,
        "Inspectors reportedly found rust, cracks, loose bolts and a broken rail"
    );
    let text = "The new fees are “a tax on the smallest boats,” Ruiz said. Skippers at the pier \
                hung a banner reading “No to the tax.”";
    let (a, x) = analyse(text);
    let found = attributions(&a, &x);
    let said = found.iter().find(|f| f.1 == "said").unwrap();
    assert_eq!(said.2, "The new fees are “a tax on the smallest boats,”");
}

#[test]
fn an_s_form_after_an_infinitive_is_a_plural_noun() {
    let (a, x) = analyse("A court ruling forced the council to abandon plans to sell the harbour.");
    assert_eq!(attributions(&a, &x), []);
    // A finite -s form after its subject is still a cue.
    let (a, x) = analyse("The council plans to sell the harbour next year.");
    assert_eq!(attributions(&a, &x).len(), 1);
}

#[test]
fn a_participle_s_subject_is_the_whole_noun_phrase() {
    let claims = |text: &str| {
        let (a, x) = analyse(text);
        attributions(&a, &x)
            .into_iter()
            .map(|(speaker, cue, content, _)| (speaker, cue, content))
            .collect::<Vec<_>>()
    };
    let said = |speaker: &str, cue: &str, content: &str| {
        vec![(speaker.to_string(), cue.to_string(), content.to_string())]
    };
    assert_eq!(
        claims(
            "The unprecedented scale allowed the divers to map the harbour floor, revealing how \
             the wrecks had shifted."
        ),
        said(
            "The unprecedented scale",
            "revealing",
            "how the wrecks had shifted"
        )
    );
    assert_eq!(
        claims("The harbour master subsequently closed the pier, saying the storm was too strong."),
        said("The harbour master", "saying", "the storm was too strong")
    );
    // A hyphenated compound is one noun; the time before a colon is no content.
    assert_eq!(
        claims("The 56-year-old said after his appointment: “I am glad to be here.”"),
        said("The 56-year-old", "said", "“I am glad to be here.”")
    );
}
