//! `explainer`: the newsroom's command-line tool for news explainers.
//!
//! - `explainer new article.txt -o story.json` drafts an explainer from an article;
//! - `explainer add-report story.json follow-up.txt --published 2025-09-02` adds a later report;
//! - `explainer check story.json` reports every problem at once, with line and column;
//! - `explainer build story.json --out site/` writes the widget's page with it;
//! - `explainer prerender dist/` pre-renders a built page (trunk's post-build hook);
//! - `explainer desk --data DIR` runs the newsroom's server (`desk/`).
//! - `explainer publish story.json --to s3://bucket/explainers` publishes it in place,
//!   and `explainer unpublish SLUG --to …` takes it down (publishing/).
//!
//! Each command is a function below; the modules do the work. `build` and
//! `prerender` share their site flags ([`SiteArgs`]) and their last steps, and
//! `build` hands the explainer it validated to the pre-render in memory
//! ([`PageContent`]) rather than reading it back from the page it wrote.
//!
//! Exit status: 0 when all is well, 1 when the content has problems (or warnings
//! under `--deny-warnings`), 2 for usage and file errors.

mod bidi;
mod build;
mod check;
mod desk;
mod diff;
mod embed;
mod html;
mod page_content;
mod precompress;
mod prerender;
mod publish;
mod publishing;
mod share_image;
mod share_page;
mod site;
mod structured_data;
mod stylesheet;

use std::fs;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstream::ColorChoice;
use anstyle::{AnsiColor, Effects, Style};
use clap::{Args, Parser, Subcommand, ValueEnum};
use news_explainer::content_origin::{is_site_url, listed_origin};
use news_explainer::model::validate;
use news_explainer::scaffold;

use crate::page_content::PageContent;

const EXAMPLES: &str = "\
Examples:
  explainer new content/anchorage-summit.txt -o content/draft.json
  explainer check content/draft.json
  explainer check content/anchorage-summit.json --json
  trunk build --release && explainer build content/anchorage-summit.json --out site/

Exit status: 0 when all is well, 1 when the content has problems, 2 for usage or
file errors. Colour is used on a terminal; NO_COLOR or --color never turns it off.";

const NEW_EXAMPLES: &str = "\
Examples:
  explainer new content/anchorage-summit.txt > draft.json
  explainer new article.txt -o content/story.json --published 2025-08-15

The article is plain text, one paragraph per line; blank lines are ignored. A line
is a section heading when it is at most 80 characters long, does not end like a
sentence (. ? ! … : ; , possibly followed by a closing quote) and the next line is
a paragraph. Every passage in quotation marks (“…”, \"…\", ‘…’) of the body becomes
a quote with a guessed speaker. Fill in the TODOs, then run `explainer check`.";

const ADD_REPORT_EXAMPLES: &str = "\
Examples:
  explainer add-report content/story.json follow-up.txt --published 2025-09-02
  explainer add-report story.json update.txt --published 2025-09-02 \\
      --headline \"Talks resume in Geneva\" --url https://news.example/geneva

The report is plain text, read the way `explainer new` reads an article. It is
added after the explainer's last report, with its quotes drafted (each naming
the report, with ids the explainer does not use yet) and new speakers added as
people. The file is rewritten only when the result is valid; otherwise the
problems are shown (exit 1) and nothing changes.";

const CHECK_EXAMPLES: &str = "\
Examples:
  explainer check content/anchorage-summit.json
  explainer check draft.json --deny-warnings
  explainer check draft.json --json | jq '.[] | select(.severity == \"error\")'

Errors make the file invalid (exit 1). Warnings (a TODO placeholder left, a
passage quoted twice) do not, unless --deny-warnings. --json prints an array of
{path, line, column, severity, message, hint}.";

const BUILD_EXAMPLES: &str = "\
Examples:
  trunk build --release
  explainer build content/anchorage-summit.json --out site/
  explainer build story.json --out /srv/www/story --template dist/ --force

