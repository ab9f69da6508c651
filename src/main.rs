//! The `lede` command: the reader, and `lede analyze` for scripts.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use lede::analysis::{self, Analysis};
use lede::article::{self, Article};
use lede::report::{self, Document, OutputFormat};

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
    /// Where the config file is looked for, the default config, and checking a config. (An
    /// article file named `config` opens as `./config`.)
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.licenses {
        return match print(&lede::licenses::text()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("lede: {e:#}");
                ExitCode::FAILURE
            }
        };
    }
    let result = match cli.command {
        Some(Command::Analyze { format, paths }) => analyze(&paths, format),
        Some(Command::Config { command }) => config(command, cli.config),
        None => read(&cli.paths, cli.config),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
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
    use lede::config::{self, Config, Paths};
    use lede::sanitize::sanitize;

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
            if let Err(e) = Config::load(&path, true) {
                eprintln!("lede: {e}");
                return Ok(ExitCode::from(2));
            }
            print(&format!("{}: ok\n", shown(&path)))?;
        }
    }
    Ok(ExitCode::SUCCESS)
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

fn analyze(paths: &[PathBuf], format: OutputFormat) -> anyhow::Result<ExitCode> {
    let (analysed, had_errors) = load(paths);
    if analysed.is_empty() {
        anyhow::bail!(NOTHING_READABLE);
    }
    let documents: Vec<Document<'_>> = analysed.iter().map(|(a, x)| Document::new(a, x)).collect();
    let out = report::render(&documents, format)?;
    print(&out)?;
    Ok(if had_errors {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Opens the reader on the articles, after reporting every file that could not be read. When
/// standard output is not a terminal (a pipe, a file), prints the text summary instead.
fn read(paths: &[PathBuf], config_flag: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    use std::io::IsTerminal;

    use lede::config::{Config, Paths};
    use lede::tui::{self, app::App, saved::Saved};

    let dirs = Paths::resolve(config_flag);
    let config = match &dirs.config {
        Some(path) => Config::load(path, dirs.config_required)?,
        None => Config::default(),
    };
    if !std::io::stdout().is_terminal() {
        return analyze(paths, OutputFormat::Text);
    }
    if let Err(message) = tui::terminal::check() {
        anyhow::bail!(message);
    }
    let (entries, mut problems) = tui::load(paths);
    for problem in &problems {
        eprintln!("lede: {problem}");
    }
    if entries.is_empty() {
        anyhow::bail!(NOTHING_READABLE);
    }
    let saved = match &dirs.state {
        Some(path) => {
            let (saved, problem) = Saved::load(path);
            problems.extend(problem);
            saved
        }
        None => Saved::default(),
    };
    let mut app = App::new(entries, &config, saved, problems);
    app.colours = tui::theme::Colours::from_no_color(std::env::var_os("NO_COLOR").as_deref());
    // A signal ends the reader as quitting does: the terminal is given back and the reading
    // state saved, then the exit status tells the shell which signal it was.
    // The state is saved even when the terminal failed (a closed window makes reads fail
    // before its SIGHUP is handled): what was read is worth keeping either way.
    let state = dirs.state.clone();
    let save: Arc<dyn Fn(&Saved) + Send + Sync> = Arc::new(move |saved: &Saved| {
        if let Some(path) = &state
            && let Err(e) = saved.store(path)
        {
            // The terminal may be gone; a message that cannot be printed is no reason to panic.
            let _ = writeln!(
                std::io::stderr(),
                "lede: could not save read marks to {}: {e}",
                path.display()
            );
        }
    });
    let ran = tui::run(&mut app, Arc::clone(&save));
    save(&app.saved());
    Ok(ExitCode::from(ran?.exit_status()))
}
