//! The shape of the code, checked: no import circle between the files of a
//! crate (`src/`, `cli/src`, `studio/src`), and no component function over
//! 130 lines in `src/components` or `studio/src/components`.
//!
//! A plain text scan, like `typed_ids.rs`: it reads the `crate::`, `super::`
//! and `self::` paths of each file (its `use` lines and paths written inline),
//! resolves each to the file that defines the name, following `pub use`
//! re-exports (so importing `crate::model::Status` depends on
//! `model/status.rs`, not on the facade `model.rs`), and looks for circles
//! among the files. Tests at the foot of a file may import anything: only the
//! code before `#[cfg(test)]` counts. Deliberately simple: it catches a
//! circle that comes back, not every possible disguise.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The longest a component function may be, in lines from `pub fn`/`fn` to its
/// closing brace: past that, a view function of its own reads better.
const MAX_COMPONENT_LINES: usize = 130;

/// One crate's source files, by module path (`["model", "validate"]`).
struct Crate {
    /// The folder holding the crate root (`lib.rs` or `main.rs`).
    root: PathBuf,
    /// Each module's file and its code (the tests at its foot cut off).
    modules: BTreeMap<Vec<String>, (PathBuf, String)>,
}

impl Crate {
    /// Reads every `.rs` file under `root`, whose crate root is `root_file`.
    fn read(root: &Path, root_file: &str) -> Crate {
        let mut modules = BTreeMap::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(folder) = stack.pop() {
            for entry in fs::read_dir(&folder).expect("a source folder") {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|ext| ext != "rs") {
                    continue;
                }
                let relative = path.strip_prefix(root).unwrap();
                let name = relative.to_string_lossy().replace('\\', "/");
                let module: Vec<String> = if name == root_file {
                    Vec::new()
                } else if name == "main.rs" || name == "lib.rs" {
                    // The other root (a binary beside a library) is its own crate.
                    continue;
                } else {
                    name.trim_end_matches(".rs")
                        .split('/')
                        .map(str::to_owned)
                        .collect()
                };
                let text = fs::read_to_string(&path).unwrap();
                modules.insert(module, (path, code_of(&text)));
            }
        }
        Crate {
            root: root.to_path_buf(),
            modules,
        }
    }

    /// The file that defines what `path` (absolute, without `crate`) names:
    /// the longest prefix that is a module, then through its re-exports.
    fn resolve(&self, path: &[String], depth: usize) -> Option<Vec<String>> {
        let module_len = (0..=path.len())
            .rev()
            .find(|&len| self.modules.contains_key(&path[..len]))?;
        let module = path[..module_len].to_vec();
        let Some(name) = path.get(module_len) else {
            return Some(module);
        };
        if depth > 8 {
            return Some(module);
        }
        let (_, code) = &self.modules[&module];
        for export in reexports(code) {
            if export.last() == Some(name) || export.last().is_some_and(|last| last == "*") {
                let Some(target) = self.absolute(&module, &export[..export.len() - 1]) else {
                    continue;
                };
                let mut full = target;
                full.push(name.clone());
                if let Some(found) = self.resolve(&full, depth + 1) {
                    if found != module {
                        return Some(found);
                    }
                }
            }
        }
        Some(module)
    }

    /// Every file each file imports from, by module path.
    fn edges(&self) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
        let mut edges = BTreeMap::new();
        for (module, (_, code)) in &self.modules {
            let mut targets = BTreeSet::new();
            for path in paths(code) {
                let Some(full) = self.absolute(module, &path) else {
                    continue;
                };
                match self.resolve(&full, 0) {
                    Some(target) if &target != module => {
                        targets.insert(target);
                    }
                    _ => {}
                }
            }
            edges.insert(module.clone(), targets);
        }
        edges
    }

    /// `relative` as a path from the crate root, seen from `module`: it starts
    /// with `crate`, `super`, `self` or a child module's name; `None` for any
    /// other start (another crate, std).
    fn absolute(&self, module: &[String], relative: &[String]) -> Option<Vec<String>> {
        let mut base: Vec<String> = module.to_vec();
        let mut rest = relative;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &rest[1..];
            }
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop()?;
                    rest = &rest[1..];
                }
            }
            Some("self") => rest = &rest[1..],
            Some(child) => {
                let mut as_child = base.clone();
                as_child.push(child.to_owned());
                if !self.modules.contains_key(&as_child) {
                    return None;
                }
            }
            None => return None,
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// A file's path for a message.
    fn file(&self, module: &[String]) -> String {
        let (path, _) = &self.modules[module];
        path.strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// A file's text up to the tests at its foot, without line comments.
fn code_of(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or_default();
    code.lines()
        .map(|line| match line.find("//") {
            // `//` inside a string ("https://…") is rare enough in paths' lines.
            Some(at) if !line[..at].contains('"') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `use` tree of `code` expanded into paths (`a::{b, c::d}` gives
/// `a::b` and `a::c::d`), whether `pub` or not, with every `crate::`,
/// `super::` or `self::` path written inline.
fn paths(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (_, tree) in use_trees(code) {
        expand(&tree, &mut Vec::new(), &mut found);
    }
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            let before = at.checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b':') {
                continue;
            }
            let end = code[at..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
                .map_or(code.len(), |len| at + len);
            if code[at..end].ends_with("::") {
                // The head of a `use` tree (`crate::model::{…}`): its leaves count.
                continue;
            }
            let path: Vec<String> = code[at..end]
                .split("::")
                .filter(|part| !part.is_empty())
                .map(str::to_owned)
                .collect();
            found.push(path);
        }
    }
    found
}

/// The paths a file re-exports (`pub use …`, any visibility).
fn reexports(code: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    for (public, tree) in use_trees(code) {
        if public {
            expand(&tree, &mut Vec::new(), &mut found);
        }
    }
    found
}

/// Each `use` statement's tree text (between `use` and `;`), and whether it is `pub`.
fn use_trees(code: &str) -> Vec<(bool, String)> {
    let mut trees = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let line_start = rest[..at].rfind('\n').map_or(0, |i| i + 1);
        let lead = rest[line_start..at].trim();
        let is_statement = lead.is_empty() || lead.starts_with("pub");
        let tail = &rest[at + 4..];
        let Some(end) = tail.find(';') else { break };
        if is_statement {
            trees.push((!lead.is_empty(), tail[..end].to_owned()));
            rest = &tail[end + 1..];
        } else {
            rest = tail;
        }
    }
    trees
}

/// Expands one use tree into its paths, after `prefix`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let segments = |text: &str| -> Vec<String> {
        text.split("::")
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(str::to_owned)
            .collect()
    };
    if let Some(open) = tree.find('{') {
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let depth_before = prefix.len();
        prefix.extend(segments(&tree[..open]));
        for item in split_top(inner) {
            if !item.trim().is_empty() {
                expand(item, prefix, out);
            }
        }
        prefix.truncate(depth_before);
    } else {
        let plain = tree.split(" as ").next().unwrap_or(&tree);
        let mut path = prefix.clone();
        path.extend(segments(plain));
        if path.last().map(String::as_str) == Some("self") {
            path.pop();
        }
        out.push(path);
    }
}