The template (default: the repository's dist/) is copied into the output folder
and its index.html gets the explainer, its headline as <title> and its language
as <html lang>. An invalid explainer is refused with the check report.

The site is written into a folder beside the output (.site.building-…) and moved
in only when it is complete: a build that fails leaves the output as it was.
With --force, only the files this build writes are replaced (they are listed in
the output's .explainer-files, so the next build removes those it no longer
writes, such as the share page of a deleted quote); nothing else in the folder
is touched, and a symbolic link where the build would write stops it.";

/// The newsroom's tool for news explainers: draft one from an article, check it,
/// build the widget's page with it.
#[derive(Parser, Debug)]
#[command(name = "explainer", version, after_help = EXAMPLES)]
struct Cli {
    /// When to use colour: auto (on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    color: ColorWhen,

    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Draft an explainer (JSON) from a plain-text article.
    #[command(after_help = NEW_EXAMPLES)]
    New {
        /// The article: plain text, one paragraph per line.
        article: PathBuf,
        /// Write the draft here instead of to standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Replace FILE if it exists.
        #[arg(long, requires = "output")]
        force: bool,
        /// Publication date, YYYY-MM-DD [default: the date the article gives on
        /// one of its first lines, else today].
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// The article's language, a BCP 47 tag.
        #[arg(long, default_value = "en", value_name = "TAG")]
        language: String,
    },
    /// Add a later report (plain text) to an explainer, drafting its quotes.
    #[command(after_help = ADD_REPORT_EXAMPLES)]
    AddReport {
        /// The explainer JSON file; rewritten with the report added.
        explainer: PathBuf,
        /// The report: plain text, one paragraph per line.
        report: PathBuf,
        /// The report's publication date, YYYY-MM-DD.
        #[arg(long, value_name = "DATE")]
        published: String,
        /// The report's headline [default: a TODO].
        #[arg(long, value_name = "TEXT")]
        headline: Option<String>,
        /// The report's URL.
        #[arg(long, value_name = "URL")]
        url: Option<String>,
        /// The report's publisher.
        #[arg(long, value_name = "NAME")]
        publisher: Option<String>,
    },
    /// Check an explainer: every problem at once, with line and column.
    #[command(after_help = CHECK_EXAMPLES)]
    Check {
        /// The explainer JSON file.
        file: PathBuf,
        /// Print the findings as a JSON array, for other tools.
        #[arg(long)]
        json: bool,
        /// Fail (exit 1) on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Build the widget's page with an explainer, from trunk's release build.
    #[command(after_help = BUILD_EXAMPLES)]
    Build {
        /// The explainer JSON file.
        file: PathBuf,
        /// The folder to write the page into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The release build to start from [default: the repository's dist/].
        #[arg(long, value_name = "DIR")]
        template: Option<PathBuf>,
        /// Write into a folder that is not empty, replacing only the files this
        /// build writes (and removing those an earlier build wrote that this one
        /// does not); everything else in it is left as it is. A symbolic link
        /// where the build would write is refused, with nothing changed: it never
        /// writes through a link out of the folder.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Publish an explainer to a folder or an S3 bucket, in place at
    /// TARGET/SLUG/, as a new numbered version.
    #[command(after_help = PUBLISH_EXAMPLES)]
    Publish {
        /// The explainer JSON file (not with --restore).
        #[arg(required_unless_present = "restore")]
        file: Option<PathBuf>,
        /// Where: a folder, or s3://BUCKET/PREFIX (credentials and endpoint from
        /// AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION, AWS_ENDPOINT_URL).
        #[arg(long, value_name = "TARGET")]
        to: String,
        /// The explainer's folder under the target [default: the file's name
        /// without .json].
        #[arg(long, value_name = "SLUG")]
        slug: Option<String>,
        /// Publish version N again (its recorded content and site options), as
        /// a new version.
        #[arg(long, value_name = "N", conflicts_with = "file", requires = "slug")]
        restore: Option<u32>,
        /// Who publishes, for the record [default: $USER].
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
        /// The source revision to record (a commit, a CMS revision).
        #[arg(long, value_name = "TEXT")]
        revision: Option<String>,
        /// The release build to start from [default: the repository's dist/].
        #[arg(long, value_name = "DIR")]
        template: Option<PathBuf>,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Take a published explainer down: its pages and embeds show "This
    /// explainer is no longer published".
    #[command(after_help = UNPUBLISH_EXAMPLES)]
    Unpublish {
        /// The explainer's folder under the target.
        slug: String,
        /// Where it was published: a folder, or s3://BUCKET/PREFIX.
        #[arg(long, value_name = "TARGET")]
        to: String,
        /// Who unpublishes, for the record [default: $USER].
        #[arg(long, value_name = "NAME")]
        by: Option<String>,
    },
    /// Pre-render a built page: the explainer as static HTML, structured data,
    /// and a share page with its image for every quote.
    #[command(after_help = PRERENDER_EXAMPLES)]
    Prerender {
        /// The built folder [default: $TRUNK_STAGING_DIR in a trunk hook, else dist/].
        dist: Option<PathBuf>,
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Run the desk: the newsroom's server that keeps every explainer and
    /// revision and serves the Studio (or add an account, or back it up).
    #[command(after_help = desk::DESK_EXAMPLES)]
    Desk(desk::DeskArgs),
}

/// What `build` and `prerender` both write besides the page, and where it will
/// be served: the flags the two share.
#[derive(Args, Debug)]
struct SiteArgs {
    /// The absolute http(s) URL the folder will be served at, for canonical
    /// and share-image URLs (relative without it) and oembed.json (not written
    /// without it) [default: $EXPLAINER_SITE_URL]. Anything else is refused.
    #[arg(long, value_name = "URL", value_parser = site_url)]
    site_url: Option<String>,
    /// An origin (https://host[:port]) besides the pages' own whose
    /// explainers `?src=` may show on them; repeat for more [default:
    /// $EXPLAINER_CONTENT_ORIGINS, separated by spaces]. Other origins,
    /// and addresses that are not http(s) (`data:`, `blob:`), are refused.
    #[arg(long = "allow-src-origin", value_name = "ORIGIN", value_parser = listed_origin)]
    allow_src_origin: Vec<String>,
    /// Skip the share pages and their images (quick drafts; explainers with
    /// thousands of quotes, where each page repeats the whole explainer).
    #[arg(long)]
    no_share_pages: bool,
    /// Skip the pre-compressed copies (`.gz`, `.br`) beside each file; also
    /// skipped in a trunk hook of a debug build (`trunk serve`), where they
    /// would only slow each rebuild.
    #[arg(long)]
    no_precompress: bool,
}

impl SiteArgs {
    /// `--site-url` (clap checked it), else `EXPLAINER_SITE_URL` (for builds run
    /// by trunk's hook, which passes no flags); a usage error for a variable that
    /// is not an absolute http(s) URL.
    fn site_url(&self) -> Result<Option<String>, Failure> {
        if let Some(url) = &self.site_url {
            return Ok(Some(url.clone()));
        }
        match std::env::var("EXPLAINER_SITE_URL") {
            Ok(url) if !url.trim().is_empty() => site_url(&url)
                .map(Some)
                .map_err(|m| Failure::Usage(format!("EXPLAINER_SITE_URL: {m}."))),
            _ => Ok(None),
        }
    }

    /// The site builder's options for these flags, with the site URL and
    /// origins already read from them ([`Self::site_url`], [`content_origins`]).
    fn options(
        &self,
        template: PathBuf,
        site_url: Option<String>,
        content_origins: Vec<String>,
    ) -> site::SiteOptions {
        site::SiteOptions {
            template,
            site_url,
            oembed_url: None,
            live_updates: false,
            content_origins,
            share_pages: !self.no_share_pages,
            precompress: self.precompress(),
        }
    }

    /// True unless `--no-precompress`, or a trunk hook of a debug build.
    fn precompress(&self) -> bool {
        let debug_build = std::env::var("TRUNK_PROFILE").is_ok_and(|profile| profile != "release");
        !self.no_precompress && !debug_build
    }
}

const PUBLISH_EXAMPLES: &str = "\
Examples:
  explainer publish content/anchorage-summit.json --to /srv/explainers \\
      --site-url https://news.example/explainers/anchorage-summit/
  AWS_ENDPOINT_URL=http://127.0.0.1:8333 explainer publish story.json \\
      --to s3://news/explainers --site-url https://cdn.news.example/explainers/story/
  explainer publish --restore 3 --slug story --to s3://news/explainers

The site `explainer build` writes is written to TARGET/SLUG/: hashed files first,
then share pages, then the page and embed.js, so every embed code keeps working
and shows the new version; a publish that stops half-way leaves the last version
whole. Each publish is a numbered version (TARGET/_versions/SLUG/versions.json);
--restore N publishes version N again. Only errors of `explainer check` stop a
publish; its warnings are printed first.";

const UNPUBLISH_EXAMPLES: &str = "\
Examples:
  explainer unpublish anchorage-summit --to /srv/explainers
  explainer unpublish story --to s3://news/explainers

Every page of the explainer and its embed.js are replaced by a short notice,
\"This explainer is no longer published\"; SLUG/unpublished.json marks it for a
server that answers 410. Hashed files stay for pages still open. Publish again
to bring it back, or `explainer publish --restore N`.";

const PRERENDER_EXAMPLES: &str = "\
Examples:
  explainer prerender dist/
  explainer prerender dist/ --site-url https://news.example/explainers/anchorage/

trunk runs it after every build (Trunk.toml, post_build hook), so `trunk build
--release` writes the pre-rendered page and the share pages into dist/.";

/// A site URL as `--site-url` and `EXPLAINER_SITE_URL` take it (the library's
/// [`is_site_url`], the rule the Studio applies too); an error message for
/// anything else.
fn site_url(text: &str) -> Result<String, String> {
    let text = text.trim();
    if is_site_url(text) {
        Ok(text.to_string())
    } else {
        Err(format!(
            "“{text}” is not an absolute http(s) URL: give the address the folder will \
             be served at, for example https://news.example/explainers/anchorage/"
        ))
    }
}

/// The origins `--allow-src-origin` named (clap checked them), else those in
/// `EXPLAINER_CONTENT_ORIGINS`, for builds run by trunk's hook, which passes no
/// flags: normalised, without repeats; a usage error for one that is not an origin.
fn content_origins(flags: Vec<String>) -> Result<Vec<String>, Failure> {
    let given = if flags.is_empty() {
        let env = std::env::var("EXPLAINER_CONTENT_ORIGINS").unwrap_or_default();
        env.split(|c: char| c == ',' || c.is_whitespace())
            .filter(|text| !text.is_empty())
            .map(|text| {
                listed_origin(text)
                    .map_err(|m| Failure::Usage(format!("EXPLAINER_CONTENT_ORIGINS: {m}.")))
            })
            .collect::<Result<Vec<_>, _>>()?
    } else {
        flags
    };
    let mut origins = Vec::new();
    for origin in given {
        if !origins.contains(&origin) {
            origins.push(origin);
        }
    }
    Ok(origins)
}

/// How a command failed.
enum Failure {
    /// The content has problems: exit 1, the report is already printed.
    Content,
    /// A usage or file error: exit 2 with this message.
    Usage(String),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => ColorChoice::Always.write_global(),
        ColorWhen::Never => ColorChoice::Never.write_global(),
    }
    let result = match cli.command {
        Command::New {
            article,
            output,
            force,
            published,
            language,
        } => new(&article, output.as_deref(), force, published, language),
        Command::AddReport {
            explainer,
            report,
            published,
            headline,
            url,
            publisher,
        } => add_report(
            &explainer,
            &report,
            scaffold::NewReport {
                published,
                headline,
                url,
                publisher,
            },
        ),
        Command::Check {
            file,
            json,
            deny_warnings,
        } => check(&file, json, deny_warnings),
        Command::Build {
            file,
            out,
            template,
            force,
            site,
        } => build(&file, &out, template, force, &site),
        Command::Prerender { dist, site } => prerender(dist, &site),
        Command::Desk(args) => desk::run(args).map_err(Failure::Usage),
        Command::Publish {
            file,
            to,
            slug,
            restore,
            by,
            revision,
            template,
            site,
        } => publish_command(
            file.as_deref(),
            &to,
            slug,
            restore,
            by,
            revision,
            template,
            &site,
        ),
        Command::Unpublish { slug, to, by } => unpublish_command(&slug, &to, by),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Content) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);
            let _ = writeln!(anstream::stderr(), "{ERROR}error{ERROR:#}: {message}");
            ExitCode::from(2)
        }
    }
}

/// True when `stream` will show colour (a terminal, no NO_COLOR, or --color always).
fn colored<S: anstream::stream::RawStream>(stream: &anstream::AutoStream<S>) -> bool {
    stream.current_choice() != ColorChoice::Never
}

/// A file's text, without the byte-order mark some Windows editors write.
fn read(path: &Path) -> Result<String, Failure> {
    let text = fs::read_to_string(path)
        .map_err(|error| Failure::Usage(format!("cannot read {}: {error}", path.display())))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

fn new(
    article: &Path,
    output: Option<&Path>,
    force: bool,
    published: Option<String>,
    language: String,
) -> Result<(), Failure> {
    let text = read(article)?;
    if let Some(output) = output.filter(|o| o.exists() && !force) {
        return Err(Failure::Usage(format!(
            "{} exists; pass --force to replace it.",
            output.display()
        )));
    }
    // The date given, else the one the article gives near its top, else today.
    let options = scaffold::Options {
        published: published
            .or_else(|| scaffold::publication_date(&text))
            .unwrap_or_else(scaffold::today),
        language,
    };
    // A long article takes a moment (about 2 s for 10 MB): on a terminal, say so.
    let drafting = if std::io::stderr().is_terminal() {
        let spinner = indicatif::ProgressBar::new_spinner();
        spinner.set_message(format!("Drafting from {}…", article.display()));
        spinner.enable_steady_tick(std::time::Duration::from_millis(100));
        spinner
    } else {
        indicatif::ProgressBar::hidden()
    };
    let explainer = scaffold::scaffold(&text, &options);
    drafting.finish_and_clear();
    if explainer.source.is_empty() {
        return Err(Failure::Usage(format!(
            "{} has no text: write the article one paragraph per line.",
            article.display()
        )));
    }
    let json = serde_json::to_string_pretty(&explainer)
        .map_err(|error| Failure::Usage(error.to_string()))?
        + "\n";
    match output {
        Some(path) => fs::write(path, &json)
            .map_err(|error| Failure::Usage(format!("cannot write {}: {error}", path.display())))?,
        None => {
            let _ = std::io::stdout().write_all(json.as_bytes());
        }
    }
    let sections = explainer.source.len();
    let headings = explainer
        .source
        .iter()
        .filter(|s| s.heading.is_some())
        .count();
    let mut stderr = anstream::stderr();
    let _ = writeln!(
        stderr,
        "Drafted {}: {} ({headings} with a heading), {}, {}.",
        output.map_or("the explainer".into(), |p| p.display().to_string()),
        check::plural(sections, "section", "sections"),
        check::plural(explainer.quotes.len(), "quote", "quotes"),
        check::plural(explainer.people.len(), "person", "people"),
    );
    // The draft is meant to pass validation as it stands, so that `check` only
    // warns about the TODOs. When it does not (words quoted twice in a way no
    // prefix tells apart), it is still written, and the errors are shown.
    if let Err(diagnostics) = validate::load(&json) {
        const WARNING: Style = AnsiColor::Yellow.on_default().effects(Effects::BOLD);
        let _ = writeln!(
            stderr,
            "{WARNING}warning{WARNING:#}: the draft does not validate yet; fix these by hand:"
        );
        for diagnostic in &diagnostics {
            let _ = writeln!(stderr, "  {diagnostic}");
        }
        return Err(Failure::Content);
    }
    let _ = writeln!(
        stderr,
        "Next: fill in the TODOs (speakers, roles, contexts, headline), add tracker items, \
         then run `explainer check`."
    );
    Ok(())
}

fn add_report(file: &Path, report: &Path, new: scaffold::NewReport) -> Result<(), Failure> {
    if !validate::is_iso_date(&new.published) {
        return Err(Failure::Usage(format!(
            "--published “{}” is not a date in the form YYYY-MM-DD.",
            new.published
        )));
    }
    let json = read(file)?;
    let mut explainer = news_explainer::model::Explainer::from_json(&json).map_err(|problem| {
        Failure::Usage(format!(
            "{} is not an explainer: {problem}; run `explainer check` on it.",
            file.display()
        ))
    })?;
    let text = read(report)?;
    if text.trim().is_empty() {
        return Err(Failure::Usage(format!(
            "{} has no text: write the report one paragraph per line.",
            report.display()
        )));
    }
    let added = scaffold::add_report(&mut explainer, &text, new);
    let updated = serde_json::to_string_pretty(&explainer)
        .map_err(|error| Failure::Usage(error.to_string()))?
        + "\n";
    let mut stderr = anstream::stderr();
    // Only a valid result replaces the file: a newsroom's explainer is never
    // left broken by a report added to it.
    if let Err(problems) = validate::load(&updated) {
        const ERROR: Style = AnsiColor::Red.on_default().effects(Effects::BOLD);
        let _ = writeln!(
            stderr,
            "{ERROR}error{ERROR:#}: with the report added, {} would not be valid; it is unchanged:",
            file.display()
        );
        for problem in &problems {
            let _ = writeln!(stderr, "  {problem}");
        }
        return Err(Failure::Content);
    }
    // Written beside the file and moved over it, so an interrupted write
    // leaves the old file whole.
    let partial = file.with_extension("json.adding-report");
    fs::write(&partial, &updated)
        .and_then(|()| fs::rename(&partial, file))
        .map_err(|error| Failure::Usage(format!("cannot write {}: {error}", file.display())))?;
    let _ = writeln!(
        stderr,
        "Added report “{}” to {}: {}, {}, {}.",
        added.id,
        file.display(),
        check::plural(added.sections, "section", "sections"),
        check::plural(added.quotes, "quote", "quotes"),
        check::plural(added.people, "new person", "new people"),
    );
    let _ = writeln!(
        stderr,
        "Next: fill in the TODOs (headline, speakers, contexts), cite the report in tracker \
         history entries (\"report\": \"{}\"), then run `explainer check`.",
        added.id
    );
    Ok(())
}

fn check(file: &Path, json_output: bool, deny_warnings: bool) -> Result<(), Failure> {
    let json = read(file)?;
    let report = check::check(&json);
    let mut stdout = anstream::stdout();
    if json_output {
        let text = serde_json::to_string_pretty(&report.findings)
            .map_err(|error| Failure::Usage(error.to_string()))?;
        let _ = writeln!(stdout, "{text}");
    } else {
        let color = colored(&stdout);
        let text = check::render(&report, &file.display().to_string(), &json, color);
        let _ = write!(stdout, "{text}");
    }
    let errors = report.count(check::Severity::Error);
    let warnings = report.count(check::Severity::Warning);
    if errors > 0 || (deny_warnings && warnings > 0) {
        Err(Failure::Content)
    } else {
        Ok(())
    }
}

/// Writes the `.gz` and `.br` copies beside the files of a built folder.
fn precompress(dir: &Path) -> Result<(), Failure> {
    let written = precompress::precompress(dir).map_err(Failure::Usage)?;
    report_precompressed(&written);
    Ok(())
}

/// The line that says what the pre-compressed copies came to.
fn report_precompressed(written: &precompress::Precompressed) {
    let kilobytes = |bytes: u64| format!("{:.1} KB", bytes as f64 / 1000.0);
    let _ = writeln!(
        anstream::stderr(),
        "Pre-compressed {} files beside themselves: {} raw, {} gzip (.gz), {} brotli (.br).",
        written.files,
        kilobytes(written.raw_bytes),
        kilobytes(written.gzip_bytes),
        kilobytes(written.brotli_bytes)
    );
}

fn build(
    file: &Path,
    out: &Path,
    template: Option<PathBuf>,
    force: bool,
    site: &SiteArgs,
) -> Result<(), Failure> {
    // A bad origin or site URL is a usage error before anything is written.
    let content_origins = content_origins(site.allow_src_origin.clone())?;
    let site_url = site.site_url()?;
    let json = read(file)?;
    let anchored = match validate::load(&json) {
        Ok(anchored) => anchored,
        Err(_) => {
            let report = check::check(&json);
            let mut stderr = anstream::stderr();
            let color = colored(&stderr);
            let text = check::render(&report, &file.display().to_string(), &json, color);
            let _ = write!(stderr, "{text}");
            let _ = writeln!(
                stderr,
                "Nothing was built: fix the errors above, then run the build again."
            );
            return Err(Failure::Content);
        }
    };
    let template = template.unwrap_or_else(build::default_template);
    build::check_template(&template).map_err(Failure::Usage)?;
    build::check_out(&template, out, force).map_err(Failure::Usage)?;
    let content = PageContent::for_page(anchored).map_err(Failure::Usage)?;
    // Written beside `out` first: a build that fails leaves `out` as it was,
    // and only a finished one is moved in (see publish.rs).
    let staging = publish::Staging::beside(out).map_err(Failure::Usage)?;
    let options = site.options(template.clone(), site_url, content_origins);
    let built = site::build_site(&content, &options, staging.path()).map_err(Failure::Usage)?;
    report_site(&built);
    staging.publish().map_err(Failure::Usage)?;
    let _ = writeln!(
        anstream::stderr(),
        "Built {} into {} ({} files from {}, {} share pages).",
        file.display(),
        out.display(),
        built.template_files,
        template.display(),
        built.share_pages,
    );
    Ok(())
}

/// Prints what the site builder has to say: a stylesheet it could not minify,
/// and the pre-compressed copies it wrote.
fn report_site(built: &site::BuiltSite) {
    let mut stderr = anstream::stderr();
    if let Some(reason) = &built.stylesheet_kept {
        let _ = writeln!(
            stderr,
            "warning: the stylesheet is served as it was, not minified: {reason}"
        );
    }
    if let Some(written) = &built.precompressed {
        report_precompressed(written);
    }
}

/// Pre-renders a built folder in place, with the content its page carries: the
/// folder given, else trunk's staging folder in a trunk hook, else dist/.
fn prerender(dist: Option<PathBuf>, site: &SiteArgs) -> Result<(), Failure> {
    let dist = dist
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .unwrap_or_else(build::default_template);
    let content_origins = content_origins(site.allow_src_origin.clone())?;
    let site_url = site.site_url()?;
    let content = prerender::read_content(&dist).map_err(Failure::Usage)?;
    let share_pages = prerender_site(&dist, &content, site, site_url.as_deref(), &content_origins)?;
    let _ = writeln!(
        anstream::stderr(),
        "Pre-rendered {} and {share_pages} share pages.",
        dist.join("index.html").display(),
    );
    finish_copies(&dist, site)
}

/// The pre-render both commands end with; returns the number of share pages.
fn prerender_site(
    dir: &Path,
    content: &PageContent,
    site: &SiteArgs,
    site_url: Option<&str>,
    content_origins: &[String],
) -> Result<usize, Failure> {
    let written = prerender::prerender(
        dir,
        content,
        site_url,
        None,
        content_origins,
        !site.no_share_pages,
        false,
    )
    .map_err(Failure::Usage)?;
    if let stylesheet::Minified::Kept(reason) = &written.stylesheet {
        let _ = writeln!(
            anstream::stderr(),
            "warning: the stylesheet is served as it was, not minified: {reason}"
        );
    }
    Ok(written.share_pages)
}

/// The pre-compressed copies beside the files of a written folder: fresh ones,
/// or, when skipped, none (an earlier build's would describe the old pages).
fn finish_copies(dir: &Path, site: &SiteArgs) -> Result<(), Failure> {
    if site.precompress() {
        precompress(dir)
    } else {
        precompress::remove_copies(dir)
            .map(drop)
            .map_err(Failure::Usage)
    }
}

/// Who is publishing: `--by`, else the login name from the environment.
fn publisher(by: Option<String>) -> String {
    by.or_else(|| {
        ["USER", "LOGNAME", "USERNAME"]
            .iter()
            .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    })
    .unwrap_or_else(|| "unknown".to_string())
}

/// A current-thread runtime for the target's I/O (the object store is async).
fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Usage(format!("cannot start the I/O runtime: {e}")))
}

