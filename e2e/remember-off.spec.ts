// data-remember="off" on an embed placeholder (README, docs/EMBEDDING.md): the
// widget reads and writes nothing about the reader's visits, inline and in an
// iframe (embed.js passes it on as ?remember=off). Coming back to newer
// content, as in returning-reader.spec.ts, shows no line and no mark, and the
// origin's storage holds no record. A control widget on the same page remembers,
// as widgets do by default: its record in storage is the positive event that
// the others have had their chance to write, before checking they did not.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/embed-host';
import { ServedExplainer, SinceVisit, sampleVersions, storedVisitKeys } from './fixtures/returning-reader';

test('with data-remember="off", nothing is stored and a return to newer content shows no line or mark', async ({
  host,
  page,
}) => {
  const file = new ServedExplainer(page, '/returning/explainer.json');
  const control = new ServedExplainer(page, '/returning/control.json');
  await file.install();
  await control.install();
  const { first, followUp } = sampleVersions();
  file.publish(first);
  control.publish(asControl(first));
  await host.goto('remember-off.html');
  await expect(host.iframe('framed')).toHaveAttribute('src', /[?&]remember=off(&|$)/);
  const widgets = { inline: host.inline('inline'), framed: host.framed('framed') };
  for (const widget of Object.values(widgets)) await widget.waitUntilLive();
  // Once live, a remembering widget writes at once (the first visit's record).
  await controlRemembered(page);
  expect(await offWidgetKeys(page), 'nothing of theirs in the host page’s storage').toEqual([]);

  file.publish(followUp);
  control.publish(asControl(followUp));
  // The control's own record goes, so that it writes afresh once live on this
  // visit too (a first visit writes at once): a new positive event.
  await page.evaluate((url) => {
    for (const key of Object.keys(localStorage)) if (key.endsWith(url)) localStorage.removeItem(key);
  }, CONTROL_URL);
  await page.reload();
  for (const [name, widget] of Object.entries(widgets)) {
    await widget.waitUntilLive();
    await expect(widget.quotes.cards(), `${name}: the new content shows`).toHaveCount(followUp.quotes.length);
    await new SinceVisit(widget.scope).expectNothing();
  }
  // The frame is on the host's origin here, so this one storage is both widgets'.
  await controlRemembered(page);
  expect(await offWidgetKeys(page)).toEqual([]);
  expect(host.errors).toEqual([]);
});

/**
 * The control's own article URL: a widget keeps its record under its content's
 * canonical URL, so the control's record is told apart from any other.
 */
const CONTROL_URL = 'https://news.example/remembering-control';

/** A version of the sample as the control serves it: the same, with its own URL. */
function asControl(version: Record<string, any>): Record<string, any> {
  const copy = structuredClone(version);
  copy.article.url = CONTROL_URL;
  return copy;
}

/**
 * Waits until the control widget's record is in storage: the widgets beside it
 * have had their chance to write too.
 */
async function controlRemembered(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate((url) => Object.keys(localStorage).some((k) => k.endsWith(url)), CONTROL_URL), {
      message: 'the remembering control widget writes its record',
    })
    .toBe(true);
}

/** The visit records in storage that are not the control widget's. */
async function offWidgetKeys(page: Page): Promise<string[]> {
  return (await storedVisitKeys(page)).filter((key) => !key.endsWith(CONTROL_URL));
}
