// Layout checks (fixtures/layout.ts) for the pages that are not one of the
// widget's views, which screenshots.spec.ts covers: the Studio with a draft,
// the printed explainer, the error box in place of the widget, and a share page
// as a crawler reads it. On each project's width: nothing scrolls sideways,
// and the parts a person reads neither overlap nor stick out of their box.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures/explainer-page';
import { expectInside, expectNoOverlap, expectNoSidewaysScroll } from './fixtures/layout';
import { openWithContent } from './fixtures/page-content';
import { ARTICLE, StudioPage } from './fixtures/studio-page';

test('the Studio with a draft: no sideways scroll, its bar and sections apart', async ({ page }, testInfo) => {
  const studio = new StudioPage(page, testInfo);
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await expect(studio.preview()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the Studio');
  const bar = page.locator('.studio__bar');
  await expectNoOverlap(
    {
      'the title': bar.locator('.studio__title'),
      'the actions': bar.locator('.studio-actions').first(),
    },
    'the Studio’s bar',
  );
  await expectNoOverlap(
    {
      // Each part's wrapper (`.studio-part`) has no box of its own on a wide
      // screen (`display: contents`): the parts themselves are compared.
      'the article form': page.locator('.studio__editor .studio-part > *').first(),
      'the problem list': page.locator('.studio__side .studio-part > *').first(),
    },
    'the editor beside the problems',
  );
  const quote = page.locator('.studio-quote').first();
  await expectInside(
    quote,
    { 'its words': quote.getByLabel('Words'), 'its id': quote.getByLabel('Id', { exact: true }) },
    'a quote’s form',
  );
});

test('print: no sideways scroll, and every expanded card holds its parts', async ({ explainer, page }) => {
  await explainer.goto();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(page.locator('.quote-card__details').first()).toBeVisible();
  await expectNoSidewaysScroll(page, 'the printed explainer');
  for (const card of (await page.locator('.quote-card').all()).slice(0, 3)) {
    const parts = {
      'the quote': card.locator('.quote-card__text'),
      'the speaker': card.locator('.quote-card__speaker'),
      'the details': card.locator('.quote-card__details'),
    };
    await expectNoOverlap(parts, 'a printed card');
    await expectInside(card, parts, 'a printed card');
  }
});

test('the error box: no sideways scroll, its message and problems inside it', async ({ explainer, page }) => {
  const broken = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'many-faults.json'), 'utf8');
  await openWithContent(page, broken);
  const box = explainer.root().getByRole('alert');
  await expect(box).toBeVisible();
  await expectNoSidewaysScroll(page, 'the error box');
  const problems = await box.locator('li').all();
  expect(problems.length).toBeGreaterThan(1);
  await expectInside(
    box,
    Object.fromEntries([['the message', box.locator('p').first()], ...problems.map((li, i) => [`problem ${i + 1}`, li])]),
    'the error box',
  );
  await expectNoOverlap({ 'the message': box.locator('p').first(), 'the first problem': problems[0] }, 'the error box');
});

test('a share page as a crawler reads it: no sideways scroll, its parts apart', async ({ page }) => {
  await page.route('**/quote/redirect.js', (route) => route.abort());
  await page.goto('/quote/long-overdue/');
  const main = page.getByRole('main');
  await expect(main.locator('blockquote')).toBeVisible();
  await expectNoSidewaysScroll(page, 'a share page');
  const parts = {
    'the quote': main.locator('blockquote'),
    'the speaker': main.locator('.share__speaker'),
    'the context': main.locator('.share__context'),
    'the link': main.getByRole('link', { name: 'Read it in context in the explainer' }),
  };
  await expectNoOverlap(parts, 'a share page');
  await expectInside(main, parts, 'a share page');
});
