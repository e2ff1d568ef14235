// Records every news-explainer:* event that reaches the document, with the id of
// the element it was dispatched on (the placeholder, for both embed modes), so a
// test can read them back: window.__explainerEvents.
window.__explainerEvents = [];
for (const name of ['quote-expanded', 'link-copied', 'view-changed']) {
  document.addEventListener(`news-explainer:${name}`, (event) => {
    // Where the event started: inside a placeholder's shadow root (an inline
    // widget), or in the document (embed.js re-dispatching a frame's event).
    const origin = event.composedPath()[0];
    const root = origin instanceof Node ? origin.getRootNode() : null;
    window.__explainerEvents.push({
      name,
      placeholder: event.target.id,
      startedIn: root instanceof ShadowRoot ? `shadow root of #${root.host.id}` : 'document',
      detail: { ...event.detail },
    });
  });
}
// The host's own hash routing: every hashchange it sees, in order.
window.__hostHashChanges = [];
addEventListener('hashchange', () => window.__hostHashChanges.push(location.hash));
// Every message a frame on this page posted to it, as it arrived (the AMP and
// pym.js dialects included), so a test can see what the widget says.
window.__frameMessages = [];
addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === event.source);
  if (frame) window.__frameMessages.push(event.data);
});
// Every pushState and replaceState on the host page's history, so a test can see
// that a widget made none (a replaceState changes neither history.length nor
// fires hashchange).
window.__hostHistoryCalls = [];
for (const name of ['pushState', 'replaceState']) {
  const original = history[name];
  history[name] = function (...args) {
    window.__hostHistoryCalls.push(name);
    return original.apply(this, args);
  };
}
