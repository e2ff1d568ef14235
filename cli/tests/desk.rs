//! `explainer desk` end to end, as a process on loopback: a `kill -9` in the
//! middle of a stream of saves loses no acknowledged one and leaves a sound
//! database; a backup taken while it runs restores; accounts added from the
//! command line log in with the rights of their role.

mod support;

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use std::io::Write;

use support::{data_dir, integrity, with_headline, Client, Desk, DEFAULT};

/// Per explainer, every acknowledged save: its revision and the headline it set.
type Acknowledged = HashMap<String, Vec<(i64, String)>>;

const PASSWORD: &str = "the newsroom's own password";

/// Starts a fresh desk and logs in as its first admin with a password of our own.
fn fresh(data: &std::path::Path) -> (Desk, Client) {
    let desk = Desk::start(data);
    let one_time = desk
        .one_time_password
        .clone()
        .expect("a fresh desk prints a one-time password");
    let mut admin = desk.client();
    admin.first_login(&one_time, PASSWORD);
    (desk, admin)
}

fn create(client: &Client, body: &str) -> (String, String) {
    let answer = client.call("POST", "/api/explainers", None, body);
    assert_eq!(answer.status, 201, "{}", answer.json());
    let id = answer.json()["id"].as_str().unwrap().to_string();
    (id, answer.header("etag").unwrap().to_string())
}

