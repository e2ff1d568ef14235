// The demo page's event log (demo.html). It shows the events every explainer
// instance dispatches on its placeholder: `news-explainer:quote-expanded`,
// `news-explainer:link-copied` and `news-explainer:view-changed`. They bubble,
// so one listener on the document hears all instances; an inline instance's
// events come out of its shadow root with the placeholder as their target.
// A separate file (no inline script) so the page runs under a strict CSP;
// everything is written with textContent.
'use strict';

const NAMES = ['quote-expanded', 'link-copied', 'view-changed'];
const MAX_LINES = 50;

const log = document.getElementById('events-log');
const clear = document.getElementById('events-clear');

function showEmpty() {
  const item = document.createElement('li');
  item.className = 'events__empty';
  item.textContent = 'No events yet.';
  log.replaceChildren(item);
}

function record(event) {
  const time = new Date().toLocaleTimeString([], { hour12: false });
  const where = event.target instanceof Element && event.target.id ? '#' + event.target.id : '?';
  const item = document.createElement('li');
  item.textContent = `${time} ${where} ${event.type} ${JSON.stringify(event.detail ?? null)}`;
  log.querySelector('.events__empty')?.remove();
  log.append(item);
  while (log.children.length > MAX_LINES) log.firstElementChild.remove();
  log.scrollTop = log.scrollHeight;
}

for (const name of NAMES) {
  document.addEventListener('news-explainer:' + name, record);
}
clear.addEventListener('click', showEmpty);
