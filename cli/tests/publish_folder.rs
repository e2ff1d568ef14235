//! `explainer publish` and `unpublish` to a local folder, end to end: the
//! layout, the versions and their record, a publish that fails half-way,
//! restoring a version, and the notice an unpublished explainer shows.

mod common;

use std::fs;
use std::io::Read;
use std::path::Path;

use common::{hashed_names, ok, run, stderr, story, template};

/// `explainer publish FILE --to TO --template T --slug summit EXTRA…`.
fn publish(file: &Path, to: &Path, template: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "publish",
        file.to_str().unwrap(),
        "--to",
        to.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
        "--slug",
        "summit",
    ];
    args.extend_from_slice(extra);
    run(&args)
}

fn history(to: &Path) -> serde_json::Value {
    let text = fs::read_to_string(to.join("_versions/summit/versions.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn gunzip(path: &Path) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(fs::File::open(path).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn a_publish_writes_the_site_under_its_slug_and_records_version_1() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), "dist", "0123456789abcdef", 4000);
    let file = story(dir.path(), "story.json", "Summit ends without a deal");
    let to = dir.path().join("public");
    let output = ok(publish(
        &file,
        &to,
        &template,
        &[
            "--site-url",
            "https://news.example/explainers/summit/",
            "--by",
            "Ana Editor",
            "--revision",
            "abc123",
        ],
    ));
    let said = stderr(&output);
    assert!(said.contains("Published version 1 of summit"), "{said}");
    assert!(
        said.contains(
            "<script src=\"https://news.example/explainers/summit/embed.js\" async></script>"
        ),
        "{said}"
    );

    let site = to.join("summit");
    let page = fs::read_to_string(site.join("index.html")).unwrap();
    assert!(page.contains("Summit ends without a deal"));
    for name in hashed_names("0123456789abcdef") {
        assert!(site.join(&name).is_file(), "{name}");
    }
    // As `explainer build` writes it: share pages, cards, embed files, copies.
    assert!(site.join("quote/lowest-point/index.html").is_file());
    assert!(site.join("quote/lowest-point/card.png").is_file());
    assert!(site.join("oembed.json").is_file());
    assert_eq!(gunzip(&site.join("index.html.gz")), page);
    // An open page learns of the next publish: content.json, named by the page;
    // inline embeds mount it.
    assert!(page.contains("<meta name=\"explainer-updates\" content=\"content.json\" />"));
    let content = fs::read_to_string(site.join("content.json")).unwrap();
    assert!(page.contains(&content), "the page's own content element");
    assert!(serde_json::from_str::<serde_json::Value>(&content).is_ok());
    assert!(fs::read_to_string(site.join("embed.js"))
        .unwrap()
        .contains("const CONTENT = 'content.json';"));
    assert!(site
        .join("news-explainer-0123456789abcdef_bg.wasm.br")
        .is_file());
    // No temporary file is left beside what was written.
    let leftovers: Vec<_> = walk(&to)
        .into_iter()
        .filter(|path| path.contains(".publishing-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    let record = history(&to);
    assert_eq!(record["current"], 1);
    let version = &record["versions"][0];
    assert_eq!(version["number"], 1);
    assert_eq!(version["by"], "Ana Editor");
    assert_eq!(version["source"]["revision"], "abc123");
    assert_eq!(version["source"]["sha256"].as_str().unwrap().len(), 64);
    assert!(version["time"].as_str().unwrap().ends_with('Z'));
    assert_eq!(
        fs::read_to_string(to.join("_versions/summit/1/explainer.json")).unwrap(),
        fs::read_to_string(&file).unwrap()
    );
}

/// Every file under `dir`, as text paths.
fn walk(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path.display().to_string());
        }
    }
    found
}

#[test]
fn a_republish_replaces_pages_in_place_and_keeps_the_old_hashed_files() {
    let dir = tempfile::tempdir().unwrap();
    let old_template = template(dir.path(), "dist-1", "1111111111111111", 4000);
    let new_template = template(dir.path(), "dist-2", "2222222222222222", 4000);
    let to = dir.path().join("public");
    let first = story(dir.path(), "first.json", "Summit ends without a deal");
    ok(publish(&first, &to, &old_template, &[]));

    // The second version drops a quote, and comes from a newer widget build.
    let second = dir.path().join("second.json");
    let mut json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&first).unwrap()).unwrap();
    json["article"]["headline"] = "Talks to resume in Moscow".into();
    let quotes = json["quotes"].as_array_mut().unwrap();
    quotes.retain(|quote| quote["id"] != "long-overdue");
    fs::write(&second, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    let said = stderr(&ok(publish(&second, &to, &new_template, &["--by", "Ben"])));
    assert!(said.contains("Published version 2 of summit"), "{said}");
    assert!(said.contains("replaces version 1"), "{said}");

    let site = to.join("summit");
    let page = fs::read_to_string(site.join("index.html")).unwrap();
    assert!(page.contains("Talks to resume in Moscow"));
    assert!(page.contains("news-explainer-2222222222222222_bg.wasm"));
    // A page still open with version 1 finds its files.
    for name in hashed_names("1111111111111111")
        .into_iter()
        .chain(hashed_names("2222222222222222"))
    {
        assert!(site.join(&name).is_file(), "{name}");
    }
    // The dropped quote's share page and card are gone, with their folder.
    assert!(!site.join("quote/long-overdue").exists());
    assert!(site.join("quote/lowest-point/index.html").is_file());

    let record = history(&to);
    assert_eq!(record["current"], 2);
    assert_eq!(record["versions"].as_array().unwrap().len(), 2);
    assert_eq!(record["versions"][1]["by"], "Ben");
}

