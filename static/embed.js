/*
 * News explainer loader (docs/EMBEDDING.md). ES2020, no dependencies or
 * cookies; loads only widget files, from this script's folder (base).
 * Handles <div data-news-explainer="iframe|inline"> and
 * <iframe data-news-explainer-frame> on DOMContentLoaded and on
 * NewsExplainer.scan() (idempotent; a second copy only scans).
 *
 * Iframe: base?embed=<id>&parentUrl=<page>[&keepParams&src&theme&timeout&remember&locale]
 * (parentUrl without the query parameters data-keep-params does not name). The child
 * posts {type:'news-explainer:height'|…scroll|…event, embed, …}; on
 * hashchange we post {type:'news-explainer:navigate', embed, hash} to the
 * base origin. A message counts only from that iframe's window and the base
 * origin, as a plain object naming a known instance, with finite in-range
 * numbers and a known event name; only own string fields of detail pass.
 *
 * Inline: a shadow root with the widget CSS; once it loads and the widget
 * comes near the viewport (or is reached), glue and Wasm (once per page), then
 * mount(container, src, timeout, base, keepParams, remember, locale), awaited (a
 * locale the Wasm lacks comes from base/locales/ first). A trap of that Wasm
 * shows the error box in every inline widget. The build writes the
 * hashed file names into JS, WASM and CSS.
 */