#[test]
fn a_killed_desk_keeps_every_acknowledged_save() {
    let (_guard, data) = data_dir();
    let (desk, admin) = fresh(&data);
    // Four editors, each saving its own explainer as fast as the desk answers.
    let explainers: Vec<(String, String)> = (0..4)
        .map(|n| create(&admin, &with_headline(&format!("Editor {n}, save 0"))))
        .collect();
    let acknowledged: Arc<Mutex<Acknowledged>> = Arc::default();
    let writers: Vec<_> = explainers
        .iter()
        .enumerate()
        .map(|(n, (id, tag))| {
            let (client, id, mut tag) = (admin.clone(), id.clone(), tag.clone());
            let acknowledged = acknowledged.clone();
            std::thread::spawn(move || {
                for save in 1.. {
                    let headline = format!("Editor {n}, save {save}");
                    let body = with_headline(&headline);
                    let path = format!("/api/explainers/{id}");
                    // Any transport error is the kill: stop there.
                    let Ok(answer) = client.send("PUT", &path, Some(&tag), body.as_bytes()) else {
                        break;
                    };
                    assert_eq!(answer.status, 200, "{}", answer.json());
                    tag = answer.header("etag").unwrap().to_string();
                    let revision = answer.json()["revision"].as_i64().unwrap();
                    acknowledged
                        .lock()
                        .unwrap()
                        .entry(id.clone())
                        .or_default()
                        .push((revision, headline));
                }
            })
        })
        .collect();
    // Let the saves flow, then kill the desk in the middle of them.
    let start = Instant::now();
    while acknowledged
        .lock()
        .unwrap()
        .values()
        .map(Vec::len)
        .sum::<usize>()
        < 40
    {
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "saves are too slow"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    std::thread::sleep(Duration::from_millis(137));
    desk.kill();
    for writer in writers {
        writer.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.values().map(Vec::len).sum::<usize>() >= 40);

    let desk = Desk::start(&data);
    assert!(
        desk.one_time_password.is_none(),
        "the accounts are still there"
    );
    let mut client = desk.client();
    client.login("admin", PASSWORD);
    for (id, saves) in &acknowledged {
        let current = client.call("GET", &format!("/api/explainers/{id}"), None, "");
        assert_eq!(current.status, 200);
        let (last_revision, _) = saves.last().unwrap();
        // The save in flight at the kill may have landed, unacknowledged; none
        // before it may be missing.
        assert!(current.json()["revision"].as_i64().unwrap() >= *last_revision);
        for (revision, headline) in saves {
            let answer = client.call(
                "GET",
                &format!("/api/explainers/{id}/revisions/{revision}"),
                None,
                "",
            );
            assert_eq!(
                answer.status, 200,
                "revision {revision} of {id} was acknowledged"
            );
            assert_eq!(
                answer.json()["content"]["article"]["headline"],
                headline.as_str()
            );
        }
    }
    desk.kill();
    assert_eq!(integrity(&data.join("desk.sqlite3")), "ok");
}

#[test]
fn a_backup_taken_while_saving_restores() {
    let (guard, data) = data_dir();
    let (desk, admin) = fresh(&data);
    let (id, mut tag) = create(&admin, DEFAULT);
    for save in 1..=5 {
        let answer = admin.call(
            "PUT",
            &format!("/api/explainers/{id}"),
            Some(&tag),
            &with_headline(&format!("Save {save}")),
        );
        assert_eq!(answer.status, 200);
        tag = answer.header("etag").unwrap().to_string();
    }
    // A writer keeps saving while the backup runs.
    let writer = {
        let (client, id, mut tag) = (admin.clone(), id.clone(), tag.clone());
        std::thread::spawn(move || {
            for save in 6..=30 {
                let answer = client.call(
                    "PUT",
                    &format!("/api/explainers/{id}"),
                    Some(&tag),
                    &with_headline(&format!("Save {save}")),
                );
                assert_eq!(answer.status, 200);
                tag = answer.header("etag").unwrap().to_string();
            }
        })
    };
    let backup = guard.path().join("backup.sqlite3");
    let output = Command::new(env!("CARGO_BIN_EXE_explainer"))
        .args(["desk", "backup", "--data"])
        .arg(&data)
        .arg("--to")
        .arg(&backup)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    writer.join().unwrap();
    // A second backup to the same file is refused, not overwritten.
    let again = Command::new(env!("CARGO_BIN_EXE_explainer"))
        .args(["desk", "backup", "--data"])
        .arg(&data)
        .arg("--to")
        .arg(&backup)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    desk.kill();

    // Restore as the README says: the backup becomes DIR/desk.sqlite3.
    assert_eq!(integrity(&backup), "ok");
    let restored = guard.path().join("restored");
    std::fs::create_dir_all(&restored).unwrap();
    std::fs::copy(&backup, restored.join("desk.sqlite3")).unwrap();
    let desk = Desk::start(&restored);
    assert!(desk.one_time_password.is_none());
    let mut client = desk.client();
    client.login("admin", PASSWORD);
    let current = client.call("GET", &format!("/api/explainers/{id}"), None, "");
    assert_eq!(current.status, 200);
    let headline = current.json()["content"]["article"]["headline"]
        .as_str()
        .unwrap()
        .to_string();
    let number: u32 = headline.trim_start_matches("Save ").parse().unwrap();
    assert!(
        (5..=30).contains(&number),
        "{headline}: at least what was saved before the backup"
    );
    let revisions = client.call("GET", &format!("/api/explainers/{id}/revisions"), None, "");
    assert_eq!(
        revisions.json()["revisions"].as_array().unwrap().len(),
        number as usize + 1
    );
    desk.kill();
}

#[test]
fn accounts_added_on_the_command_line_have_their_roles() {
    let (_guard, data) = data_dir();
    let (desk, _admin) = fresh(&data);
    let add = |name: &str, role: &str, password: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_explainer"))
            .args(["desk", "add-user", name, "--role", role, "--data"])
            .arg(&data)
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{password}\n").as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    assert!(add("ana", "reporter", "ana's long password")
        .status
        .success());
    let short = add("bo", "editor", "short");
    assert_eq!(short.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&short.stderr).contains("at least"));
    assert_eq!(
        add("Ana", "admin", "another long password").status.code(),
        Some(2)
    );

    let mut ana = desk.client();
    let wrong = ana.call(
        "POST",
        "/api/login",
        None,
        r#"{"name":"ana","password":"wrong password!"}"#,
    );
    assert_eq!(wrong.status, 401);
    ana.login("ana", "ana's long password");
    assert_eq!(ana.call("GET", "/api/users", None, "").status, 403);
    assert_eq!(ana.call("GET", "/api/audit", None, "").status, 403);
    let (id, _) = create(&ana, DEFAULT);
    let list = ana.call("GET", "/api/explainers", None, "");
    assert_eq!(list.json()["explainers"][0]["id"], id.as_str());
    assert_eq!(list.json()["explainers"][0]["updated_by"], "ana");
    // The widget's files are served beside the API.
    let page = ana.call("GET", "/", None, "");
    assert_eq!(page.status, 200);
    assert!(String::from_utf8_lossy(&page.body).contains("widget"));
    desk.kill();
}