#[test]
fn a_publish_that_fails_half_way_leaves_the_last_version_whole() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), "dist", "0123456789abcdef", 4000);
    let to = dir.path().join("public");
    let first = story(dir.path(), "first.json", "Summit ends without a deal");
    ok(publish(&first, &to, &template, &[]));
    let site = to.join("summit");
    let page = fs::read_to_string(site.join("index.html")).unwrap();

    // A share page's folder replaced by a link out of the target: the publish
    // refuses to write through it, half-way through the share pages.
    let elsewhere = dir.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::remove_dir_all(site.join("quote/no-deal")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, site.join("quote/no-deal")).unwrap();
    let second = story(dir.path(), "second.json", "Talks to resume in Moscow");
    let output = publish(&second, &to, &template, &[]);
    assert_eq!(output.status.code(), Some(2));
    let said = stderr(&output);
    assert!(said.contains("publishing version 2 of summit"), "{said}");
    assert!(
        said.contains("stopped while writing the share pages"),
        "{said}"
    );
    assert!(said.contains("symbolic link"), "{said}");
    assert!(said.contains("Readers still get version 1"), "{said}");

    // The page and its record are version 1's, and its files are there.
    assert_eq!(fs::read_to_string(site.join("index.html")).unwrap(), page);
    assert_eq!(gunzip(&site.join("index.html.gz")), page);
    for name in hashed_names("0123456789abcdef") {
        assert!(site.join(&name).is_file(), "{name}");
    }
    assert_eq!(history(&to)["current"], 1);
    assert!(fs::read_dir(&elsewhere).unwrap().next().is_none());

    // With the link gone, the same command finishes the job as version 2.
    fs::remove_file(site.join("quote/no-deal")).unwrap();
    ok(publish(&second, &to, &template, &[]));
    assert!(fs::read_to_string(site.join("index.html"))
        .unwrap()
        .contains("Talks to resume in Moscow"));
    assert_eq!(history(&to)["current"], 2);
}

#[test]
fn errors_block_a_publish_and_warnings_are_shown_first() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), "dist", "0123456789abcdef", 100);
    let to = dir.path().join("public");
    let output = publish(&common::data("misquote.json"), &to, &template, &[]);
    assert_eq!(output.status.code(), Some(1));
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(said.contains("is not in the source text"), "{said}");
    assert!(said.contains("Nothing was published"), "{said}");
    assert!(!to.join("summit").exists());

    // A TODO left is a warning: shown, then published.
    let draft = story(dir.path(), "draft.json", "TODO: headline");
    let output = ok(publish(&draft, &to, &template, &[]));
    let said = stderr(&output);
    let warning = said.find("warning").expect(&said);
    let published = said.find("Published version 1").expect(&said);
    assert!(warning < published, "{said}");
}

