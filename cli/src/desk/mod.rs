//! `explainer desk`: the newsroom's server, keeping every explainer, every
//! revision and every person's work in one data folder, and serving the
//! widget and the Studio.
//!
//! - [`store`]: the SQLite database (people, sessions, explainers, revisions,
//!   the audit log) and its migrations;
//! - [`auth`]: passwords, session tokens and cookies, the `Origin` rule, the
//!   login rate limits;
//! - [`api`]: the JSON API under `/api/`, thin handlers over those and the
//!   library's validator;
//! - [`compare`]: what changed between two revisions;
//! - [`publisher`]: where Publish writes, and `/e/`, where readers read it;
//! - [`oembed`]: `/oembed`, for CMSs that embed a published explainer by URL;
//! - [`previews`]: `/preview/<token>/`, a draft as readers will see it;
//! - [`webhook`]: the signed event a CMS or a cache purge hears after each
//!   publish, unpublish and restore.
//!
//! This file is the command line: start the server, add an account, back up.

pub mod api;
pub mod auth;
pub mod compare;
pub mod oembed;
pub mod previews;
pub mod publisher;
pub mod store;
#[cfg(test)]
mod testing;
pub mod webhook;

use std::io::{BufRead, IsTerminal, Write};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::HeaderName;
use axum::Router;
use clap::{Args, Subcommand, ValueEnum};
use tower_http::services::ServeDir;

use self::store::{Role, Store, DB_FILE};

/// The default data folder.
const DEFAULT_DATA: &str = "desk-data";

/// `explainer desk --help`'s closing text.
pub(crate) const DESK_EXAMPLES: &str = "\
Examples:
  explainer desk --data /srv/desk --static dist
  echo 'a long password' | explainer desk add-user ana --role reporter --data /srv/desk
  explainer desk backup --data /srv/desk --to /backups/desk-2026-12-07.sqlite3

The first start with no account makes `admin` and prints its one-time password
once; it must be changed at the first login. Everything the desk keeps is in
the data folder's desk.sqlite3 (with its -wal file while it runs). To restore a
backup: stop the desk, copy the backup to DIR/desk.sqlite3, delete
DIR/desk.sqlite3-wal and DIR/desk.sqlite3-shm if they are there, start it.";

/// `explainer desk`: serve, or one of the desk's chores.
#[derive(Args, Debug)]
#[command(args_conflicts_with_subcommands = true)]
pub struct DeskArgs {
    #[command(subcommand)]
    action: Option<DeskAction>,
    #[command(flatten)]
    serve: ServeArgs,
}

