//! Publishing a draft: from the address the explainer will be served at, the
//! exact `explainer build` command for the exported file and the embed codes a
//! newsroom pastes into its CMS (the widget's own [`EmbedCodes`], so they are
//! the codes the published widget's Embed panel shows). Plain Rust.

use news_explainer::content_origin::is_site_url;
use news_explainer::embedding::EmbedCodes;

/// What the Studio shows for publishing a draft at one address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Publishing {
    /// The folder the site is served from, ending in `/`.
    pub folder: String,
    /// The command that builds the site from the exported file, to run in the
    /// widget's repository after `trunk build --release`.
    pub build_command: String,
    /// The embed codes for the widget at `folder`, with its content built in.
    pub codes: EmbedCodes,
}

/// Why no publishing steps can be shown for an address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotYet {
    /// No address given yet.
    NoAddress,
    /// The address is not one a site can be published at.
    BadAddress(String),
}

impl NotYet {
    /// What the journalist is told.
    pub fn message(&self) -> String {
        match self {
            NotYet::NoAddress => {
                "Give the address the explainer will be published at to see the build command and the embed codes.".into()
            }
            NotYet::BadAddress(text) => format!(
                "“{text}” is not an address a site can be published at: give an absolute https:// address \
                 with no ? or #, for example https://news.example/explainers/geneva-talks/"
            ),
        }
    }
}

/// The publishing steps for the exported file `file_name` of a draft with this
/// headline, served at `site_url` (a folder; a missing final `/` is added, as a
/// web server redirects to it).
pub fn publishing(site_url: &str, file_name: &str, headline: &str) -> Result<Publishing, NotYet> {
    let folder = site_folder(site_url)?;
    let build_command = format!(
        "explainer build {} --out site/ --site-url {}",
        shell_word(file_name),
        shell_word(&folder)
    );
    Ok(Publishing {
        codes: EmbedCodes::new(&folder, None, headline),
        folder,
        build_command,
    })
}

/// The folder a site will be served from, from the address as typed: trimmed,
/// checked ([`is_site_url`]), and ending in `/`.
pub fn site_folder(site_url: &str) -> Result<String, NotYet> {
    let text = site_url.trim();
    if text.is_empty() {
        return Err(NotYet::NoAddress);
    }
    if !is_site_url(text) {
        return Err(NotYet::BadAddress(text.to_string()));
    }
    Ok(if text.ends_with('/') {
        text.to_string()
    } else {
        format!("{text}/")
    })
}

/// `text` as one word of a POSIX shell command: as it is when it has nothing a
/// shell reads specially, else in single quotes (an address may hold `$`, `&`
/// or `(`, which would otherwise run as shell syntax when pasted).
pub fn shell_word(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "/:._-~%+=,@".contains(c));
    if plain {
        text.to_string()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_gives_the_build_command_and_the_embed_codes() {
        let steps = publishing(
            "https://news.example/explainers/geneva-talks",
            "geneva-talks.json",
            "Talks resume in Geneva",
        )
        .unwrap();
        assert_eq!(
            steps.folder,
            "https://news.example/explainers/geneva-talks/"
        );
        assert_eq!(
            steps.build_command,
            "explainer build geneva-talks.json --out site/ --site-url https://news.example/explainers/geneva-talks/"
        );
        assert!(steps.codes.iframe.contains(
            "<script src=\"https://news.example/explainers/geneva-talks/embed.js\" async></script>"
        ));
        assert!(steps
            .codes
            .inline
            .contains("data-news-explainer=\"inline\""));
        assert!(steps
            .codes
            .inline
            .contains("data-title=\"Talks resume in Geneva\""));
        assert!(!steps.codes.iframe.contains("data-src"));
    }

    #[test]
    fn a_missing_or_bad_address_says_why() {
        assert_eq!(publishing("  ", "a.json", "A"), Err(NotYet::NoAddress));
        for bad in [
            "javascript:alert(1)",
            "news.example/x/",
            "https://news.example/?x=1",
        ] {
            let why = publishing(bad, "a.json", "A").unwrap_err();
            assert_eq!(why, NotYet::BadAddress(bad.into()));
            assert!(why.message().contains(bad));
        }
    }

    #[test]
    fn shell_words_are_quoted_only_when_a_shell_would_read_them() {
        assert_eq!(shell_word("geneva-talks.json"), "geneva-talks.json");
        assert_eq!(
            shell_word("https://news.example/$(rm -rf ~)/"),
            "'https://news.example/$(rm -rf ~)/'"
        );
        assert_eq!(shell_word("it's"), r"'it'\''s'");
    }
}