#[allow(clippy::too_many_arguments)] // one per flag of the command
fn publish_command(
    file: Option<&Path>,
    to: &str,
    slug: Option<String>,
    restore: Option<u32>,
    by: Option<String>,
    revision: Option<String>,
    template: Option<PathBuf>,
    site: &SiteArgs,
) -> Result<(), Failure> {
    let by = publisher(by);
    let template = template.unwrap_or_else(build::default_template);
    build::check_template(&template).map_err(Failure::Usage)?;
    let log = |line: &str| {
        let _ = writeln!(anstream::stderr(), "{line}");
    };
    let target = publishing::open(to).map_err(Failure::Usage)?;
    let runtime = runtime()?;
    // The version's content and options: a restore's as recorded, else the
    // file's and the flags'.
    let (slug, json, options, source_file, revision, restored_from) = if let Some(number) = restore
    {
        let slug = slug.unwrap_or_default();
        publishing::check_slug(&slug).map_err(Failure::Usage)?;
        let (json, version) = runtime
            .block_on(publishing::recorded(&*target, &slug, number))
            .map_err(Failure::Usage)?;
        let options = publishing::options_of(&version, template);
        // The restored version's own revision, unless one is given.
        let revision = revision.or(version.source.revision);
        (
            slug,
            json,
            options,
            version.source.file,
            revision,
            Some(number),
        )
    } else {
        let file = file.unwrap_or(Path::new(""));
        let slug = match slug {
            Some(slug) => slug,
            None => file
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default(),
        };
        publishing::check_slug(&slug)
            .map_err(|m| Failure::Usage(format!("{m} Pass --slug to name it.")))?;
        let content_origins = content_origins(site.allow_src_origin.clone())?;
        let site_url = site.site_url()?;
        let json = read(file)?;
        // Only errors stop a publish; warnings (a TODO left) are shown first.
        let report = check::check(&json);
        let errors = report.count(check::Severity::Error);
        if errors > 0 || report.count(check::Severity::Warning) > 0 {
            let mut stderr = anstream::stderr();
            let color = colored(&stderr);
            let text = check::render(&report, &file.display().to_string(), &json, color);
            let _ = write!(stderr, "{text}");
            if errors > 0 {
                let _ = writeln!(
                    stderr,
                    "Nothing was published: fix the errors above, then publish again."
                );
                return Err(Failure::Content);
            }
        }
        if let Some(url) = &site_url {
            if !url.trim_end_matches('/').ends_with(&format!("/{slug}")) {
                log(&format!(
                    "warning: --site-url {url} does not end in /{slug}/, the folder this \
                     publish writes; canonical and share-image URLs will point there."
                ));
            }
        }
        let options = site.options(template, site_url, content_origins);
        let source = Some(file.display().to_string());
        (slug, json, options, source, revision, None)
    };
    let publication = publishing::Publication {
        slug: &slug,
        json: &json,
        site: &options,
        by: &by,
        source_file,
        revision,
        restored_from,
    };
    let started = std::time::Instant::now();
    let built = publishing::build(&publication).map_err(Failure::Usage)?;
    let build_time = started.elapsed();
    report_site(&built.site);
    let outcome = runtime
        .block_on(publishing::publish(&*target, &publication, built, &log))
        .map_err(Failure::Usage)?;
    let write_time = started.elapsed() - build_time;
    let version = &outcome.version;
    let replaced = match outcome.previous {
        Some(previous) => format!("; it replaces version {previous}"),
        None => String::new(),
    };
    let restored = match version.restored_from {
        Some(number) => format!(", restoring version {number}"),
        None => String::new(),
    };
    let unchanged = match outcome.unchanged {
        0 => String::new(),
        n => format!(", {n} unchanged"),
    };
    let removed = match outcome.removed {
        0 => String::new(),
        n => format!(
            ", {} no longer in it removed",
            check::plural(n, "file", "files")
        ),
    };
    let _ = writeln!(
        anstream::stderr(),
        "Published version {} of {slug} to {to}/{slug}/{restored} ({} files{unchanged}{removed}{replaced}; \
         built in {:.2} s, written in {:.2} s).",
        version.number,
        version.files,
        build_time.as_secs_f64(),
        write_time.as_secs_f64(),
    );
    if let Some(url) = &version.site_url {
        let url = url.trim_end_matches('/');
        let _ = writeln!(
            anstream::stderr(),
            "Embed code (the same for every version):\n  \
             <div data-news-explainer=\"iframe\"><a href=\"{url}/\">Open the explainer</a></div>\n  \
             <script src=\"{url}/embed.js\" async></script>"
        );
    }
    Ok(())
}

fn unpublish_command(slug: &str, to: &str, by: Option<String>) -> Result<(), Failure> {
    publishing::check_slug(slug).map_err(Failure::Usage)?;
    let target = publishing::open(to).map_err(Failure::Usage)?;
    let withdrawn = runtime()?
        .block_on(publishing::unpublish(&*target, slug, &publisher(by)))
        .map_err(Failure::Usage)?;
    let version = match withdrawn.version {
        Some(number) => format!("version {number}"),
        None => "nothing live".to_string(),
    };
    let _ = writeln!(
        anstream::stderr(),
        "Unpublished {slug} from {to} (was {version}): {} now say it is no longer published; \
         {} removed; hashed files kept for pages still open.",
        check::plural(withdrawn.notices, "page or loader", "pages and loaders"),
        check::plural(withdrawn.removed, "file", "files"),
    );
    Ok(())
}