/// `a, b::{c, d}, e` split at its top-level commas.
fn split_top(inner: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
}

/// Every circle among `edges`: the strongly connected components of more than
/// one file (Tarjan's algorithm), each sorted.
fn circles(edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<Vec<String>>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'a Vec<String>, usize>,
        low: BTreeMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        on_stack: BTreeSet<&'a Vec<String>>,
        found: Vec<Vec<Vec<String>>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, node: &'a Vec<String>) {
            let number = self.index.len();
            self.index.insert(node, number);
            self.low.insert(node, number);
            self.stack.push(node);
            self.on_stack.insert(node);
            for next in self.edges.get(node).into_iter().flatten() {
                if !self.edges.contains_key(next) {
                    continue;
                }
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[node].min(self.low[next]);
                    self.low.insert(node, low);
                } else if self.on_stack.contains(next) {
                    let low = self.low[node].min(self.index[next]);
                    self.low.insert(node, low);
                }
            }
            if self.low[node] == self.index[node] {
                let mut component = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(top);
                    component.push(top.clone());
                    if top == node {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for node in edges.keys() {
        if !walk.index.contains_key(node) {
            walk.visit(node);
        }
    }
    walk.found
}

/// One circle, as the files and the imports that close it.
fn describe(
    krate: &Crate,
    edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
    circle: &[Vec<String>],
) -> String {
    let members: BTreeSet<&Vec<String>> = circle.iter().collect();
    let mut lines = vec![format!("a circle of {} files:", circle.len())];
    for module in circle {
        let inside: Vec<String> = edges[module]
            .iter()
            .filter(|target| members.contains(target))
            .map(|target| krate.file(target))
            .collect();
        lines.push(format!(
            "  {} imports {}",
            krate.file(module),
            inside.join(", ")
        ));
    }
    lines.join("\n")
}

/// The workspace's three crates: the library, the CLI and the Studio.
fn crates() -> Vec<Crate> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    vec![
        Crate::read(&root.join("src"), "lib.rs"),
        Crate::read(&root.join("cli/src"), "main.rs"),
        Crate::read(&root.join("studio/src"), "lib.rs"),
    ]
}

