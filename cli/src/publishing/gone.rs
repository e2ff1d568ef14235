//! What an unpublished explainer's address serves: a short page that says it is
//! no longer published, in the place of every page, and an `embed.js` that
//! says the same in the placeholders of host articles, so an old embed or
//! share link shows a clear notice rather than a broken frame.

/// The page, for the explainer's page and each share page. No script, no
/// style sheet and no inline style (it passes the strict CSP the site is
/// served with); `noindex` so search engines drop it.
pub const PAGE: &str = "<!doctype html>
<html lang=\"en\">
<head>
<meta charset=\"utf-8\">
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">
<meta name=\"robots\" content=\"noindex\">
<title>This explainer is no longer published</title>
</head>
<body>
<main>
<h1>This explainer is no longer published</h1>
<p>The newsroom has taken it down. The article it accompanied may still be available.</p>
</main>
</body>
</html>
";

/// The loader: every explainer placeholder on the host page gets the notice as
/// its content, and an iframe of this explainer keeps its page (the notice
/// above). Only when no other explainer's loader runs on the page, whose
/// placeholders are not ours to touch.
pub const EMBED_JS: &str = "/* News explainer: this explainer is no longer published. */
(() => {
  'use strict';
  if (window.NewsExplainer) return;
  const show = () => {
    for (const el of document.querySelectorAll('[data-news-explainer]')) {
      const p = document.createElement('p');
      p.textContent = 'This explainer is no longer published.';
      el.replaceChildren(p);
    }
  };
  document.readyState == 'loading' ? addEventListener('DOMContentLoaded', show) : show();
})();
";
