//! The `lede` command: the reader, and `lede analyze` for scripts.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{CommandFactory, Parser, Subcommand};

use lede::analysis::{self, Analysis};
use lede::article::{self, Article};
use lede::library_report::{self, ClaimsFormat, Found, ListFormat};
use lede::report::{self, Document, OutputFormat};
use lede::sanitize::sanitize;
use lede::store::{Store, stream, sync};

/// Read news critically in a terminal: who is in the story, who said what, what is asserted.
#[derive(Parser)]
#[command(name = "lede", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Article files or folders to open; none opens the sample articles built into lede.
    paths: Vec<PathBuf>,
    /// The reader's config file (RON; see config.example.ron). Default: $LEDE_CONFIG, else
    /// config.ron in the platform's config folder (~/.config/lede on Linux).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Print lede's licence and the notices of the data compiled into it, then exit.
    #[arg(long, exclusive = true)]
    licenses: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Print the analysis of articles (sections, entities, claims) for scripts.
    Analyze {
        /// Output format.
        #[arg(long, short, value_enum, default_value = "json")]
        format: OutputFormat,
        /// Files or folders (searched recursively); `-` reads standard input.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// People across the library: how many articles name them, how many claims they make
    /// and how many are about them. The paths are first synced into the library database.
    People {
        /// Output format.
        #[arg(long, short, value_enum, default_value = "text")]
        format: ListFormat,
        /// Files or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Claims across the library, newest first: all of them, or those by and about one
    /// person.
    Claims {
        /// The person: a name, an alias or a library key, matched loosely; when several
        /// people match, they are listed and lede exits 2.
        #[arg(long, short)]
        person: Option<String>,
        /// Output format.
        #[arg(long, short, value_enum, default_value = "text")]
        format: ClaimsFormat,
        /// Files or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Searches the full text of the library, best matches first, with the matching line.
    Search {
        /// The words to find (all of them; the last may be the start of a word).
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Output format.
        #[arg(long, short, value_enum, default_value = "text")]
        format: ListFormat,
        /// The most articles listed.
        #[arg(long, default_value_t = 20)]
        limit: usize,
        /// Files or folders (searched recursively).
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Where the config file is looked for, the default config, and checking a config. (An
    /// article file named `config` opens as `./config`.)
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Print a completion script for a shell, e.g. `lede completions bash >
    /// ~/.local/share/bash-completion/completions/lede`.
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print lede's manual page (roff), e.g. `lede man | man -l -`.
    Man,
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Print the config file lede reads: --config, else $LEDE_CONFIG, else config.ron in the
    /// platform's config folder.
    Path,
    /// Print the default config (config.example.ron), a starting point for your own.
    PrintDefault,
    /// Check a config file (default: the one lede reads): "ok", or exit 2 naming the line at
    /// fault.
    Check {
        /// The file to check.
        file: Option<PathBuf>,
    },
}

/// The analysis makes millions of small, short-lived allocations (words, keys, spans):
/// mimalloc serves them with about 9 % fewer instructions than glibc's malloc for the same
/// output. Built without transparent huge pages (`no_thp`), its peak memory stays within
/// 10 % of glibc's instead of doubling.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let state = lede::config::Paths::resolve(cli.config.clone()).state;
    if let Err(message) = lede::log::start(state.as_deref().and_then(std::path::Path::parent)) {
        eprintln!("lede: {message}");
    }
    if cli.licenses {
        return match print(&lede::licenses::text()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("lede: {e:#}");
                ExitCode::FAILURE
            }
        };
    }
    let words = || user_words(cli.config.clone());
    let result = match cli.command {
        Some(Command::Analyze { format, paths }) => words().and_then(|()| analyze(&paths, format)),
        Some(Command::People { format, paths }) => words().and_then(|()| people(&paths, format)),
        Some(Command::Claims {
            person,
            format,
            paths,
        }) => words().and_then(|()| claims(&paths, person.as_deref(), format)),
        Some(Command::Search {
            query,
            format,
            limit,
            paths,
        }) => words().and_then(|()| search(&paths, &query, limit, format)),
        Some(Command::Config { command }) => config(command, cli.config),
        Some(Command::Completions { shell }) => {
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "lede", &mut script);
            print(&String::from_utf8_lossy(&script)).map(|()| ExitCode::SUCCESS)
        }
        Some(Command::Man) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(Cli::command())
                .render(&mut page)
                .map_err(anyhow::Error::from)
                .and_then(|()| print(&String::from_utf8_lossy(&page)))
                .map(|()| ExitCode::SUCCESS)
        }
        None => read(&cli.paths, cli.config),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            tracing::error!("{e:#}");
            eprintln!("lede: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// Said when none of the given paths held an article: which files lede reads, so an empty
/// folder or one of other files is told what it lacks. (The folder walk's list of extensions
/// is `ARTICLE_EXTENSIONS` in `src/article/library.rs`.)
const NOTHING_READABLE: &str = "no readable articles among the given paths; lede reads plain \
     text (.txt, .text), Markdown (.md, .markdown), web pages (.html, .htm, .xhtml) and feeds \
     (.rss, .atom, .xml, and JSON Feed .json), and a file named on the command line whatever its \
     extension";

/// Writes to standard output; a closed pipe (`lede analyze … | head`) is not an error worth a
/// message.
fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}

/// `lede config …`: the config file's place, the defaults, and checking a file.
fn config(command: ConfigCommand, flag: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    use lede::config::{self, Config, ConfigError, Paths};
    use lede::sanitize::sanitize;
    use lede::tui::settings::Settings;

    let shown = |path: &std::path::Path| sanitize(&path.display().to_string()).into_owned();
    let dirs = Paths::resolve(flag);
    let lede_reads = || {
        dirs.config.clone().ok_or_else(|| {
            anyhow::anyhow!(
                "this system has no config folder lede knows; name a file with --config or ${}",
                config::CONFIG_ENV
            )
        })
    };
    match command {
        ConfigCommand::PrintDefault => print(config::EXAMPLE)?,
        ConfigCommand::Path => {
            let path = lede_reads()?;
            print(&format!("{}\n", shown(&path)))?;
            if !path.exists() {
                eprintln!("lede: no file there yet, so lede uses the defaults");
            }
        }
        ConfigCommand::Check { file } => {
            let named = file.is_some() || dirs.config_required;
            let path = match file {
                Some(file) => file,
                None => lede_reads()?,
            };
            if !named && !path.exists() {
                print(&format!(
                    "{}: no file, so lede uses the defaults\n",
                    shown(&path)
                ))?;
                return Ok(ExitCode::SUCCESS);
            }
            if let Err(e) = Config::load(&path, true).and_then(|config| {
                Settings::from_config(&config, None).map_err(|p| ConfigError::at(&path, p))
            }) {
                eprintln!("lede: {e}");
                return Ok(ExitCode::from(2));
            }
            print(&format!("{}: ok\n", shown(&path)))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Sets the config file's lexicon (names and reporting verbs the user added) for every
/// analysis of this run; a broken config stops lede with the file and line.
fn user_words(flag: Option<PathBuf>) -> anyhow::Result<()> {
    let dirs = lede::config::Paths::resolve(flag);
    if let Some(path) = &dirs.config {
        let config = lede::config::Config::load(path, dirs.config_required)?;
        lede::analysis::user::set(config.lexicon.words());
    }
    Ok(())
}

/// The config file's settings and the reader's made from them. A problem in either stops
/// lede before anything is read, naming the file and the line.
fn settings(
    dirs: &lede::config::Paths,
) -> Result<(lede::config::Config, lede::tui::settings::Settings), lede::config::ConfigError> {
    use lede::config::{Config, ConfigError};
    use lede::tui::settings::Settings;

    let config = match &dirs.config {
        Some(path) => Config::load(path, dirs.config_required)?,
        None => Config::default(),
    };
    let no_color = std::env::var_os("NO_COLOR");
    let settings = Settings::from_config(&config, no_color.as_deref()).map_err(|problem| {
        let path = dirs
            .config
            .as_deref()
            .unwrap_or(std::path::Path::new("config"));
        ConfigError::at(path, problem)
    })?;
    lede::analysis::user::set(config.lexicon.words());
    Ok((config, settings))
}

/// Loads the library, reporting every file that could not be read, and analyses it.
fn load(paths: &[PathBuf]) -> (Vec<(Article, Analysis)>, bool) {
    let (articles, errors) = if paths.is_empty() {
        (article::embedded_library(), Vec::new())
    } else {
        article::load_paths(paths)
    };
    for error in &errors {
        eprintln!("lede: {error}");
    }
    (analysis::analyze_library(articles), !errors.is_empty())
}

/// `lede analyze`: the samples or a RON list are rendered whole; files and folders are
/// streamed one article at a time ([`stream`]), taking unchanged files' analyses from the
/// library database when it has them and writing nothing to it.
fn analyze(paths: &[PathBuf], format: OutputFormat) -> anyhow::Result<ExitCode> {
    if paths.is_empty() || format == OutputFormat::Ron {
        let (analysed, had_errors) = load(paths);
        if analysed.is_empty() {
            anyhow::bail!(NOTHING_READABLE);
        }
        let documents: Vec<Document<'_>> =
            analysed.iter().map(|(a, x)| Document::new(a, x)).collect();
        let out = report::render(&documents, format)?;
        print(&out)?;
        return Ok(exit_status(had_errors));
    }
    let (files, errors) = article::list_paths(paths);
    let mut had_errors = !errors.is_empty();
    for error in &errors {
        eprintln!("lede: {error}");
    }
    let store = Store::default_path().and_then(|path| Store::open_for_reading(&path));
    let mut spill = stream::analyse_files(&files, store.as_ref(), &mut |error| {
        had_errors = true;
        eprintln!("lede: {error}");
    })?;
    if spill.is_empty() {
        anyhow::bail!(NOTHING_READABLE);
    }
    let mut out = Out::new();
    out.write(report::render_start(format))?;
    write_documents(&mut spill, format, &mut out)?;
    out.write(report::render_end(format))?;
    out.finish()?;
    Ok(exit_status(had_errors))
}

/// Reads the spilled documents back and writes them in order, rendered on every core: after
/// the analysis, rendering on this thread alone was a tail of the run with the other cores
/// idle. At most a few documents per core are held at once.
fn write_documents(
    spill: &mut stream::Spill,
    format: OutputFormat,
    out: &mut Out,
) -> anyhow::Result<()> {
    use lede::in_order::{Job, in_order};

    let mut first = true;
    in_order(
        4,
        stream::BATCH_BYTES,
        |(article, _, _): &(Article, Analysis, bool)| article.text.len(),
        || {
            let next = spill.next_document()?;
            let item = next.map(|(article, analysis)| Job::Todo((article, analysis, first)));
            first = false;
            Ok(item)
        },
        |(article, analysis, first): (Article, Analysis, bool)| {
            report::render_item(&Document::new(&article, &analysis), format, first)
        },
        |index, rendered| {
            let rendered = rendered.unwrap_or_else(|| {
                Err(anyhow::anyhow!(
                    "internal error while writing document {} (a bug in lede)",
                    index + 1
                ))
            })?;
            out.write(&rendered)
        },
    )
}

fn exit_status(had_errors: bool) -> ExitCode {
    if had_errors {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    }
}

/// Buffered standard output that stops writing, without an error, once the reader is gone
/// (`lede analyze … | head`).
struct Out {
    out: Option<std::io::BufWriter<std::io::StdoutLock<'static>>>,
}

impl Out {
    fn new() -> Out {
        Out {
            out: Some(std::io::BufWriter::new(std::io::stdout().lock())),
        }
    }

    fn write(&mut self, text: &str) -> anyhow::Result<()> {
        if let Some(out) = &mut self.out
            && let Err(e) = out.write_all(text.as_bytes())
        {
            self.out = None;
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                return Err(e.into());
            }
        }
        Ok(())
    }

    fn finish(mut self) -> anyhow::Result<()> {
        if let Some(out) = &mut self.out
            && let Err(e) = out.flush()
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            return Err(e.into());
        }
        Ok(())
    }
}

/// Opens the library database and syncs `paths` into it, with progress on standard error
/// when it is a terminal; gives the store, the paths as the database keeps them, and whether
/// some file could not be read.
fn synced(paths: &[PathBuf]) -> anyhow::Result<(Store, Vec<PathBuf>, bool)> {
    use std::io::IsTerminal;
    let (mut store, message) = Store::open_default();
    if let Some(message) = message {
        eprintln!("lede: {message}");
    }
    let terminal = std::io::stderr().is_terminal();
    let mut failed = false;
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let mut progress = false;
    sync::sync(&mut store, paths, &cancel, &mut |event| match event {
        sync::Event::Failed(why) => {
            if progress {
                eprint!("\r\x1b[K");
                progress = false;
            }
            eprintln!("lede: {why}");
            failed = true;
        }
        sync::Event::Progress { done, total } if terminal => {
            eprint!("\rlede: analysing {done}/{total} files");
            progress = true;
        }
        sync::Event::Done if progress => eprint!("\r\x1b[K"),
        _ => {}
    });
    let roots: Vec<PathBuf> = paths
        .iter()
        .filter_map(|p| std::fs::canonicalize(p).ok())
        .collect();
    if store.count(&roots)? == 0 {
        anyhow::bail!(NOTHING_READABLE);
    }
    Ok((store, roots, failed))
}

/// `lede people`.
fn people(paths: &[PathBuf], format: ListFormat) -> anyhow::Result<ExitCode> {
    let (store, roots, failed) = synced(paths)?;
    let people = store.people(&roots)?;
    print(&library_report::people(&people, format))?;
    Ok(exit_status(failed))
}

/// `lede claims`.
fn claims(
    paths: &[PathBuf],
    person: Option<&str>,
    format: ClaimsFormat,
) -> anyhow::Result<ExitCode> {
    let (store, roots, failed) = synced(paths)?;
    let Some(name) = person else {
        let claims = store.claims(&roots)?;
        print(&library_report::claims(None, &claims, format))?;
        return Ok(exit_status(failed));
    };
    let people = store.people(&roots)?;
    let person = match library_report::find_person(&people, name) {
        Found::One(i) => &people[i],
        Found::None => anyhow::bail!("nobody called {:?} in these articles", sanitize(name)),
        Found::Many(candidates) => {
            eprintln!(
                "lede: {:?} could be any of these; name one more fully:",
                sanitize(name)
            );
            for i in candidates.into_iter().take(20) {
                let p = &people[i];
                eprintln!(
                    "  {}  [{}]  {} articles",
                    sanitize(&p.name),
                    sanitize(&p.key),
                    p.articles
                );
            }
            return Ok(ExitCode::from(2));
        }
    };
    let claims = store.claims_of(&roots, &person.key)?;
    print(&library_report::claims(Some(person), &claims, format))?;
    Ok(exit_status(failed))
}

/// `lede search`.
fn search(
    paths: &[PathBuf],
    query: &str,
    limit: usize,
    format: ListFormat,
) -> anyhow::Result<ExitCode> {
    let (store, roots, failed) = synced(paths)?;
    let hits = store.search(&roots, query, limit)?;
    print(&library_report::hits(&hits, format))?;
    Ok(exit_status(failed))
}

/// Opens the reader on the articles, after reporting every file that could not be read. When
/// standard output is not a terminal (a pipe, a file), prints the text summary instead.
///
/// The library comes from the library database at once; new and changed files are read and
/// analysed on a worker thread while the reader is up.
fn read(paths: &[PathBuf], config_flag: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;

    use std::sync::Mutex;

    use lede::config::Paths;
    use lede::store::Store;
    use lede::tui::{self, app::App, app::Entry, background::Background, saved::Saved};

    let dirs = Paths::resolve(config_flag);
    let (config, settings) = settings(&dirs)?;
    if !std::io::stdout().is_terminal() {
        return analyze(paths, OutputFormat::Text);
    }
    if let Err(message) = tui::terminal::check() {
        anyhow::bail!(message);
    }
    tui::terminal::use_mouse(settings.mouse);
    // With no paths, the folders the config names, else the samples.
    let paths: &[PathBuf] = if paths.is_empty() {
        &config.library
    } else {
        paths
    };
    let (mut store, problem) = Store::open_default();
    if let Some(problem) = &problem {
        tracing::warn!("{problem}");
    }
    tracing::info!(paths = paths.len(), "reader opening");
    let mut problems: Vec<String> = problem.into_iter().collect();
    if let Some(state) = &dirs.state {
        problems.extend(store.import_state(state));
    }
    let stdin = paths.iter().any(|p| p.as_os_str() == "-");
    // The samples and standard input are read in full here; they are few and not on disk.
    // A library of files comes from the database, and the worker brings it up to date.
    let (entries, roots, live) = if paths.is_empty() || stdin {
        let (entries, load_problems) = tui::load(paths);
        for problem in &load_problems {
            eprintln!("lede: {problem}");
        }
        problems.extend(load_problems);
        if paths.is_empty() {
            problems.extend(tui::background::seed_samples(&mut store, &entries));
        }
        let roots = if paths.is_empty() {
            vec![PathBuf::from(article::EMBEDDED)]
        } else {
            Vec::new()
        };
        (entries, roots, false)
    } else {
        let roots: Vec<PathBuf> = paths
            .iter()
            .map(|p| std::fs::canonicalize(p).unwrap_or_else(|_| p.clone()))
            .collect();
        // Titles, dates and counts first; the worker sends the people right after.
        let cards = store.listing(&roots).unwrap_or_default();
        if cards.is_empty() {
            // A first look: is there anything to read at all? (Said before the screen is
            // taken, as an empty folder is a mistake worth a plain message.)
            let (any, errors) = article::any_listed(paths);
            for error in &errors {
                eprintln!("lede: {error}");
            }
            if !any {
                anyhow::bail!(NOTHING_READABLE);
            }
        }
        let entries: Vec<Entry> = cards.into_iter().map(Entry::listed).collect();
        (entries, roots, true)
    };
    if entries.is_empty() && !live {
        anyhow::bail!(NOTHING_READABLE);
    }
    let saved = Saved {
        read: store.read_marks().unwrap_or_default(),
        positions: store.positions().unwrap_or_default(),
        stars: store.stars().unwrap_or_default(),
    };
    // The last position is kept through a connection of its own, so the signal thread can
    // keep it while the screen's connection is busy.
    let keeper = store.reopen().ok().map(Mutex::new);
    let mut app = App::new(entries, &settings, saved, problems);
    // One file named on the command line opens by itself once it is read.
    app.open_alone = paths.len() == 1 && live && roots.first().is_some_and(|r| r.is_file());
    app.syncing = live;
    let mut background = Background::start(store, roots, live);
    // A signal ends the reader as quitting does: the terminal is given back and the reading
    // position kept, then the exit status tells the shell which signal it was. Read marks and
    // stars were kept as they were made.
    let save: Arc<dyn Fn(tui::Position) + Send + Sync> = Arc::new(move |position| {
        if let (Some((article, offset)), Some(keeper)) = (position, &keeper)
            && let Ok(store) = keeper.lock()
            && let Err(e) = store.set_position(&article, offset)
        {
            // The terminal may be gone; a message that cannot be printed is no reason to panic.
            let _ = writeln!(
                std::io::stderr(),
                "lede: could not keep the reading position: {e}"
            );
        }
    });
    let ran = tui::run(&mut app, &mut background, Arc::clone(&save));
    background.stop();
    save(app.reading_position());
    Ok(ExitCode::from(ran?.exit_status()))
}