/// How to run the server.
#[derive(Args, Debug)]
struct ServeArgs {
    /// The folder the desk keeps everything in (made if missing).
    #[arg(long, value_name = "DIR", default_value = DEFAULT_DATA)]
    data: PathBuf,
    /// The address to listen on; keep it on loopback behind a reverse proxy.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8090")]
    listen: SocketAddr,
    /// The widget's built folder, served at / (the Studio at /studio/ in it).
    #[arg(long = "static", value_name = "DIR", default_value = "dist")]
    static_dir: PathBuf,
    /// The Studio's built folder, when it is not DIR/studio of --static.
    #[arg(long, value_name = "DIR")]
    studio: Option<PathBuf>,
    /// Mark cookies `Secure` and expect an https Origin: for a desk behind TLS.
    #[arg(long)]
    secure_cookies: bool,
    /// A header in which a single-sign-on proxy names the logged-in user
    /// (e.g. X-Forwarded-User); honoured only from --trust-proxy. Off by
    /// default: whoever can reach the desk other than through that proxy must
    /// not be able to set it (keep --listen on loopback).
    #[arg(long, value_name = "HEADER", requires = "trust_proxy")]
    trust_header: Option<String>,
    /// The reverse proxy's address: the only peer whose X-Forwarded-For (for
    /// the per-address login limit) and --trust-header are believed.
    #[arg(long, value_name = "ADDR")]
    trust_proxy: Option<IpAddr>,
    /// Where Publish writes: a folder or s3://BUCKET/PREFIX (default: the
    /// folder DIR/published of --data, which the desk serves at /e/).
    #[arg(long, value_name = "TARGET")]
    publish_to: Option<String>,
    /// The absolute http(s) URL readers reach the published explainers at
    /// (each at URL/SLUG/); default: the desk's own /e/.
    #[arg(long, value_name = "URL")]
    public_url: Option<String>,
    /// POST a signed JSON event to this http(s) URL after each publish,
    /// unpublish and restore (for a CMS or a cache purge).
    #[arg(long, value_name = "URL", requires = "webhook_secret_file")]
    webhook: Option<String>,
    /// The file holding the webhook's shared secret (at least 16 bytes; its
    /// surrounding whitespace is ignored).
    #[arg(long, value_name = "FILE", requires = "webhook")]
    webhook_secret_file: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
enum DeskAction {
    /// Add an account; the password is read from standard input.
    AddUser {
        /// The name to log in with.
        name: String,
        /// What they may do.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// The desk's data folder.
        #[arg(long, value_name = "DIR", default_value = DEFAULT_DATA)]
        data: PathBuf,
    },
    /// Write a consistent copy of the desk's database, also while it runs.
    Backup {
        /// The desk's data folder.
        #[arg(long, value_name = "DIR", default_value = DEFAULT_DATA)]
        data: PathBuf,
        /// The file to write (must not exist).
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum RoleArg {
    Reporter,
    Editor,
    Admin,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Role {
        match role {
            RoleArg::Reporter => Role::Reporter,
            RoleArg::Editor => Role::Editor,
            RoleArg::Admin => Role::Admin,
        }
    }
}

/// Runs `explainer desk …`; a message for a usage or start-up error.
pub fn run(args: DeskArgs) -> Result<(), String> {
    match args.action {
        None => serve(args.serve),
        Some(DeskAction::AddUser { name, role, data }) => add_user(&name, role.into(), &data),
        Some(DeskAction::Backup { data, to }) => backup(&data, &to),
    }
}

fn open_existing(data: &Path) -> Result<Store, String> {
    if !data.join(DB_FILE).is_file() {
        return Err(format!(
            "{} has no desk ({DB_FILE}); start one with `explainer desk --data {}` first.",
            data.display(),
            data.display()
        ));
    }
    Store::open(data).map_err(|e| format!("cannot open the desk in {}: {e}", data.display()))
}

fn add_user(name: &str, role: Role, data: &Path) -> Result<(), String> {
    if let Some(problem) = api::name_problem(name) {
        return Err(format!("“{name}”: {problem}."));
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Password for {name} (shown as you type; or pipe it in): ");
    }
    let mut password = String::new();
    stdin
        .lock()
        .read_line(&mut password)
        .map_err(|e| format!("cannot read the password from standard input: {e}"))?;
    let password = password.trim_end_matches(['\n', '\r']);
    if let Some(problem) = auth::password_problem(password) {
        return Err(format!("{problem} (read from standard input)."));
    }
    let store = Store::open(data).map_err(|e| e.to_string())?;
    let hash = auth::hash_password(password);
    store
        .create_user(name, role, &hash, false, None)
        .map_err(|e| format!("cannot add {name}: {e}"))?;
    eprintln!(
        "Added {name} ({}) to the desk in {}.",
        role.as_str(),
        data.display()
    );
    Ok(())
}

fn backup(data: &Path, to: &Path) -> Result<(), String> {
    if to.exists() {
        return Err(format!("{} exists; choose a new file.", to.display()));
    }
    let store = open_existing(data)?;
    store
        .backup_to(to)
        .map_err(|e| format!("cannot write {}: {e}", to.display()))?;
    // Checked read-only, so the copy stays one file with nothing beside it.
    let check =
        rusqlite::Connection::open_with_flags(to, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .and_then(|c| c.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)))
            .map_err(|e| format!("cannot check {}: {e}", to.display()))?;
    if check != "ok" {
        return Err(format!("the copy in {} is damaged: {check}", to.display()));
    }
    eprintln!(
        "Backed up the desk in {} to {} (integrity check: ok).",
        data.display(),
        to.display()
    );
    Ok(())
}

fn serve(args: ServeArgs) -> Result<(), String> {
    let trust_header = match &args.trust_header {
        Some(name) => Some(
            HeaderName::try_from(name.as_str())
                .map_err(|_| format!("--trust-header “{name}” is not a header name."))?,
        ),
        None => None,
    };
    let store = Store::open(&args.data)
        .map_err(|e| format!("cannot open the desk in {}: {e}", args.data.display()))?;
    first_admin(&store)?;
    match store.prune_previews() {
        Ok(0) => {}
        Ok(n) => eprintln!(
            "Forgot {n} preview link(s) made more than {} days ago.",
            store::previews::PREVIEW_DAYS
        ),
        Err(e) => eprintln!("warning: cannot prune old preview links: {e}"),
    }
    let publisher = publisher::Publisher::new(
        args.publish_to.as_deref(),
        &args.data,
        args.public_url.as_deref(),
        args.static_dir.clone(),
    )?;
    let webhook = match (&args.webhook, &args.webhook_secret_file) {
        (Some(url), Some(file)) => Some(Arc::new(webhook::Webhook::from_file(url, file)?)),
        _ => None,
    };
    let config = api::Config {
        secure_cookies: args.secure_cookies,
        trust_header,
        trust_proxy: args.trust_proxy,
        publisher: Some(Arc::new(publisher)),
        webhook,
    };
    let desk = Arc::new(api::Desk::new(Arc::new(store), config));
    if !args.static_dir.join("index.html").is_file() {
        eprintln!(
            "warning: {} has no index.html (build the widget with `trunk build --release`); \
             the API works without it.",
            args.static_dir.display()
        );
    }
    let webhook_queue = desk
        .config
        .webhook
        .clone()
        .map(|webhook| (webhook, desk.store.clone()));
    let app = app(desk, &args.static_dir, args.studio.as_deref());
    return_large_allocations();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        // The blocking pool runs the store (one connection: one call at a
        // time), argon2 (two at a time) and the validator; a few threads do
        // all of it, and each idle thread's malloc arena is memory kept.
        .max_blocking_threads(8)
        .build()
        .map_err(|e| format!("cannot start the runtime: {e}"))?;
    runtime.block_on(async move {
        if let Some((webhook, store)) = webhook_queue {
            let resumed = webhook.resume(store);
            if resumed > 0 {
                eprintln!("Sending {resumed} webhook event(s) the desk had not delivered when it stopped.");
            }
        }
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .map_err(|e| format!("cannot listen on {}: {e}", args.listen))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        println!(
            "The desk is at http://{address}/ (the Studio at /studio/), keeping its data in {}.",
            args.data.display()
        );
        let _ = std::io::stdout().flush();
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .with_graceful_shutdown(shutdown())
        .await
        .map_err(|e| format!("the server stopped: {e}"))
    })
}

/// Makes glibc serve allocations of 1 MiB and more with their own mapping,
/// returned to the system when freed. Its default threshold grows to the
/// largest block freed (up to 32 MiB), after which argon2id's 19 MiB per hash
/// stays in whichever thread's arena ran it: measured, 241 MB after twenty
/// password hashes (8 MB with it). Fixing the threshold keeps the desk at its
/// working size.
fn return_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator; it is called
    // before the runtime starts any thread.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

/// The whole site: the API, the Studio and the widget's files.
pub fn app(desk: Arc<api::Desk>, static_dir: &Path, studio: Option<&Path>) -> Router {
    // The build writes .br and .gz copies beside each file; ServeDir sends
    // them to browsers that take them, with the right Content-Encoding.
    let files = |dir: &Path| ServeDir::new(dir).precompressed_br().precompressed_gzip();
    let mut app = routes(desk);
    if let Some(studio) = studio {
        app = app.nest_service("/studio", files(studio));
    }
    app.fallback_service(files(static_dir))
}

/// The desk's own routes: the API, oEmbed, and (for the default folder
/// target) the published explainers at `/e/<slug>/`.
pub fn routes(desk: Arc<api::Desk>) -> Router {
    let published = desk
        .config
        .publisher
        .as_ref()
        .and_then(|p| p.folder().map(Path::to_path_buf));
    let mut app = api::router(desk.clone())
        .merge(oembed::router(desk.clone()))
        .merge(previews::router(desk));
    if let Some(folder) = published {
        app = app.merge(publisher::served(folder));
    }
    app
}

/// With no account at all, makes `admin` with a one-time password and prints
/// it, once: it is not kept anywhere in the clear.
fn first_admin(store: &Store) -> Result<(), String> {
    if store.user_count().map_err(|e| e.to_string())? > 0 {
        return Ok(());
    }
    let password = auth::new_password();
    let hash = auth::hash_password(&password);
    store
        .create_user("admin", Role::Admin, &hash, true, None)
        .map_err(|e| format!("cannot make the first account: {e}"))?;
    println!(
        "No account yet: made `admin` with the one-time password {password}\n\
         (shown only now; log in with it and choose your own)."
    );
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM, for a graceful stop: requests in flight
/// finish. (A hard kill is safe too: every acknowledged write is on disk.)
async fn shutdown() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
