// A quote's share page sends a reader on to the explainer, opened at the quote.
// Social crawlers run no script: they stay and read the page's tags. The query
// is carried over, so `?src=` or `?locale=` reach the widget as they were given.
(function () {
  var link = document.getElementById('explainer-link');
  if (!link) return;
  var to = new URL(link.href);
  to.search = location.search;
  location.replace(to.href);
})();
