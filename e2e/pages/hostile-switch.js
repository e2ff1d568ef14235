// Adds hostile.css when the page's URL has ?hostile, so the same page is the
// clean reference and the hostile host.
if (new URLSearchParams(location.search).has('hostile')) {
  document.write('<link rel="stylesheet" href="hostile.css" />');
}
