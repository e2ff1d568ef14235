// "Copy link" on a card: with the Clipboard API, the absolute URL to the quote
// goes on the clipboard and the live region says so; without it, the card shows
// the link in a field to copy by hand. Either way the URL, opened afresh,
// reopens that quote expanded.
import { ExplainerPage, expect, test } from './fixtures/explainer-page';

const SLUG = 'number-of-agreements';

/** Opening `url` afresh shows the Quotes view with the quote expanded, focused, in view. */
async function expectReopens(fresh: ExplainerPage, url: string): Promise<void> {
  await fresh.page.goto(url);
  await fresh.waitUntilLive();
  await fresh.expectView('quotes');
  const reopened = fresh.quotes.card(SLUG);
  await reopened.expectExpanded();
  await expect(reopened.root()).toBeFocused();
  await expect(reopened.root()).toBeInViewport();
  await expect(fresh.quotes.expandedToggles()).toHaveCount(1);
  fresh.expectNoErrors();
}

test('Copy link puts the absolute URL of the quote on the clipboard and announces it', async ({
  explainer,
  context,
}, testInfo) => {
  await explainer.goto();
  const origin = new URL(explainer.page.url()).origin;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const card = explainer.quotes.card(SLUG);
  await card.expand();

  await card.copyLinkButton().click();

  await expect(explainer.announcer()).toHaveText('Link copied to the clipboard.');
  const copied = await explainer.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${origin}/#quote-${SLUG}`);
  await expect(card.fallbackInput()).toHaveCount(0);
  explainer.expectNoErrors();

  // The copied link, opened in a new page (a fresh load), reopens that quote expanded.
  const fresh = await ExplainerPage.create(await context.newPage(), testInfo);
  await expectReopens(fresh, copied);
});

test('without navigator.clipboard the card shows the link to copy by hand, and it reopens the quote', async ({
  explainer,
  context,
}, testInfo) => {
  await explainer.page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { get: () => undefined });
  });
  await explainer.goto();
  const origin = new URL(explainer.page.url()).origin;
  expect(await explainer.page.evaluate(() => navigator.clipboard)).toBeUndefined();
  const card = explainer.quotes.card(SLUG);
  await card.expand();

  await card.copyLinkButton().click();

  const field = card.fallbackInput();
  await expect(field).toBeVisible();
  await expect(field).toHaveValue(`${origin}/#quote-${SLUG}`);
  await expect(field).toHaveAttribute('readonly', /.*/);
  await expect(field).toHaveAccessibleName(/Link to share/);
  await expect(explainer.announcer()).toHaveText('Copying is not available here. Select the link and copy it:');
  // Focusing the field selects the whole link, ready to copy.
  await field.focus();
  expect(await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd])).toEqual([
    0,
    (await field.inputValue()).length,
  ]);
  explainer.expectNoErrors();

  // The link, opened in a new page (a fresh load), reopens that quote expanded.
  const url = await field.inputValue();
  const fresh = await ExplainerPage.create(await context.newPage(), testInfo);
  await expectReopens(fresh, url);
});
