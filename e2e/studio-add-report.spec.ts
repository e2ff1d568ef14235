// The Studio adds a later report to the open draft (issue #15): the follow-up's
// text pasted under "Later reports" becomes the draft's second report, its
// quoted words a quote naming it (checked against that report's text, not the
// article's), and the preview shows both reports and names the report on the card.
import { ARTICLE, DRAFTED_QUOTES, expect, test } from './fixtures/studio-page';

/** A follow-up of the fictional Geneva talks of ARTICLE: one paragraph, one quote. */
const FOLLOW_UP = 'Geneva — The delegations met again on Friday. Bondar said the corridor was “open again for the first ships.”';

/** A date after the draft's (today's), as the form takes it. */
function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('a pasted follow-up becomes a later report of the open draft', async ({ studio, page }) => {
  await studio.goto();
  await studio.draftFrom(ARTICLE);
  await studio.addReport(FOLLOW_UP, daysFromNow(3), 'Grain corridor open again');

  await expect(studio.message()).toContainText('1 section, 1 quote');
  await expect(studio.reportsSection().locator('li')).toHaveText([`${daysFromNow(3)} — Grain corridor open again`]);
  // The new quote is checked against the report it is in.
  const quote = page.locator('.studio-quote').last();
  await expect(quote.getByLabel('Words')).toHaveValue('open again for the first ships.');
  await expect(quote.locator('.studio-anchor--ok')).toHaveCount(1);
  await expect(page.locator('.studio-quote')).toHaveCount(DRAFTED_QUOTES + 1);
  await expect(page.locator('.studio-anchor--error')).toHaveCount(0);
  await expect(studio.problemCount()).toHaveAttribute('data-errors', '0');

  // The preview holds both reports and says where the new quote comes from.
  await expect(studio.preview().locator('section.source-report')).toHaveCount(2);
  await expect(studio.preview().locator('.quote-card__report').last()).toContainText('Grain corridor open again');
});
