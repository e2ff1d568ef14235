// The built widget loads: the Wasm runs, the default explainer renders its
// headline and all ten quote cards, in light and dark color schemes.
import { HEADLINE, expect, test } from './fixtures/explainer-page';

test('the built widget shows the headline and ten quote cards', async ({ explainer }) => {
  await explainer.goto();

  await expect(explainer.headline()).toHaveText(HEADLINE);
  await expect(explainer.quoteCards()).toHaveCount(10);

  await explainer.screenshot('loads', 'light');
  await explainer.screenshot('loads', 'dark');

  expect(explainer.errors, 'errors in the browser console').toEqual([]);
});
