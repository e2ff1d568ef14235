// An explainer in a right-to-left language (tests/data/arabic-ferry.json, Arabic;
// its article text is tests/data/arabic-ferry.txt) gets a right-to-left widget,
// with its interface in Arabic:
// `dir="rtl"`, the tabs' arrow keys following the reading direction, chevrons
// mirrored, focus moving right to left as the eye does, nothing sticking out of a
// phone's screen, and axe at zero. It writes screenshots of each view, light and
// dark, at the project's width (375 px phone, 1280 px desktop).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './fixtures/axe';
import { type ExplainerPage, expect, test, VIEWS } from './fixtures/explainer-page';
import { openWithContent } from './fixtures/page-content';

const FIXTURE = readFileSync(path.join(__dirname, '..', 'tests', 'data', 'arabic-ferry.json'), 'utf8');
const FIRST_QUOTE: string = JSON.parse(FIXTURE).quotes[0].id;

test.beforeEach(async ({ explainer, page }) => {
  await openWithContent(page, FIXTURE);
  await explainer.waitUntilLive();
});

/** The left and right edges of an element on screen. */
async function edges(explainer: ExplainerPage, selector: string): Promise<{ left: number; right: number }> {
  return explainer.root().locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    return { left: box.left, right: box.right };
  });
}

test('the widget is right to left, in Arabic', async ({ explainer }) => {
  await expect(explainer.widget()).toHaveAttribute('dir', 'rtl');
  await expect(explainer.widget()).toHaveAttribute('lang', 'ar');
  // Text starts at the right: the headline's right edge is the widget's.
  const headline = await edges(explainer, 'h1');
  const widget = await edges(explainer, '.explainer');
  expect(widget.right - headline.right).toBeLessThan(30);
  explainer.expectNoErrors();
});

test('ArrowLeft goes to the next tab, which stands to the left', async ({ explainer, page }) => {
  const [quotes, tracker, source] = VIEWS.map((view) => explainer.tab(view));
  const x = async (tab: typeof quotes) => (await tab.boundingBox())!.x;
  expect(await x(tracker)).toBeLessThan(await x(quotes));
  expect(await x(source)).toBeLessThan(await x(tracker));

  await quotes.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tracker).toBeFocused();
  await explainer.expectView('tracker');
  await page.keyboard.press('ArrowLeft');
  await expect(source).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(quotes).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(source).toBeFocused();
  await explainer.expectView('source');
  explainer.expectNoErrors();
});

test('the chevron is mirrored, at the card’s left end', async ({ explainer }) => {
  const card = explainer.quoteCard(FIRST_QUOTE);
  const chevron = card.locator('.quote-card__chevron');
  const drawn = await chevron.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      transform: style.transform,
      left: style.borderLeftWidth,
      right: style.borderRightWidth,
    };
  });
  // Its corner on the left, turned -45° (the mirror of 45° left to right): still pointing down.
  expect(drawn.left).toBe('2px');
  expect(drawn.right).toBe('0px');
  const [a, b] = drawn.transform.replace(/^matrix\(|\)$/g, '').split(',').map(Number);
  expect(a).toBeCloseTo(Math.SQRT1_2, 3);
  expect(b).toBeCloseTo(-Math.SQRT1_2, 3);
  const text = await card.locator('.quote-card__text').boundingBox();
  const box = await chevron.boundingBox();
  expect(box!.x + box!.width).toBeLessThan(text!.x);
  explainer.expectNoErrors();
});

test('the “pledged” arrow points the way the text reads, and the item count keeps its order', async ({ explainer }) => {
  await explainer.showView('tracker');
  for (const icon of ['.deal-item[data-status="pledged"] .status-badge__icon', '.filter__option[data-status="pledged"] .filter__icon']) {
    const transform = await explainer.root().locator(icon).first().evaluate((el) => getComputedStyle(el).transform);
    expect(transform, icon).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  }
  // “4 بنود:” (4 items) is Arabic interface text: the number reads first, at the right.
  const total = explainer.root().locator('.tracker-summary__total');
  const order = await total.evaluate((el) => {
    const text = el.textContent ?? '';
    const rangeOf = (part: string) => {
      const node = el.querySelector('bdi')?.firstChild ?? el.firstChild!;
      const range = document.createRange();
      const at = (node.textContent ?? '').indexOf(part);
      range.setStart(node, at);
      range.setEnd(node, at + part.length);
      return range.getBoundingClientRect().left;
    };
    return { text, number: rangeOf('4'), word: rangeOf('بنود') };
  });
  expect(order.number, JSON.stringify(order)).toBeGreaterThan(order.word);
  explainer.expectNoErrors();
});

test('Tab moves right to left through the quotes toolbar', async ({ explainer, page }) => {
  const buttons = explainer.root().locator('.toolbar button');
  await expect(buttons).toHaveCount(4);
  await buttons.first().focus();
  let previous = (await buttons.first().boundingBox())!;
  for (let i = 1; i < 4; i++) {
    await page.keyboard.press('Tab');
    await expect(buttons.nth(i)).toBeFocused();
    const box = (await buttons.nth(i).boundingBox())!;
    // Left of the one before on the same row, or on a row below it.
    const sameRow = Math.abs(box.y - previous.y) < previous.height / 2;
    if (sameRow) expect(box.x + box.width, `button ${i} left of button ${i - 1}`).toBeLessThanOrEqual(previous.x + 1);
    else expect(box.y).toBeGreaterThan(previous.y);
    previous = box;
  }
});

test('every view stays inside the screen, passes axe, and is photographed', async ({ explainer }) => {
  test.slow();
  const project = test.info().project.name;
  await explainer.quoteCard(FIRST_QUOTE).locator('button.quote-card__toggle').click();
  for (const view of VIEWS) {
    await explainer.showView(view);
    await explainer.expectNoHorizontalScroll(`${view} view`);
    // Right to left, what sticks out goes off the left edge, where no scroll bar shows it.
    const offLeft = await explainer.root().evaluate((root) =>
      [...root.querySelectorAll('*')]
        .filter((el) => (el as HTMLElement).checkVisibility?.() !== false)
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 1 && box.left < -0.5)
        .map(({ el, box }) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} left=${Math.round(box.left)}`),
    );
    expect(offLeft, `${view} view: off the left edge`).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await explainer.screenshot(`rtl-arabic-${view}`, scheme);
      expect(await axeViolations(explainer.page), `${view}, ${scheme}, ${project}`).toEqual([]);
    }
  }
  explainer.expectNoErrors();
});
