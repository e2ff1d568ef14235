//! The `explainer` binary end to end: each command run as a process on the
//! repository's test data, checking its output and exit status.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use news_explainer::model::validate;

/// The repository root (the workspace), where content/ and tests/data/ live.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn data(name: &str) -> PathBuf {
    root().join("tests/data").join(name)
}

/// Runs the binary from the repository root, colour left to auto-detection
/// (and so off: the output is a pipe).
fn explainer(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_explainer"))
        .args(args)
        .current_dir(root())
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// The 1-based line and column (in characters) where `needle` first stands in a file.
fn position_of(file: &Path, needle: &str) -> (usize, usize) {
    let text = fs::read_to_string(file).unwrap();
    for (index, line) in text.lines().enumerate() {
        if let Some(at) = line.find(needle) {
            return (index + 1, line[..at].chars().count() + 1);
        }
    }
    panic!("{needle:?} is not in {}", file.display());
}

#[test]
fn check_passes_the_valid_file() {
    let output = explainer(&["check", "tests/data/valid.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(
        stdout(&output).contains("tests/data/valid.json is a valid explainer (3 quotes"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn check_shows_a_misquote_with_its_position_and_a_word_diff() {
    let output = explainer(&["check", "tests/data/misquote.json"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    let (line, column) = position_of(
        &data("misquote.json"),
        "\"at their worst point since the Cold War\"",
    );
    assert!(
        text.contains(&format!("--> tests/data/misquote.json:{line}:{column}")),
        "{text}"
    );
    assert!(
        text.contains(r#""text": "at their worst point since the Cold War","#),
        "{text}"
    );
    assert!(text.contains("^^^^^^^^^^ $.quotes[0].text"), "{text}");
    assert!(
        text.contains("at their [-worst-]{+lowest+} point since the Cold War"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'), "piped output is plain: {text:?}");
}

#[test]
fn check_reports_every_fault_at_once() {
    let output = explainer(&["check", "tests/data/many-faults.json"]);
    let text = stdout(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    for (path, message) in [
        ("$.quotes[1].id", "Duplicate id “lowest-point”."),
        ("$.quotes[0].text", "is not in the source text"),
        ("$.tracker[0].status", "Unknown status “done”."),
        (
            "$.tracker[0].evidence[1].quote",
            "No quote has the id “no-deal-yet”.",
        ),
    ] {
        assert!(text.contains(path), "{path} missing:\n{text}");
        assert!(text.contains(message), "{message} missing:\n{text}");
    }
    assert!(
        text.contains("error: tests/data/many-faults.json: 4 errors"),
        "{text}"
    );
}

#[test]
fn check_json_output_has_paths_and_positions() {
    let output = explainer(&["check", "tests/data/many-faults.json", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let findings = findings.as_array().unwrap();
    let file = data("many-faults.json");
    let expected = [
        ("$.quotes[1].id", "\"lowest-point\"", 2, "duplicate_id"),
        (
            "$.quotes[0].text",
            "\"at their worst point",
            1,
            "not_in_source",
        ),
        ("$.tracker[0].status", "\"done\"", 1, "unknown_status"),
        (
            "$.tracker[0].evidence[1].quote",
            "\"no-deal-yet\"",
            1,
            "unknown_reference",
        ),
    ];
    assert_eq!(findings.len(), expected.len(), "{findings:#?}");
    for (finding, (path, value, occurrence, kind)) in findings.iter().zip(expected) {
        assert_eq!(finding["path"], path);
        assert_eq!(finding["kind"], kind);
        assert_eq!(finding["severity"], "error");
        assert!(finding["message"].as_str().is_some_and(|m| !m.is_empty()));
        assert!(finding["hint"].is_string());
        // The value's own line: the nth place the text stands in the file.
        let text = fs::read_to_string(&file).unwrap();
        let (line, column) = text
            .lines()
            .enumerate()
            .filter_map(|(i, l)| l.find(value).map(|at| (i + 1, l[..at].chars().count() + 1)))
            .nth(occurrence - 1)
            .unwrap();
        assert_eq!(finding["line"], line, "{path}");
        assert_eq!(finding["column"], column, "{path}");
    }
    let valid = explainer(&["check", "tests/data/valid.json", "--json"]);
    assert_eq!(valid.status.code(), Some(0));
    assert_eq!(stdout(&valid).trim(), "[]");
}

#[test]
fn check_of_a_structural_error_uses_the_parsers_position() {
    let output = explainer(&["check", "tests/data/wrong-type.json", "--json"]);
    assert_eq!(output.status.code(), Some(1));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let (line, column) = position_of(&data("wrong-type.json"), "7,");
    assert_eq!(findings[0]["path"], "$.quotes[0].speaker");
    assert_eq!(findings[0]["line"], line);
    assert_eq!(findings[0]["column"], column);
}

#[test]
fn check_survives_json_nested_a_hundred_thousand_levels() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.json");
    let depth = 100_000;
    fs::write(
        &file,
        format!(
            "{{\"article\": {}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        ),
    )
    .unwrap();
    let output = explainer(&["check", file.to_str().unwrap(), "--json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(findings[0]["kind"], "wrong_shape");
    assert_eq!(findings[0]["path"], "$.article[0]");
    assert!(findings[0]["message"]
        .as_str()
        .unwrap()
        .contains("invalid type: sequence"));
}

#[test]
fn colour_is_used_only_when_asked_or_on_a_terminal() {
    let always = explainer(&["check", "--color", "always", "tests/data/misquote.json"]);
    assert!(stdout(&always).contains('\u{1b}'));
    let mut command = Command::new(env!("CARGO_BIN_EXE_explainer"));
    command
        .args(["check", "tests/data/misquote.json"])
        .current_dir(root())
        .env("NO_COLOR", "1");
    let plain = command.output().unwrap();
    assert!(!String::from_utf8(plain.stdout).unwrap().contains('\u{1b}'));
}

#[test]
fn a_missing_file_is_a_usage_error() {
    for (args, file) in [
        (
            &["check", "tests/data/no-such-file.json"][..],
            "tests/data/no-such-file.json",
        ),
        (&["new", "no-such-article.txt"], "no-such-article.txt"),
        (
            &["build", "no-such.json", "--out", "unused"],
            "no-such.json",
        ),
    ] {
        let output = explainer(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(
            message.contains(&format!("error: cannot read {file}: ")),
            "{message}"
        );
        assert!(!message.contains("panicked"), "{message}");
    }
    assert!(!root().join("unused").exists());
}

#[test]
fn bad_arguments_are_usage_errors() {
    assert_eq!(explainer(&["check"]).status.code(), Some(2));
    assert_eq!(explainer(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn help_has_examples() {
    let output = explainer(&["--help"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Examples:"));
    for command in ["new", "add-report", "check", "build"] {
        let output = explainer(&[command, "--help"]);
        assert!(
            stdout(&output).contains(&format!("explainer {command} ")),
            "{command}"
        );
    }
}

#[test]
fn new_drafts_a_valid_explainer_from_the_seed_article() {
    let output = explainer(&[
        "new",
        "content/anchorage-summit.txt",
        "--published",
        "2025-08-15",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json = stdout(&output);
    let anchored = validate::load(&json).unwrap_or_else(|d| panic!("{d:#?}"));
    let explainer = &anchored.explainer;
    let quotes: Vec<&str> = explainer.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        quotes,
        [
            "at their lowest point since the Cold War.",
            "long overdue",
            "the Ukrainians and Europeans choose not to throw a wrench in",
            "well-wishing tone",
            "mutual respect and realism",
            "very productive",
            "a number of agreements reached.",
            "a couple big ones",
            "There’s no deal until there’s a deal.",
            "Next time in Moscow.",
        ]
    );
    let speakers: Vec<&str> = explainer
        .quotes
        .iter()
        .map(|q| q.speaker.as_str())
        .collect();
    assert_eq!(
        speakers,
        [
            "putin", "putin", "putin", "putin", "putin", "trump", "trump", "trump", "trump",
            "putin"
        ]
    );
    let headings: Vec<&str> = explainer
        .source
        .iter()
        .filter_map(|s| s.heading.as_deref())
        .collect();
    assert_eq!(
        headings,
        [
            "Putin: “A Long-Overdue Dialogue”",
            "Trump: “No Deal Until There’s a Deal”",
            "The Road Ahead",
            "“Next Time in Moscow”",
        ]
    );
    let people: Vec<(&str, &str, &str)> = explainer
        .people
        .iter()
        .map(|p| (p.id.as_str(), p.name.as_str(), p.role.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("putin", "Vladimir Putin", "TODO: confirm role"),
            ("trump", "Donald Trump", "TODO: confirm role"),
        ]
    );
    assert_eq!(explainer.article.dateline, "Anchorage, Alaska");
    assert_eq!(explainer.article.published, "2025-08-15");
    assert_eq!(explainer.article.headline, "TODO: headline");
    assert!(explainer.tracker.is_empty());
    assert!(stderr(&output).contains("10 quotes"), "{}", stderr(&output));
}

#[test]
fn a_draft_checks_with_warnings_only() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("draft.json");
    let draft_arg = draft.to_str().unwrap();
    let output = explainer(&["new", "content/anchorage-summit.txt", "-o", draft_arg]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());

    let check = explainer(&["check", draft_arg, "--json"]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&check)).unwrap();
    let findings = findings.as_array().unwrap();
    assert!(!findings.is_empty());
    assert!(findings.iter().all(|f| f["severity"] == "warning"));
    assert!(findings.iter().any(|f| f["path"] == "$.article.headline"));

    let denied = explainer(&["check", draft_arg, "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
    assert!(stdout(&denied).contains("warning: Placeholder left: “TODO: headline”."));

    // An existing file is not replaced without --force.
    let again = explainer(&["new", "content/anchorage-summit.txt", "-o", draft_arg]);
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("--force"));
}

/// A tiny stand-in for trunk's dist/: an index.html, a script and a nested file.
fn fake_template(dir: &Path) -> PathBuf {
    let template = dir.join("template");
    fs::create_dir_all(template.join("assets")).unwrap();
    fs::write(
        template.join("index.html"),
        "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <title>Default</title>\n    \
         <script type=\"application/json\" id=\"explainer-content\">{\"old\": true}</script>\n  \
         </head>\n  <body><div id=\"explainer\"></div></body>\n</html>\n",
    )
    .unwrap();
    fs::write(template.join("app.js"), "console.log('app');\n").unwrap();
    fs::write(template.join("assets/app.wasm"), [0u8, 97, 115, 109]).unwrap();
    template
}

/// `explainer build FILE --out OUT --template TEMPLATE EXTRA…`, which must succeed.
fn build_site(file: &Path, out: &Path, template: &Path, extra: &[&str]) -> Output {
    let output = run_build(file, out, template, extra);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    output
}

/// `explainer build FILE --out OUT --template TEMPLATE EXTRA…`, whatever it exits with.
fn run_build(file: &Path, out: &Path, template: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "build",
        file.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    explainer(&args)
}

#[test]
fn build_writes_the_page_with_the_explainer() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let story = dir.path().join("story.json");
    let json = fs::read_to_string(data("valid.json"))
        .unwrap()
        .replace("Summit ends without a deal", "Trump & Putin: <no> deal")
        .replace("\"language\": \"en\"", "\"language\": \"en-US\"");
    fs::write(&story, &json).unwrap();
    let out = dir.path().join("site");
    build_site(&story, &out, &template, &[]);

    let page = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(page.contains("<html lang=\"en-US\">"), "{page}");
    assert!(
        page.contains("<title>Trump &amp; Putin: &lt;no&gt; deal</title>"),
        "{page}"
    );
    assert_eq!(
        page.matches("id=\"explainer-content\"").count(),
        1,
        "{page}"
    );
    assert!(!page.contains("\"old\""), "{page}");
    let explainer = validate::load(&json).unwrap().explainer;
    let element =
        news_explainer::content::page_content_element(&serde_json::to_string(&explainer).unwrap());
    let head = &page[..page.find("</head>").unwrap()];
    assert!(head.contains(&element), "{page}");
    // Pre-rendered with this explainer, with a share page and image per quote.
    let fingerprint = news_explainer::content::fingerprint(
        &news_explainer::content::page_content_text(&serde_json::to_string(&explainer).unwrap()),
    );
    assert!(
        page.contains(&format!(
            "<div id=\"explainer\" data-prerendered=\"{fingerprint}\">"
        )),
        "{page}"
    );
    assert_eq!(page.matches("<li id=\"quote-").count(), 3, "{page}");
    assert!(
        head.contains("<script type=\"application/ld+json\">"),
        "{page}"
    );
    for slug in ["lowest-point", "long-overdue", "no-deal"] {
        let share = fs::read_to_string(out.join(format!("quote/{slug}/index.html"))).unwrap();
        assert!(
            share.contains(&format!(
                "id=\"explainer-link\" href=\"../../#quote-{slug}\""
            )),
            "{share}"
        );
        assert!(
            share.contains("<meta property=\"og:image\" content=\"card.png\" />"),
            "{share}"
        );
        assert!(out.join(format!("quote/{slug}/card.png")).is_file());
    }
    assert_eq!(
        fs::read(out.join("assets/app.wasm")).unwrap(),
        [0u8, 97, 115, 109]
    );
    assert_eq!(
        fs::read_to_string(out.join("app.js")).unwrap(),
        "console.log('app');\n"
    );
    // The template itself is untouched.
    assert!(fs::read_to_string(template.join("index.html"))
        .unwrap()
        .contains("<title>Default</title>"));

    // A second build into the same folder needs --force.
    let args = [
        "build",
        story.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
    ];
    assert_eq!(explainer_status(&args), Some(2));
    let forced: Vec<&str> = args.iter().copied().chain(["--force"]).collect();
    assert_eq!(explainer_status(&forced), Some(0));
}

fn explainer_status(args: &[&str]) -> Option<i32> {
    explainer(args).status.code()
}

#[test]
fn build_refuses_an_invalid_explainer_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let out = dir.path().join("site");
    let output = explainer(&[
        "build",
        "tests/data/many-faults.json",
        "--out",
        out.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let report = stderr(&output);
    assert!(report.contains("$.tracker[0].status"), "{report}");
    assert!(report.contains("4 errors"), "{report}");
    assert!(!out.exists());
}

#[test]
fn build_without_a_template_says_how_to_make_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let missing = dir.path().join("dist");
    let output = explainer(&[
        "build",
        "tests/data/valid.json",
        "--out",
        out.to_str().unwrap(),
        "--template",
        missing.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("trunk build --release"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn a_build_with_a_site_url_links_embed_js_and_answers_oembed() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    // As trunk writes them: the hashed file names in the page, the loader with placeholders.
    let page = fs::read_to_string(template.join("index.html"))
        .unwrap()
        .replace(
            "</head>",
            "<link rel=\"stylesheet\" href=\"./style-1a2b.css\"/>\
         <script type=\"module\" src=\"./boot.js\" data-explainer-js=\"./app-9f.js\" \
         data-explainer-wasm=\"./app-9f_bg.wasm\"></script></head>",
        );
    fs::write(template.join("index.html"), page).unwrap();
    fs::write(
        template.join("embed.js"),
        "const JS = '__NEWS_EXPLAINER_JS__', WASM = '__NEWS_EXPLAINER_WASM__', CSS = '__NEWS_EXPLAINER_CSS__';\n",
    )
    .unwrap();
    let out = dir.path().join("site");
    build_site(
        &data("valid.json"),
        &out,
        &template,
        &["--site-url", "https://news.example/explainers/summit"],
    );

    assert_eq!(
        fs::read_to_string(out.join("embed.js")).unwrap(),
        "const JS = 'app-9f.js', WASM = 'app-9f_bg.wasm', CSS = 'style-1a2b.css';\n"
    );
    let oembed: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("oembed.json")).unwrap()).unwrap();
    assert_eq!(oembed["type"], "rich");
    assert_eq!(oembed["version"], "1.0");
    assert!(oembed["width"].as_u64().unwrap() > 0 && oembed["height"].as_u64().unwrap() > 0);
    let html = oembed["html"].as_str().unwrap();
    assert!(
        html.contains(
            "<script src=\"https://news.example/explainers/summit/embed.js\" async></script>"
        ),
        "{html}"
    );
    let page = fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        page.contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/explainers/summit/oembed.json\""
        ),
        "{page}"
    );

    // Without a site URL there is no absolute address to put in the answer.
    let bare = dir.path().join("bare");
    build_site(&data("valid.json"), &bare, &template, &[]);
    assert!(!bare.join("oembed.json").exists());

    // EXPLAINER_SITE_URL gives the same answer as --site-url.
    let from_env = dir.path().join("from-env");
    let output = explainer_with_env(
        &[
            "build",
            data("valid.json").to_str().unwrap(),
            "--out",
            from_env.to_str().unwrap(),
            "--template",
            template.to_str().unwrap(),
        ],
        &[(
            "EXPLAINER_SITE_URL",
            "https://news.example/explainers/from-env",
        )],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let oembed: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(from_env.join("oembed.json")).unwrap()).unwrap();
    assert_eq!(oembed["type"], "rich");
    let html = oembed["html"].as_str().unwrap();
    assert!(
        html.contains(
            "<script src=\"https://news.example/explainers/from-env/embed.js\" async></script>"
        ),
        "{html}"
    );
    assert!(fs::read_to_string(from_env.join("index.html"))
        .unwrap()
        .contains(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"https://news.example/explainers/from-env/oembed.json\""
        ));
}

#[test]
fn no_share_pages_leaves_them_out() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let out = dir.path().join("site");
    let output = build_site(&data("valid.json"), &out, &template, &["--no-share-pages"]);
    assert!(
        stderr(&output).contains("0 share pages"),
        "{}",
        stderr(&output)
    );
    assert!(out.join("index.html").is_file());
    assert!(!out.join("quote").exists());
}

#[test]
fn a_build_writes_fresh_compressed_copies_unless_told_not_to() {
    use std::io::Read;
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    // A release build's own copies, describing the template's page.
    fs::write(template.join("index.html.gz"), b"stale").unwrap();
    fs::write(template.join("index.html.br"), b"stale").unwrap();
    let build = |out: &Path, extra: &[&str]| build_site(&data("valid.json"), out, &template, extra);

    let out = dir.path().join("site");
    let output = build(&out, &[]);
    assert!(
        stderr(&output).contains("Pre-compressed"),
        "{}",
        stderr(&output)
    );
    for page in ["index.html", "quote/no-deal/index.html"] {
        let original = fs::read(out.join(page)).unwrap();
        let mut gunzipped = Vec::new();
        flate2::read::GzDecoder::new(&fs::read(out.join(format!("{page}.gz"))).unwrap()[..])
            .read_to_end(&mut gunzipped)
            .unwrap();
        assert_eq!(gunzipped, original, "{page}.gz");
        let mut unbrotlied = Vec::new();
        brotli::BrotliDecompress(
            &mut &fs::read(out.join(format!("{page}.br"))).unwrap()[..],
            &mut unbrotlied,
        )
        .unwrap();
        assert_eq!(unbrotlied, original, "{page}.br");
    }
    // Too small to gain anything, and PNGs are compressed already.
    assert!(!out.join("app.js.gz").exists());
    assert!(!out.join("quote/no-deal/card.png.gz").exists());

    let plain = dir.path().join("plain");
    build(&plain, &["--no-precompress"]);
    assert!(plain.join("index.html").is_file());
    assert!(!plain.join("index.html.gz").exists());
    assert!(!plain.join("index.html.br").exists());
}

/// Runs the binary as trunk's post-build hook would: with `env` set.
fn explainer_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_explainer"))
        .args(args)
        .current_dir(root())
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR")
        .env_remove("EXPLAINER_SITE_URL")
        .env_remove("TRUNK_STAGING_DIR")
        .env_remove("TRUNK_PROFILE")
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

/// A trunk staging folder whose page carries `json` in its content element.
fn staging_folder(dir: &Path, json: &str) -> PathBuf {
    let staging = fake_template(dir);
    let page = fs::read_to_string(staging.join("index.html"))
        .unwrap()
        .replace(
            "<script type=\"application/json\" id=\"explainer-content\">{\"old\": true}</script>",
            &news_explainer::content::page_content_element(json),
        );
    fs::write(staging.join("index.html"), page).unwrap();
    staging
}

#[test]
fn prerender_in_a_trunk_hook_renders_the_staging_folder_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let json = fs::read_to_string(data("valid.json")).unwrap();
    let staging = staging_folder(dir.path(), &json);
    let staging_arg = staging.to_str().unwrap();
    // A debug build (`trunk serve`): no pre-compressed copies.
    let output = explainer_with_env(
        &["prerender"],
        &[
            ("TRUNK_STAGING_DIR", staging_arg),
            ("TRUNK_PROFILE", "debug"),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "Pre-rendered {} and 3 share pages.\n",
            staging.join("index.html").display()
        )
    );
    let page = fs::read_to_string(staging.join("index.html")).unwrap();
    let fingerprint =
        news_explainer::content::fingerprint(&news_explainer::content::page_content_text(&json));
    assert!(
        page.contains(&format!(
            "<div id=\"explainer\" data-prerendered=\"{fingerprint}\">"
        )),
        "{page}"
    );
    assert_eq!(page.matches("<li id=\"quote-").count(), 3, "{page}");
    assert!(staging.join("quote/no-deal/card.png").is_file());
    assert!(!staging.join("index.html.gz").exists());

    // Again, on its own output, without share pages: the page is rendered
    // afresh from the content it carries, not twice.
    let again = explainer_with_env(&["prerender", staging_arg, "--no-share-pages"], &[]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(stderr(&again).contains("and 0 share pages."));
    assert!(
        stderr(&again).contains("Pre-compressed"),
        "{}",
        stderr(&again)
    );
    let rerendered = fs::read_to_string(staging.join("index.html")).unwrap();
    assert_eq!(rerendered.matches("data-prerendered=").count(), 1);
    assert_eq!(rerendered.matches("<li id=\"quote-").count(), 3);
    assert!(!staging.join("quote").exists());
}

#[test]
fn prerender_of_a_page_with_invalid_content_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let output = explainer(&["prerender", template.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("the page's explainer is invalid"),
        "{}",
        stderr(&output)
    );
    assert!(!template.join("quote").exists());
}

#[test]
fn build_and_prerender_take_the_same_site_flags() {
    for command in ["build", "prerender"] {
        let help = stdout(&explainer(&[command, "--help"]));
        for flag in [
            "--site-url <URL>",
            "$EXPLAINER_SITE_URL",
            "--no-share-pages",
            "--no-precompress",
        ] {
            assert!(
                help.contains(flag),
                "{command} --help lacks {flag}:\n{help}"
            );
        }
    }
}

#[test]
fn a_build_without_precompression_removes_an_earlier_build_s_copies() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let out = dir.path().join("site");
    build_site(&data("valid.json"), &out, &template, &[]);
    assert!(out.join("index.html.gz").is_file());
    build_site(
        &data("valid.json"),
        &out,
        &template,
        &["--force", "--no-precompress"],
    );
    assert!(!out.join("index.html.gz").exists());
    assert!(!out.join("index.html.br").exists());
}

#[test]
fn listed_content_origins_go_into_the_widgets_page_and_bad_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let meta = "<meta name=\"explainer-content-origins\" \
                content=\"https://data.news.example http://127.0.0.1:8081\" />";
    let out = dir.path().join("site");
    build_site(
        &data("valid.json"),
        &out,
        &template,
        &[
            "--allow-src-origin",
            "https://Data.News.example/",
            "--allow-src-origin",
            "http://127.0.0.1:8081",
        ],
    );
    let page = fs::read_to_string(out.join("index.html")).unwrap();
    assert_eq!(page.matches(meta).count(), 1, "{page}");
    // Share pages hold no widget (they send readers to this page), so no list.
    let share_pages: Vec<_> = fs::read_dir(out.join("quote"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    assert!(!share_pages.is_empty());
    for path in share_pages {
        let share = fs::read_to_string(path.join("index.html")).unwrap();
        assert!(!share.contains("explainer-content-origins"), "{share}");
    }

    // A build without the flag lists nothing: the pages accept only their own origin.
    let bare = dir.path().join("bare");
    build_site(&data("valid.json"), &bare, &template, &[]);
    let page = fs::read_to_string(bare.join("index.html")).unwrap();
    assert!(!page.contains("explainer-content-origins"), "{page}");

    // The variable, for trunk's hook, which passes no flags.
    let output = Command::new(env!("CARGO_BIN_EXE_explainer"))
        .args(["prerender", "--no-precompress"])
        .arg(&bare)
        .env(
            "EXPLAINER_CONTENT_ORIGINS",
            "https://a.example, https://b.example",
        )
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = fs::read_to_string(bare.join("index.html")).unwrap();
    assert!(
        page.contains("content=\"https://a.example https://b.example\""),
        "{page}"
    );

    // Anything but an origin is a usage error that says what an origin is.
    for bad in ["https://news.example/content/", "data:", "*"] {
        let output = run_build(
            &data("valid.json"),
            &dir.path().join("never"),
            &template,
            &["--allow-src-origin", bad],
        );
        assert_eq!(output.status.code(), Some(2), "{bad}");
        assert!(
            stderr(&output).contains("is not an origin"),
            "{}",
            stderr(&output)
        );
        assert!(!dir.path().join("never").exists());
    }
    let output = Command::new(env!("CARGO_BIN_EXE_explainer"))
        .args(["prerender", "--no-precompress"])
        .arg(&bare)
        .env("EXPLAINER_CONTENT_ORIGINS", "https://a.example/path")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output)
            .contains("EXPLAINER_CONTENT_ORIGINS: “https://a.example/path” is not an origin"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_site_url_that_is_not_an_absolute_http_url_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let never = dir.path().join("never");
    let build = |url_flag: &[&str], env: &[(&str, &str)]| {
        let mut args: Vec<String> = vec![
            "build".into(),
            data("valid.json").to_str().unwrap().into(),
            "--out".into(),
            never.to_str().unwrap().into(),
            "--template".into(),
            template.to_str().unwrap().into(),
        ];
        args.extend(url_flag.iter().map(|s| s.to_string()));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        explainer_with_env(&args, env)
    };
    for bad in [
        "javascript:alert(document.domain)//",
        "not a url",
        "https://",
        "https://news.example/x/?a=1",
        "ftp://news.example/x/",
        "https://news.example/a b/",
    ] {
        let output = build(&["--site-url", bad], &[]);
        assert_eq!(output.status.code(), Some(2), "{bad}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("is not an absolute http(s) URL"),
            "{bad}: {}",
            stderr(&output)
        );
        let output = build(&[], &[("EXPLAINER_SITE_URL", bad)]);
        assert_eq!(output.status.code(), Some(2), "{bad}: {}", stderr(&output));
        assert!(
            stderr(&output).contains("EXPLAINER_SITE_URL: “"),
            "{bad}: {}",
            stderr(&output)
        );
        assert!(!never.exists(), "{bad}");
    }
    // The prerender command takes the same rule, from its flag or the variable.
    let staging = staging_folder(
        &dir.path().join("staging"),
        &fs::read_to_string(data("valid.json")).unwrap(),
    );
    let before = fs::read_to_string(staging.join("index.html")).unwrap();
    let output = explainer_with_env(
        &["prerender", staging.to_str().unwrap()],
        &[("EXPLAINER_SITE_URL", "javascript:alert(1)//")],
    );
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(
        fs::read_to_string(staging.join("index.html")).unwrap(),
        before
    );

    let output = build(&["--site-url", "https://news.example/explainers/x/"], &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let page = fs::read_to_string(never.join("index.html")).unwrap();
    assert!(
        page.contains("<link rel=\"canonical\" href=\"https://news.example/explainers/x/\" />"),
        "{page}"
    );
}

/// Every file under `dir`, relative, with its bytes: to show a folder unchanged.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            let meta = fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                pending.push(path);
            } else if meta.is_symlink() {
                let target = fs::read_link(&path).unwrap();
                found.push((path, target.into_os_string().into_encoded_bytes()));
            } else {
                found.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

/// The names in `dir` that start with a dot: a build's leftover staging folder.
fn hidden_entries(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect()
}

#[test]
fn force_replaces_only_the_files_the_build_writes() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let out = dir.path().join("site");
    build_site(&data("valid.json"), &out, &template, &[]);
    assert!(out.join("quote/no-deal/index.html.gz").is_file());

    // The newsroom's own files, in the folder it builds into.
    let own = [
        (
            "archive/2024-story.html.gz",
            "an old story, compressed".to_string(),
        ),
        ("archive/2024-data.json.br", "its data".to_string()),
        (
            "quote/my-own-page/index.html",
            "<p>a page of our own</p>\n".repeat(40),
        ),
        ("old-story.html", "<p>an unrelated story</p>\n".repeat(40)),
    ];
    for (name, text) in &own {
        let path = out.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    build_site(&data("valid.json"), &out, &template, &["--force"]);
    for (name, text) in &own {
        assert_eq!(&fs::read_to_string(out.join(name)).unwrap(), text, "{name}");
    }
    assert!(!out.join("old-story.html.gz").exists());
    assert!(!out.join("old-story.html.br").exists());
    assert!(!out.join("quote/my-own-page/index.html.gz").exists());
    assert!(out.join("quote/no-deal/index.html.gz").is_file());

    // A build that writes fewer files removes the earlier build's others
    // (its share pages and the compressed copies), and only those.
    build_site(
        &data("valid.json"),
        &out,
        &template,
        &["--force", "--no-share-pages", "--no-precompress"],
    );
    for (name, text) in &own {
        assert_eq!(&fs::read_to_string(out.join(name)).unwrap(), text, "{name}");
    }
    let quote_folders: Vec<String> = fs::read_dir(out.join("quote"))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(quote_folders, ["my-own-page"]);
    assert!(!out.join("index.html.gz").exists());
    assert!(!out.join("index.html.br").exists());
    assert!(out.join("index.html").is_file());
    assert_eq!(hidden_entries(dir.path()), Vec::<String>::new());
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_where_the_build_writes_is_refused_and_nothing_changes() {
    use std::os::unix::fs::symlink;
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::write(elsewhere.join("config.txt"), "secret = 1\n").unwrap();

    // A link to a file the build writes, and a link to a folder it writes into.
    for (link, target) in [
        ("app.js", elsewhere.join("config.txt")),
        ("quote", elsewhere.clone()),
    ] {
        let out = dir.path().join(format!("site-{link}"));
        build_site(&data("valid.json"), &out, &template, &[]);
        let link_path = out.join(link);
        if link_path.is_dir() {
            fs::remove_dir_all(&link_path).unwrap();
        } else {
            fs::remove_file(&link_path).unwrap();
        }
        symlink(&target, &link_path).unwrap();
        let site_before = snapshot(&out);
        let elsewhere_before = snapshot(&elsewhere);

        let output = run_build(&data("valid.json"), &out, &template, &["--force"]);
        assert_eq!(output.status.code(), Some(2), "{link}: {}", stderr(&output));
        assert!(
            stderr(&output).contains(&format!(
                "{} (to {}) is a symbolic link where the build writes",
                link_path.display(),
                target.display()
            )),
            "{}",
            stderr(&output)
        );
        assert!(stderr(&output).contains("nothing was changed"));
        assert_eq!(snapshot(&elsewhere), elsewhere_before, "{link}");
        assert_eq!(snapshot(&out), site_before, "{link}");
        assert_eq!(hidden_entries(dir.path()), Vec::<String>::new());
    }
}

#[test]
fn a_build_that_fails_leaves_the_old_site_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let out = dir.path().join("site");
    build_site(&data("valid.json"), &out, &template, &[]);
    let before = snapshot(&out);

    // A template the pre-render cannot use (no root element): it fails after
    // the template's files were copied.
    let broken = dir.path().join("broken");
    fs::create_dir_all(&broken).unwrap();
    fs::write(
        broken.join("index.html"),
        "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <title>T</title>\n  </head>\n  \
         <body><main></main></body>\n</html>\n",
    )
    .unwrap();
    fs::write(broken.join("app.js"), "console.log('new app');\n").unwrap();
    let output = run_build(&data("valid.json"), &out, &broken, &["--force"]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("no <div id=\"explainer\">"),
        "{}",
        stderr(&output)
    );
    assert_eq!(snapshot(&out), before);
    assert_eq!(hidden_entries(dir.path()), Vec::<String>::new());
}

#[test]
fn an_id_too_long_for_a_file_name_is_refused_by_check_and_build() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    let out = dir.path().join("site");
    build_site(&data("valid.json"), &out, &template, &[]);
    let before = snapshot(&out);

    let long = "no-deal-".repeat(40) + "x";
    let story = dir.path().join("story.json");
    let json = fs::read_to_string(data("valid.json"))
        .unwrap()
        .replace("\"no-deal\"", &format!("\"{long}\""));
    fs::write(&story, json).unwrap();
    let output = explainer(&["check", story.to_str().unwrap(), "--json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stdout(&output));
    let findings: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let kinds: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|finding| finding["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"id_too_long"), "{}", stdout(&output));

    let output = run_build(&story, &out, &template, &["--force"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains(&format!("is {} characters long", long.len())),
        "{}",
        stderr(&output)
    );
    assert_eq!(snapshot(&out), before);
}

#[test]
fn build_help_says_what_force_replaces_and_that_links_are_refused() {
    let help = stdout(&explainer(&["build", "--help"]));
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "replacing only the files this build writes",
        "everything else in it is left as it is",
        "A symbolic link where the build would write is refused",
    ] {
        assert!(help.contains(words), "{words}:\n{help}");
    }
}

#[test]
fn a_site_leaves_out_the_studio_of_the_release_build() {
    let dir = tempfile::tempdir().unwrap();
    let template = fake_template(dir.path());
    fs::create_dir_all(template.join("studio")).unwrap();
    fs::write(
        template.join("studio/index.html"),
        "<!doctype html><title>Studio</title>",
    )
    .unwrap();
    let out = dir.path().join("site");
    build_site(&data("valid.json"), &out, &template, &["--no-precompress"]);
    assert!(out.join("app.js").is_file());
    assert!(!out.join("studio").exists());
}

/// A follow-up of the fictional ferry talks (`tests/data/two-reports.json`).
const FOLLOW_UP: &str = "Norrvik — The councils met again in August on the early crossing.\n\
“We can sail at six,” Halvorsen said. Berg called it “still on the table.”\n";

#[test]
fn add_report_appends_a_report_with_its_quotes_drafted() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ferry.json");
    fs::copy(data("two-reports.json"), &file).unwrap();
    let report = dir.path().join("follow-up.txt");
    fs::write(&report, FOLLOW_UP).unwrap();
    let (file_arg, report_arg) = (file.to_str().unwrap(), report.to_str().unwrap());
    let add = |published: &str| {
        explainer(&[
            "add-report",
            file_arg,
            report_arg,
            "--published",
            published,
            "--headline",
            "An offer of six",
        ])
    };
    let output = add("2025-08-12");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("Added report “report-2025-08-12”")
            && stderr(&output).contains("1 section, 2 quotes, 0 new people"),
        "{}",
        stderr(&output)
    );
    let anchored = validate::load(&fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(anchored.reports.len(), 3);
    let content = &anchored.explainer;
    assert_eq!(content.reports[1].headline, "An offer of six");
    let drafted: Vec<(&str, Option<&str>, usize)> = content.quotes[6..]
        .iter()
        .zip(&anchored.quotes[6..])
        .map(|(quote, placed)| (quote.id.as_str(), quote.report.as_deref(), placed.report))
        .collect();
    assert_eq!(
        drafted,
        [
            ("we-can-sail-six", Some("report-2025-08-12"), 2),
            ("still-on-table", Some("report-2025-08-12"), 2),
        ]
    );

    // The same text again, a day later: no id is used twice.
    let output = add("2025-08-13");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let anchored = validate::load(&fs::read_to_string(&file).unwrap()).unwrap();
    let ids: Vec<&str> = anchored.explainer.quotes[8..]
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["we-can-sail-six-2", "still-on-table-2"]);
    assert_eq!(anchored.explainer.reports[2].id, "report-2025-08-13");
}

#[test]
fn add_report_leaves_the_file_alone_when_the_result_is_invalid() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ferry.json");
    fs::copy(data("two-reports.json"), &file).unwrap();
    let before = fs::read_to_string(&file).unwrap();
    let report = dir.path().join("follow-up.txt");
    fs::write(&report, FOLLOW_UP).unwrap();
    let (file_arg, report_arg) = (file.to_str().unwrap(), report.to_str().unwrap());
    // Before the last report: out of date order.
    let output = explainer(&[
        "add-report",
        file_arg,
        report_arg,
        "--published",
        "2025-06-10",
    ]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("$.reports[1].published"),
        "{}",
        stderr(&output)
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), before);
    // Not a date, or no text: usage errors.
    let output = explainer(&[
        "add-report",
        file_arg,
        report_arg,
        "--published",
        "12 August",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "\n").unwrap();
    let output = explainer(&[
        "add-report",
        file_arg,
        empty.to_str().unwrap(),
        "--published",
        "2025-08-12",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert_eq!(fs::read_to_string(&file).unwrap(), before);
}