#[test]
fn restore_publishes_an_earlier_version_again_as_a_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), "dist", "0123456789abcdef", 100);
    let to = dir.path().join("public");
    ok(publish(
        &story(dir.path(), "a.json", "First headline"),
        &to,
        &template,
        &["--site-url", "https://news.example/summit/"],
    ));
    ok(publish(
        &story(dir.path(), "b.json", "Second headline"),
        &to,
        &template,
        &["--site-url", "https://news.example/summit/"],
    ));
    let output = ok(run(&[
        "publish",
        "--restore",
        "1",
        "--slug",
        "summit",
        "--to",
        to.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
        "--by",
        "Cleo",
    ]));
    let said = stderr(&output);
    assert!(said.contains("Published version 3 of summit"), "{said}");
    assert!(said.contains("restoring version 1"), "{said}");
    let page = fs::read_to_string(to.join("summit/index.html")).unwrap();
    assert!(page.contains("First headline"));
    // Built with version 1's own site URL.
    assert!(page.contains("https://news.example/summit/"));
    let record = history(&to);
    assert_eq!(record["current"], 3);
    assert_eq!(record["versions"][2]["restored_from"], 1);
    assert_eq!(record["versions"][2]["by"], "Cleo");

    // A version that never was is a usage error naming those there are.
    let output = run(&[
        "publish",
        "--restore",
        "9",
        "--slug",
        "summit",
        "--to",
        to.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no version 9"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("1, 2, 3"), "{}", stderr(&output));
}

#[test]
fn unpublish_leaves_a_notice_everywhere_a_reader_may_arrive() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), "dist", "0123456789abcdef", 4000);
    let to = dir.path().join("public");
    let file = story(dir.path(), "story.json", "Summit ends without a deal");
    ok(publish(
        &file,
        &to,
        &template,
        &["--site-url", "https://news.example/summit/"],
    ));
    let output = ok(run(&[
        "unpublish",
        "summit",
        "--to",
        to.to_str().unwrap(),
        "--by",
        "Dana",
    ]));
    assert!(
        stderr(&output).contains("Unpublished summit"),
        "{}",
        stderr(&output)
    );

    let site = to.join("summit");
    let notice = "This explainer is no longer published";
    for page in ["index.html", "quote/lowest-point/index.html"] {
        let text = fs::read_to_string(site.join(page)).unwrap();
        assert!(text.contains(notice), "{page}: {text}");
        assert!(!text.contains("Summit ends without a deal"), "{page}");
    }
    // A server that serves the compressed copies serves the notice too.
    assert!(gunzip(&site.join("index.html.gz")).contains(notice));
    assert!(fs::read_to_string(site.join("embed.js"))
        .unwrap()
        .contains("no longer published"));
    assert!(!site.join("quote/lowest-point/card.png").exists());
    assert!(!site.join("oembed.json").exists());
    assert!(!site.join("content.json").exists());
    // Pages still open keep their files; the desk's marker for a 410.
    for name in hashed_names("0123456789abcdef") {
        assert!(site.join(&name).is_file(), "{name}");
    }
    assert!(site.join("unpublished.json").is_file());
    let record = history(&to);
    assert!(record["current"].is_null());
    assert_eq!(record["unpublished"]["by"], "Dana");
    assert_eq!(record["unpublished"]["version"], 1);

    // Publishing again brings it back, without the marker.
    ok(publish(&file, &to, &template, &[]));
    assert!(fs::read_to_string(site.join("index.html"))
        .unwrap()
        .contains("Summit ends without a deal"));
    assert!(!site.join("unpublished.json").exists());
    assert_eq!(history(&to)["current"], 2);
}

#[test]
fn targets_and_slugs_that_cannot_be_used_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let template = template(dir.path(), "dist", "0123456789abcdef", 100);
    let file = story(dir.path(), "Bad Name.json", "Summit ends without a deal");
    let to = dir.path().join("public");
    let output = run(&[
        "publish",
        file.to_str().unwrap(),
        "--to",
        to.to_str().unwrap(),
        "--template",
        template.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--slug"), "{}", stderr(&output));

    let output = publish(&file, Path::new("ftp://example/x"), &template, &[]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("only a folder or s3://"),
        "{}",
        stderr(&output)
    );

    let output = run(&["unpublish", "summit", "--to", to.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("nothing was ever published as summit"),
        "{}",
        stderr(&output)
    );
}
