// `data-locale` on an embed placeholder chooses the interface language: inline,
// the widget mounts in it; in an iframe, the loader passes it on as `?locale=`.
import { expect, test } from './fixtures/embed-host';
import { localeTexts } from './fixtures/locales';

test('data-locale chooses the language of an inline embed', async ({ host }) => {
  await host.goto('locale.html');
  const widget = host.inline('inline-uk');
  await widget.waitUntilLive();
  const uk = localeTexts('uk');
  await expect(widget.tab('quotes')).toHaveText(uk.tab_quotes);
  await expect(widget.tab('tracker')).toHaveText(uk.tab_tracker);
  await expect(widget.tab('source')).toHaveText(uk.tab_source);
});

test('data-locale reaches an iframe embed as ?locale=', async ({ host }) => {
  await host.goto('locale.html');
  await expect(host.iframe('framed-fr')).toHaveAttribute('src', /[?&]locale=fr(&|$)/);
  const widget = host.framed('framed-fr');
  await widget.waitUntilLive();
  const fr = localeTexts('fr');
  await expect(widget.tab('quotes')).toHaveText(fr.tab_quotes);
  await expect(widget.tab('tracker')).toHaveText(fr.tab_tracker);
});
