// Sets the inline placeholder's data-src from this page's ?data-src= before
// embed.js (async) scans the page: for specs whose file is on an origin (a port)
// chosen at run time, without routing the page (routing turns the browser's
// HTTP cache off, and these specs are about what that cache does).
const wanted = new URLSearchParams(location.search).get('data-src');
const placeholder = document.querySelector('[data-news-explainer]');
if (wanted && placeholder) placeholder.setAttribute('data-src', wanted);