#[test]
fn no_import_circle_between_files() {
    let mut report = Vec::new();
    for krate in crates() {
        assert!(
            krate.modules.len() > 5,
            "too few files in {}",
            krate.root.display()
        );
        let edges = krate.edges();
        for circle in circles(&edges) {
            report.push(describe(&krate, &edges, &circle));
        }
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

#[test]
fn the_check_finds_a_circle_and_follows_reexports() {
    let mut krate = Crate {
        root: PathBuf::from("src"),
        modules: BTreeMap::new(),
    };
    let mut add = |module: &[&str], code: &str| {
        let module: Vec<String> = module.iter().map(|s| s.to_string()).collect();
        let path = PathBuf::from(format!("src/{}.rs", module.join("/")));
        krate.modules.insert(module, (path, code_of(code)));
    };
    add(&[], "mod model;\nmod ids;\npub use model::Status;");
    add(
        &["model"],
        "mod status;\npub use status::Status;\npub use self::check::{\n    check,\n    MAX,\n};",
    );
    add(
        &["model", "status"],
        "use crate::ids::ElementId;\npub enum Status {}",
    );
    add(&["model", "check"], "pub const MAX: usize = 1;");
    add(
        &["ids"],
        "use crate::model::{Status, MAX};\n// use crate::state::View;\npub enum ElementId {}",
    );
    let edges = krate.edges();
    assert_eq!(
        edges[&vec!["ids".to_owned()]],
        BTreeSet::from([
            vec!["model".to_owned(), "status".to_owned()],
            vec!["model".to_owned(), "check".to_owned()]
        ])
    );
    let found = circles(&edges);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 2, "{found:?}");
    assert!(found[0].contains(&vec!["ids".to_owned()]));
}

/// Each component function of `code` (a `#[function_component]` or
/// `#[component]`) longer than the limit, as (name, first line, lines).
fn long_components(code: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        let attribute = lines[index].trim_start();
        if !(attribute.starts_with("#[function_component") || attribute.starts_with("#[component"))
        {
            index += 1;
            continue;
        }
        let Some(start) = (index + 1..lines.len()).find(|&i| {
            let line = lines[i].trim_start();
            line.starts_with("fn ")
                || line.starts_with("pub fn ")
                || line.starts_with("pub(crate) fn ")
        }) else {
            break;
        };
        let name = lines[start]
            .split("fn ")
            .nth(1)
            .and_then(|rest| rest.split(['(', '<']).next())
            .unwrap_or_default()
            .to_owned();
        // The closing brace at the function's own indentation ends it.
        let indent = lines[start].len() - lines[start].trim_start().len();
        let end = (start + 1..lines.len())
            .find(|&i| {
                lines[i].len() - lines[i].trim_start().len() == indent && lines[i].trim() == "}"
            })
            .unwrap_or(lines.len() - 1);
        let length = end - start + 1;
        if length > MAX_COMPONENT_LINES {
            found.push((name, start + 1, length));
        }
        index = end + 1;
    }
    found
}

#[test]
fn no_component_function_is_over_130_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut report = Vec::new();
    for folder in ["src/components", "studio/src/components"] {
        let mut scanned = 0;
        for entry in fs::read_dir(root.join(folder)).expect(folder) {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|ext| ext == "rs") {
                scanned += 1;
                let text = fs::read_to_string(&path).unwrap();
                let code = text.split("#[cfg(test)]").next().unwrap_or_default();
                for (name, line, length) in long_components(code) {
                    let file = path.file_name().unwrap().to_string_lossy();
                    report.push(format!(
                        "{folder}/{file}:{line}: `{name}` is {length} lines (at most {MAX_COMPONENT_LINES}); give a part a view function of its own"
                    ));
                }
            }
        }
        assert!(scanned >= 10, "only {scanned} files in {folder}");
    }
    assert!(report.is_empty(), "\n{}", report.join("\n"));
}

#[test]
fn the_length_check_counts_a_component_to_its_closing_brace() {
    let body = "    let a = 1;\n".repeat(MAX_COMPONENT_LINES);
    let long = format!("#[function_component]\npub fn Long(props: &Props) -> Html {{\n{body}}}\n");
    let short = "#[function_component]\nfn Short() -> Html {\n    html! {}\n}\n";
    assert_eq!(
        long_components(&long),
        [("Long".to_owned(), 2, MAX_COMPONENT_LINES + 2)]
    );
    assert_eq!(long_components(short), []);
}
