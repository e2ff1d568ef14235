// Loads embed.js from the widget origin named in this page's ?widget= (an
// origin chosen at run time: a second server on another port), so a spec can
// put the widget on another origin than the article, as a CDN does.
const widget = new URL(new URLSearchParams(location.search).get('widget') ?? '/', location.href);
const script = document.createElement('script');
script.src = new URL('embed.js', widget).href;
script.async = true;
document.body.append(script);
