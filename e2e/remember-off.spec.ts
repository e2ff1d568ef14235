// data-remember="off" on an embed placeholder (README, docs/EMBEDDING.md): the
// widget reads and writes nothing about the reader's visits, inline and in an
// iframe (embed.js passes it on as ?remember=off). Coming back to newer
// content, as in returning-reader.spec.ts, shows no line and no mark, and the
// origin's storage holds no record.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/embed-host';
import { ServedExplainer, SinceVisit, sampleVersions, storedVisitKeys } from './fixtures/returning-reader';

test('with data-remember="off", nothing is stored and a return to newer content shows no line or mark', async ({
  host,
  page,
}) => {
  const file = new ServedExplainer(page, '/returning/explainer.json');
  await file.install();
  const { first, followUp } = sampleVersions();
  file.publish(first);
  await host.goto('remember-off.html');
  await expect(host.iframe('framed')).toHaveAttribute('src', /[?&]remember=off(&|$)/);
  const widgets = { inline: host.inline('inline'), framed: host.framed('framed') };
  for (const widget of Object.values(widgets)) await widget.waitUntilLive();
  // Once live, a remembering widget writes at once (the first visit's record).
  await settle(page);
  expect(await storedVisitKeys(page), 'nothing in the host page’s storage').toEqual([]);

  file.publish(followUp);
  await page.reload();
  for (const [name, widget] of Object.entries(widgets)) {
    await widget.waitUntilLive();
    await expect(widget.quotes.cards(), `${name}: the new content shows`).toHaveCount(followUp.quotes.length);
    await new SinceVisit(widget.scope).expectNothing();
  }
  // The frame is on the host's origin here, so this one storage is both widgets'.
  await settle(page);
  expect(await storedVisitKeys(page)).toEqual([]);
  expect(host.errors).toEqual([]);
});

/** Two animation frames: the widget's effects after going live have run. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