(() => {
  'use strict';
  // currentScript is only set during this first run.
  const script = document.currentScript;
  const ready = (fn) =>
    document.readyState == 'loading' ? addEventListener('DOMContentLoaded', fn) : fn();
  if (window.NewsExplainer) return ready(() => NewsExplainer.scan());
  if (!script || !script.src) return console.error('News explainer: load embed.js with <script src>');

  const base = new URL('./', script.src).href;
  const origin = new URL(base).origin;
  const JS = '__NEWS_EXPLAINER_JS__';
  const WASM = '__NEWS_EXPLAINER_WASM__';
  const CSS = '__NEWS_EXPLAINER_CSS__';
  // A published site's explainer (content.json beside the page): what an
  // inline placeholder without data-src shows. Set by the publish
  // (cli/src/prerender.rs); empty elsewhere: the Wasm's bundled explainer.
  const CONTENT = '';
  const P = 'news-explainer:';
  const READY = 'data-news-explainer-ready';
  const frames = new Map(); // instance id → { frame, target }
  const boxes = []; // inline containers, which share one Wasm instance
  let count = 0;
  let glue = null;
  const waiting = new Set(); // inline widgets waiting to come near the viewport

  const attr = (el, name) => el.getAttribute('data-' + name);
  const plain = (v) => v !== null && typeof v == 'object' && Object.getPrototypeOf(v) == Object.prototype;
  const within = (n, min, max) => typeof n == 'number' && n >= min && n <= max; // false for NaN
  const force = (el, prop, value) => el.style.setProperty(prop, value, 'important');
  const src = (el) => attr(el, 'src') && new URL(attr(el, 'src'), location.href).href;
  // data-theme on the placeholder or any ancestor (a host's dark section or <html>).
  const theme = (el) => el.closest('[data-theme=light],[data-theme=dark]')?.getAttribute('data-theme');
  const timeout = (el) => within(+attr(el, 'timeout'), 1, 120) && Math.round(attr(el, 'timeout'));
  const keep = (el) => attr(el, 'keep-params');
  // data-remember="off": the widget stores nothing about the reader's visits.
  const remember = (el) => /^\s*off\s*$/i.test(attr(el, 'remember') || '') && 'off';
  // The interface language (data-locale), over the content's own.
  const locale = (el) => attr(el, 'locale');
  // This page's URL without the query parameters the host did not name to keep
  // (a preview token, a reader's tracking ids must not reach the widget's origin).
  const pageUrl = (el) => {
    const url = new URL(location.href);
    const names = (keep(el) || '').split(/[\s,]+/);
    for (const name of [...url.searchParams.keys()]) if (!names.includes(name)) url.searchParams.delete(name);
    return url.href;
  };

  // Iframe mode, for a new frame or a CMS's plain one.
  const frameUp = (frame, el, url) => {
    let id = el.id;
    if (!/^[\w-]{1,64}$/.test(id) || frames.has(id)) {
      do id = 'news-explainer-' + ++count;
      while (frames.has(id) || document.getElementById(id));
    }
    // A CMS frame keeps its other parameters (src= too, unless data-src is set).
    const params = {
      embed: id, parentUrl: pageUrl(el), keepParams: keep(el), src: src(el), theme: theme(el), timeout: timeout(el),
      remember: remember(el),
      locale: locale(el),
    };
    for (const k in params) if (params[k]) url.searchParams.set(k, params[k]);
    frame.title = attr(el, 'title') || frame.title || 'News explainer';
    frame.allow = 'clipboard-write; web-share';
    if (!location.hash) frame.loading = 'lazy'; // a deep link loads at once
    force(frame, 'display', 'block');
    force(frame, 'width', '100%');
    force(frame, 'border', '0');
    // A CMS frame keeps its own height unless it has data-height.
    const h = +attr(el, 'height');
    if (within(h, 1, 1e5)) force(frame, 'height', Math.ceil(h) + 'px');
    else if (frame != el) force(frame, 'height', '600px');
    frame.src = url.href;
    frames.set(id, { frame, target: el });
  };

  // Inline mode: shadow root, CSS, then mount the shared Wasm into a container.
  const inline = async (el) => {
    if (el.shadowRoot) return;
    if (JS.startsWith('__')) { // still the placeholder: not a built copy
      return console.error('News explainer: this embed.js is unbuilt; use the built one (dist/embed.js)');
    }
    const root = el.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    const box = document.createElement('div');
    const css = new Promise((done) => (link.onload = link.onerror = done)); // no unstyled flash
    link.rel = 'stylesheet';
    link.href = base + CSS;
    box.className = 'news-explainer-root';
    if (theme(el)) box.setAttribute('data-theme', theme(el));
    // The reader's default font size ('medium'), which the host's root font
    // size (html { font-size: 62.5% }) does not change: the widget's rem.
    box.style.fontSize = 'medium';
    root.append(box);
    box.style.setProperty('--explainer-rem', getComputedStyle(box).fontSize);
    // Until the widget is drawn, the placeholder's own content (the fallback
    // link) shows through this slot: no empty gap while the Wasm loads.
    const slot = document.createElement('slot');
    root.append(link, box, slot);
    await near(el);
    try {
      glue = glue || import(base + JS)
        .then(async (m) => (await m.default({ module_or_path: base + WASM }), m))
        .catch((err) => ((glue = null), Promise.reject(err))); // a later scan retries
      for (const go of [...waiting]) go();
      const [m] = await Promise.all([glue, css]);
      boxes.push(box);
      // Settles once drawn: after the file of a data-locale the Wasm does not
      // carry (base/locales/<tag>.json), so the fallback shows until then.
      await m.mount(
        box, src(el) || (CONTENT && base + CONTENT) || undefined, timeout(el) || undefined, base, keep(el) || undefined,
        remember(el) || undefined, locale(el) || undefined,
      );
      slot.remove();
    } catch (err) {
      slot.remove();
      console.error('News explainer: could not load from ' + base, err);
      const p = document.createElement('p');
      const a = document.createElement('a');
      p.setAttribute('role', 'alert');
      p.style.cssText = 'font:1rem system-ui;padding:1rem;border:1px solid'; // CSSOM: CSP-safe
      a.href = base;
      a.textContent = 'Open it on its own page';
      p.append('The explainer could not load. ', a, '.');
      box.replaceChildren(p);
    }
  };

  // An inline widget waits for its reader: its glue and Wasm are fetched when
  // it comes within about two screens of the viewport, or the reader reaches
  // its placeholder (focus, pointer), so an article that never scrolls to it
  // pays only this script. Loaded at once: on a deep link (the host's fragment
  // may name a quote), without IntersectionObserver, or once another widget of
  // the page has fetched the Wasm (mounting is then all that is left).
  const near = (el) =>
    new Promise((go) => {
      if (glue || location.hash || !window.IntersectionObserver) return go();
      const events = ['focusin', 'pointerenter', 'touchstart'];
      const done = () => {
        seen.disconnect();
        waiting.delete(done);
        for (const e of events) el.removeEventListener(e, done);
        go();
      };
      const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && done(), {
        rootMargin: '200% 0px',
      });
      seen.observe(el);
      for (const e of events) el.addEventListener(e, done, { passive: true });
      waiting.add(done); // called when another widget starts the fetch
    });

  // A trap of our Wasm (named in its stack) reaches no panic hook: show the box
  // it built ahead (src/host/panic.rs) in every inline widget.
  const trapped = (err) => {
    if (!(err instanceof WebAssembly.RuntimeError) || !String(err.stack).includes(WASM)) return;
    for (const box of boxes.splice(0)) {
      const shown = box.newsExplainerErrorBox?.cloneNode(true);
      if (!shown || box.querySelector('.explainer--crashed')) continue;
      shown.querySelector('pre').textContent = err;
      box.replaceChildren(shown);
    }
  };
  addEventListener('error', (event) => trapped(event.error));
  addEventListener('unhandledrejection', (event) => trapped(event.reason));

  const scan = () => {
    for (const el of document.querySelectorAll(
      `[data-news-explainer]:not([${READY}]),iframe[data-news-explainer-frame]:not([${READY}])`
    )) {
      const mode = el.localName == 'iframe' ? 'frame' : attr(el, 'news-explainer') || 'iframe';
      el.setAttribute(READY, mode);
      try {
        if (mode == 'inline') inline(el);
        else if (mode == 'frame') {
          // Only a frame from the widget's origin is upgraded (trusted to resize).
          const url = new URL(el.getAttribute('src') || base, location.href);
          if (url.origin == origin) frameUp(el, el, url);
        } else {
          const frame = document.createElement('iframe');
          frameUp(frame, el, new URL(base));
          el.replaceChildren(frame);
        }
      } catch (err) {
        console.error('News explainer: bad embed', el, err); // e.g. an invalid URL
      }
    }
  };

  addEventListener('message', (event) => {
    const d = event.data;
    const inst = plain(d) && typeof d.type == 'string' && frames.get(d.embed);
    if (!inst || event.origin !== origin || event.source !== inst.frame.contentWindow) return;
    const { frame, target } = inst;
    if (d.type == P + 'height' && within(d.height, Number.MIN_VALUE, Number.MAX_VALUE)) {
      // Clamped, not dropped: a very long explainer still gets a frame that fits
      // (10,000,000 px stays within every browser's layout limit).
      force(frame, 'height', Math.ceil(Math.min(d.height, 1e7)) + 'px');
    } else if (d.type == P + 'scroll' && within(d.top, 0, 1e6)) {
      // That point near the top, with a tenth of the viewport above it.
      scrollTo({
        top: Math.max(0, frame.getBoundingClientRect().top + scrollY + d.top - innerHeight / 10),
        behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
      });
    } else if (d.type == P + 'event' && ['quote-expanded', 'link-copied', 'view-changed'].includes(d.name)) {
      const given = d.detail ?? {};
      const detail = {};
      if (!plain(given)) return;
      for (const k of Object.keys(given)) {
        if (typeof given[k] == 'string' && k != '__proto__') detail[k] = given[k];
      }
      target.dispatchEvent(new CustomEvent(P + d.name, { detail, bubbles: true }));
    }
  });

  // Pass the host's new fragment on to each framed widget, to its origin only.
  addEventListener('hashchange', () => {
    for (const [embed, { frame }] of frames) {
      frame.contentWindow?.postMessage({ type: P + 'navigate', embed, hash: location.hash }, origin);
    }
  });

  window.NewsExplainer = { scan };
  ready(scan);
})();
