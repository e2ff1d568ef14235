// Authoring a whole explainer in the Studio, from pasted text alone, for a story
// that is not in the repository's content (tests/data/studio/, one paragraph per
// line): the draft's guesses fixed or deleted, quotes made by selecting words with
// the mouse and with "Find in article" from the keyboard (one phrase said word for
// word by two people, a quote inside a quote, a quote in Ukrainian), people named,
// every context written, seven tracker items in the seven statuses with quote and
// passage evidence and dated histories, the live preview checked, the file
// exported; then `explainer check` accepts it with warnings denied and
// `explainer build` builds a site from it.
//
// Writes e2e/screenshots/studio-authoring-<project>-{selecting,tracker,preview-phone,preview-desktop}.png,
// each what the window shows at that moment.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { explainer } from './fixtures/explainer-cli';
import {
  addDealItem,
  dealForm,
  type DealFields,
  deleteQuote,
  editHistoryEntry,
  expect,
  historyEntries,
  personForm,
  test,
} from './fixtures/studio-page';

const STORY = path.join(__dirname, '..', 'tests', 'data', 'studio', 'zaporizhzhia-power-line.txt');

/** The phrase both negotiators said word for word. */
const SHARED_PHRASE = 'safety is not negotiable';
/** Said in Ukrainian, between « »: the draft takes both sentences; the quote is the second. */
const UKRAINIAN_SAID = 'Ми тут не заради політики. Ми тут заради реакторів.';
const UKRAINIAN = 'Ми тут заради реакторів.';

/** Every quote of the finished explainer and why it matters, in article order. */
const CONTEXTS: Record<string, string> = {
  'this-is-not-peace-deal': 'Kyiv’s minister draws the line: the text lets engineers work and settles nothing else.',
  'safety-is-not-negotiable': 'Levchenko’s condition, which she ties to the plant’s return to Ukraine.',
  'safety-is-not-negotiable-2': 'Gromov uses the same words: the one point on which both sides sound alike.',
  'not-discuss-its-ownership-in': 'Moscow rules out any talk of who owns the plant.',
  'shift-supervisor-told-me-we': 'The head of the inspectors passes on the plant staff’s warning.',
  'minimum-reactors-need-not-maximum': 'The agency calls the ceasefire a floor, not a goal.',
  'kovalenko-in-ukrainian': 'The shift supervisor says the staff stay for the reactors, not for politics.',
  'already-loaded-on-trucks-in': 'Ukraine says its part of the deal is ready to go.',
  'study-carefully': 'Moscow’s non-committal answer to the agency’s proposal.',
  'for-eleven-days-already': 'A claim of a quiet front line that Kyiv has not confirmed.',
  'we-are-closer-than-we': 'The agency’s reading of the talks on a demilitarised zone.',
  'never-again-accept-russian-operator': 'Kyiv’s line on the open question of who runs the plant.',
  'there-will-be-no-restart': 'Ukraine’s answer to Russia’s request to restart a reactor.',
};

/** A piece of evidence: a quote by id, or a passage selected one way or the other. */
type Evidence = { quote: string } | { passage: string; select: 'mouse' | 'find' };

/**
 * The tracker, one item in each of the seven statuses. `history` starts with the
 * entry of the day of publication (the item's status), then earlier ones.
 */
const TRACKER: (DealFields & { evidence: Evidence[]; history: { status: string; note: string; date?: string }[] })[] = [
  {
    id: 'four-day-ceasefire',
    title: 'A four-day local ceasefire for the repairs',
    status: 'agreed',
    summary: 'Both sides initialled it; the four days begin at dawn on Saturday.',
    parties: ['levchenko', 'gromov', 'iaea'],
    evidence: [
      { passage: 'agreed on Thursday to a four-day local ceasefire around the Zaporizhzhia nuclear power plant', select: 'find' },
      { quote: 'this-is-not-peace-deal' },
    ],
    history: [
      { status: 'agreed', note: 'Both delegations initialled the text in Vienna.' },
      { status: 'proposed', note: 'The agency put a local ceasefire for the repairs on the table.', date: '2026-11-24' },
    ],
  },
  {
    id: 'replacement-transformer',
    title: 'Ukraine supplies the transformer and cable',
    status: 'pledged',
    summary: 'From Ukraine’s own stocks; Levchenko says it is loaded and waiting.',
    parties: ['levchenko'],
    evidence: [
      { passage: 'Ukraine will supply the replacement transformer and cable from its own stocks', select: 'mouse' },
      { quote: 'already-loaded-on-trucks-in' },
    ],
    history: [{ status: 'pledged', note: 'Written into the text both sides initialled.' }],
  },
  {
    id: 'permanent-inspectors',
    title: 'Four inspectors kept at the switchyard',
    status: 'proposed',
    summary: 'The agency’s plan for after the repairs; Moscow will study it, Kyiv has not answered.',
    parties: ['iaea', 'gromov'],
    evidence: [
      { passage: 'The agency proposed to keep a permanent team of four inspectors at the switchyard', select: 'find' },
      { quote: 'study-carefully' },
    ],
    history: [{ status: 'proposed', note: 'The agency put the plan to both delegations.' }],
  },
  {
    id: 'eleven-days-of-quiet',
    title: 'Eleven days of quiet around the plant',
    status: 'claimed',
    summary: 'Moscow says its units have held fire; Kyiv has not confirmed it.',
    parties: ['gromov'],
    evidence: [
      { quote: 'for-eleven-days-already' },
      { passage: 'an assertion Ukrainian officials did not confirm', select: 'mouse' },
    ],
    history: [{ status: 'claimed', note: 'Gromov made the claim in Vienna.' }],
  },
  {
    id: 'demilitarised-zone',
    title: 'A demilitarised zone around the plant',
    status: 'in-progress',
    summary: 'Talks go on; a second round is planned for December in Vienna.',
    parties: ['levchenko', 'gromov', 'iaea'],
    evidence: [
      { passage: 'Talks on a wider demilitarised zone around the plant continue', select: 'find' },
      { quote: 'we-are-closer-than-we' },
    ],
    history: [
      { status: 'in-progress', note: 'A second round was set for December.' },
      { status: 'proposed', note: 'The agency first proposed a zone free of troops and weapons around the plant.', date: '2026-05-14' },
    ],
  },
  {
    id: 'plant-operator',
    title: 'Who runs the plant',
    status: 'unresolved',
    summary: 'Named in the final statement as an open issue and left for later talks.',
    parties: ['levchenko', 'gromov'],
    evidence: [
      { passage: 'named in the final statement as an open issue', select: 'find' },
      { quote: 'never-again-accept-russian-operator' },
    ],
    history: [{ status: 'unresolved', note: 'Left open in the final statement.' }],
  },
  {
    id: 'reactor-restart',
    title: 'Restarting a reactor',
    status: 'no-deal',
    summary: 'Russia asked to restart one reactor for the occupied territories; turned down.',
    parties: ['gromov', 'levchenko'],
    evidence: [
      { quote: 'there-will-be-no-restart' },
      {
        passage: 'A Russian request to restart one reactor to supply power to the occupied territories was turned down',
        select: 'find',
      },
    ],
    history: [
      { status: 'no-deal', note: 'Kyiv turned the request down; the agency will not certify a restart.' },
      { status: 'proposed', note: 'Russia asked to restart one reactor.', date: '2026-11-25' },
    ],
  },
];

test('a journalist authors a whole explainer from a pasted article, and the CLI builds it', async ({
  studio,
  page,
}, testInfo) => {
  // Some 300 edits, each re-rendering the Studio and its preview, then two runs of
  // the command-line tool (the first may compile it), on a slow shared machine.
  test.setTimeout(900_000);
  const shot = (name: string) => `studio-authoring-${testInfo.project.name}-${name}`;
  const article = await readFile(STORY, 'utf8');

  await test.step('paste the article and draft', async () => {
    await studio.goto();
    await studio.draftFrom(article);
    await expect(studio.message()).toContainText('5 sections, 14 quotes, 7 people');
    await expect(studio.articleText().getByRole('heading', { name: 'What the Inspectors Saw' })).toBeVisible();
    await expect(page.locator('.studio-quote')).toHaveCount(14);
    await expect(page.getByLabel('Dateline')).toHaveValue('Vienna');
  });

  await test.step('fill in the article', async () => {
    await page.getByLabel('Headline').fill('A four-day truce to repair Zaporizhzhia’s last power line');
    await page
      .getByLabel('Standfirst')
      .fill('Engineers get four days to mend the line that cools Europe’s largest nuclear plant. Who runs it is left for later.');
    await page.getByLabel('Published (YYYY-MM-DD)').fill('2026-11-26');
    await expect(studio.preview().getByRole('heading', { name: /four-day truce/ })).toBeVisible();
  });

  await test.step('delete what the draft took for quotes and should not keep', async () => {
    // A term the reporter put in quotation marks, not anyone's words.
    await deleteQuote(studio, 'repair-window');
    // Two long quotes that both hold the phrase the negotiators share: made again
    // below as that phrase alone, one for each speaker.
    await deleteQuote(studio, 'we-have-said-it-from');
    await deleteQuote(studio, 'on-this-we-agree-with');
    // The words in Ukrainian, drafted from « » with an id spelt in Latin letters:
    // both sentences, where the quote is the second alone (made below).
    const draftedId = await page.locator('.studio-quote').evaluateAll(
      (forms, said) =>
        forms.find((form) => form.querySelector<HTMLInputElement>('.studio-quote__text')?.value === said)?.getAttribute('data-quote') ??
        '',
      UKRAINIAN_SAID,
    );
    expect(draftedId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    await deleteQuote(studio, draftedId);
    await expect(page.locator('.studio-quote')).toHaveCount(10);
  });

  await test.step('select the shared phrase with the mouse: a prefix tells it apart', async () => {
    await studio.selectWithMouse(SHARED_PHRASE, 0);
    await expect(studio.selected()).toHaveText(SHARED_PHRASE);
    await studio.makeQuote({ speaker: 'Oksana Levchenko (levchenko)', context: CONTEXTS['safety-is-not-negotiable'] });
    await expect(studio.message()).toContainText('Its words occur 2 times in the article, so the prefix');
    const quote = studio.quote('safety-is-not-negotiable');
    await expect(quote).toContainText('occur 2 times and the prefix or suffix says which');
    await expect(quote.getByLabel('Prefix (text just before)')).not.toHaveValue('');
    await expect(quote.getByLabel('Speaker')).toHaveValue('levchenko');
  });

  await test.step('find its second place from the keyboard and make it Gromov’s quote', async () => {
    await page.getByLabel('Find in article').focus();
    await page.keyboard.type(SHARED_PHRASE);
    await expect(studio.message()).toContainText('Found 2 times in the article; place 1 is selected.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Next match' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(studio.message()).toContainText('place 2 is selected');
    await page.getByLabel('Speaker', { exact: true }).first().selectOption('gromov');
    await page.getByLabel('Context: why it matters').fill(CONTEXTS['safety-is-not-negotiable-2']);
    await page.getByRole('button', { name: 'Make quote' }).focus();
    await page.keyboard.press('Enter');
    await expect(studio.message()).toContainText('Made the quote “safety-is-not-negotiable-2”');
    const quote = studio.quote('safety-is-not-negotiable-2');
    await expect(quote.getByLabel('Speaker')).toHaveValue('gromov');
    await expect(quote.getByLabel('Prefix (text just before)')).not.toHaveValue('');
    await expect(page.locator('.studio-quote')).toHaveCount(12);
  });

  await test.step('select the quote in Ukrainian with the mouse, said by a new person', async () => {
    await studio.selectWithMouse(UKRAINIAN);
    await expect(studio.selected()).toHaveText(UKRAINIAN);
    await page.locator('.studio-maker').evaluate((maker) => maker.scrollIntoView({ block: 'end' }));
    await studio.screenshot(shot('selecting'), 'viewport');
    await studio.makeQuote({ newSpeaker: 'Taras Kovalenko', context: CONTEXTS['kovalenko-in-ukrainian'] });
    await expect(studio.message()).toContainText('occur once in the article');
    // Its id is spelt from the Cyrillic in Latin letters; the journalist names it.
    const madeId = (await studio.message().innerText()).match(/Made the quote “([a-z0-9-]+)”/)?.[1] ?? '';
    expect(madeId).not.toBe('quote');
    const made = studio.quote(madeId);
    await expect(made.getByLabel('Words')).toHaveValue(UKRAINIAN);
    await made.getByLabel('Id').fill('kovalenko-in-ukrainian');
    await expect(studio.quote('kovalenko-in-ukrainian')).toContainText('Found in the article.');
  });

  await test.step('the quote inside a quote stays as drafted, anchored', async () => {
    const quote = studio.quote('shift-supervisor-told-me-we');
    await expect(quote.getByLabel('Words')).toHaveValue(
      'The shift supervisor told me ‘we cannot keep patching cables under fire,’ and I believe him',
    );
    await expect(quote).toContainText('Found in the article.');
  });

  await test.step('fix the speakers the draft guessed wrong', async () => {
    await studio.quote('study-carefully').getByLabel('Speaker').selectOption('gromov');
    await studio.quote('for-eleven-days-already').getByLabel('Speaker').selectOption('gromov');
    await studio.quote('never-again-accept-russian-operator').getByLabel('Speaker').selectOption('levchenko');
  });

  await test.step('name the people and give their roles; delete the ones that are not people', async () => {
    for (const notAPerson of ['TODO: who said this', 'Moscow', 'Russian', 'Ukraine']) {
      await personForm(studio, notAPerson).getByRole('button', { name: /^Delete / }).click();
      await expect(personForm(studio, notAPerson)).toHaveCount(0);
    }
    const people: [string, { id?: string; name?: string; role: string }][] = [
      ['Oksana Levchenko', { role: 'Energy minister of Ukraine' }],
      // Quoted as "Gromov said"; the draft took the full name from where the article first gives it.
      ['Pavel Gromov', { role: 'Russia’s envoy to the talks' }],
      ['Ingrid Solberg', { name: 'Dr. Ingrid Solberg', role: 'Head of the IAEA team at the plant' }],
      // Renaming the id renames the quote's speaker with it.
      ['Taras Kovalenko', { id: 'kovalenko', role: 'Shift supervisor at the plant' }],
    ];
    for (const [shown, { id, name, role }] of people) {
      const form = personForm(studio, shown);
      await form.getByLabel('Role').fill(role);
      if (id) await form.getByLabel('Id').fill(id);
      if (name) await form.getByLabel('Name').fill(name);
    }
    await expect(studio.quote('kovalenko-in-ukrainian').getByLabel('Speaker')).toHaveValue('kovalenko');
    // The agency is a party to the tracker items, with no quote of its own.
    await page.getByRole('button', { name: 'Add a person' }).click();
    const agency = personForm(studio, 'TODO: name');
    await agency.getByLabel('Id').fill('iaea');
    await agency.getByLabel('Role').fill('Broker of the talks');
    await agency.getByLabel('Name').fill('International Atomic Energy Agency');
    await expect(page.locator('.studio-person')).toHaveCount(5);
  });

  await test.step('write every quote’s context', async () => {
    await expect(page.locator('.studio-quote')).toHaveCount(Object.keys(CONTEXTS).length);
    const ids = await page.locator('.studio-quote').evaluateAll((quotes) => quotes.map((q) => q.getAttribute('data-quote')));
    // In article order, the made quotes among the drafted ones.
    expect(ids).toEqual(Object.keys(CONTEXTS));
    for (const [id, context] of Object.entries(CONTEXTS)) {
      await studio.quote(id).getByLabel('Context').fill(context);
    }
    await expect(page.locator('.studio-anchor--error')).toHaveCount(0);
  });

  await test.step('seven tracker items, one in each status, with evidence and dated histories', async () => {
    for (const { evidence, history, ...fields } of TRACKER) {
      const item = await addDealItem(studio, fields);
      for (const piece of evidence) {
        if ('quote' in piece) {
          await item.getByLabel('Add a quote as evidence').selectOption(piece.quote);
          continue;
        }
        if (piece.select === 'mouse') await studio.selectWithMouse(piece.passage);
        else await studio.find(piece.passage);
        await expect(studio.selected()).toHaveText(piece.passage);
        await item.getByRole('button', { name: 'Add the selected passage as evidence' }).click();
        await expect(studio.message()).toContainText(`Added the selected passage as evidence to “${fields.title}”.`);
      }
      await expect(item.locator('.studio-deal__evidence li')).toHaveCount(evidence.length);
      // The item's own entry, dated the day of publication, then any earlier
      // ones: each is added last and moves first once its date is complete.
      const [latest, ...earlier] = history;
      await editHistoryEntry(item, 0, latest);
      for (const entry of earlier) {
        await item.getByRole('button', { name: 'Add a history entry' }).click();
        const added = await historyEntries(item).count();
        await editHistoryEntry(item, added - 1, entry);
        await expect(historyEntries(item).first().getByLabel('Date (YYYY-MM-DD)')).toHaveValue(entry.date!);
      }
      // In date order, and the last entry agrees with the item's status.
      await expect(historyEntries(item).last().getByLabel('Status')).toHaveValue(fields.status);
      await expect(historyEntries(item).last().getByLabel('What happened')).toHaveValue(latest.note);
      await expect(item).not.toContainText('The last entry’s status differs');
    }
    await expect(page.locator('.studio-deal')).toHaveCount(7);
    await expect(page.locator('.studio-anchor--error')).toHaveCount(0);
    await dealForm(studio, 'demilitarised-zone').evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await studio.screenshot(shot('tracker'), 'viewport');
  });

  await test.step('no errors and no TODOs left', async () => {
    await expect(studio.problemCount()).toHaveText('No problems: ready to export.');
    await expect(studio.problemCount()).toHaveAttribute('data-errors', '0');
    await expect(studio.problemCount()).toHaveAttribute('data-warnings', '0');
  });

  await test.step('the live preview: three views, a card opening, a fragment link', async () => {
    const preview = studio.preview();
    await expect(preview.locator('.quote-card')).toHaveCount(13);
    const ukrainian = preview.locator('#quote-kovalenko-in-ukrainian');
    await ukrainian.locator('.quote-card__toggle').click();
    await expect(ukrainian.locator('.quote-card__toggle')).toHaveAttribute('aria-expanded', 'true');
    await expect(ukrainian).toContainText('Taras Kovalenko');

    await preview.getByRole('tab', { name: 'Deal tracker' }).click();
    const statuses = await preview.locator('.deal-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-status')));
    expect([...statuses].sort()).toEqual(['agreed', 'claimed', 'in-progress', 'no-deal', 'pledged', 'proposed', 'unresolved']);
    // Evidence links to its quote card: the Quotes view opens with that card open,
    // and the Studio's own address is left alone.
    const studioUrl = page.url();
    await preview.locator('#deal-plant-operator a[href="#quote-never-again-accept-russian-operator"]').click();
    await expect(preview.locator('#tab-quotes')).toHaveAttribute('aria-selected', 'true');
    await expect(
      preview.locator('#quote-never-again-accept-russian-operator .quote-card__toggle'),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(page.url()).toBe(studioUrl);

    await preview.getByRole('tab', { name: 'Article text' }).click();
    await expect(preview.locator('mark[data-quote="safety-is-not-negotiable"]')).toBeVisible();
    await expect(preview.locator('mark[data-quote="safety-is-not-negotiable-2"]')).toBeVisible();
    await expect(preview.locator('mark[data-quote="kovalenko-in-ukrainian"]')).toHaveText(UKRAINIAN);
    await expect(preview.locator('mark[data-deal="replacement-transformer"]')).toHaveText(
      'Ukraine will supply the replacement transformer and cable from its own stocks',
    );

    // The preview's top in the window (at 1280 px it sits in a column of its own
    // that scrolls, beside the editor), at a phone's width and at a desktop's.
    const showPreview = () => page.locator('.studio-preview').evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await preview.getByRole('tab', { name: 'Deal tracker' }).click();
    await page.getByRole('button', { name: 'Phone' }).click();
    await showPreview();
    await studio.screenshot(shot('preview-phone'), 'viewport');
    await page.getByRole('button', { name: 'Desktop' }).click();
    await preview.getByRole('tab', { name: 'Quotes' }).click();
    await showPreview();
    await studio.screenshot(shot('preview-desktop'), 'viewport');
  });

  const file = await test.step('export the file', async () => {
    const file = await studio.export();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    expect(exported.$schema).toBe('./explainer.schema.json');
    expect(exported.quotes.map((q: { id: string }) => q.id)).toEqual(Object.keys(CONTEXTS));
    expect(exported.people.map((p: { id: string }) => p.id).sort()).toEqual(
      ['gromov', 'iaea', 'kovalenko', 'levchenko', 'solberg'],
    );
    const shared = exported.quotes.filter((q: { text: string }) => q.text === SHARED_PHRASE);
    expect(shared.map((q: { speaker: string }) => q.speaker)).toEqual(['levchenko', 'gromov']);
    return file;
  });

  await test.step('explainer check accepts it, warnings denied', async () => {
    const { stdout, stderr } = await explainer(['check', '--deny-warnings', file]);
    expect(`${stdout}${stderr}`).toContain('is a valid explainer (13 quotes, 5 people, 7 tracker items)');
  });

  await test.step('explainer build builds a site from it', async () => {
    const site = testInfo.outputPath('site');
    await rm(site, { recursive: true, force: true });
    await explainer(['build', file, '--out', site, '--template', 'dist']);
    const html = await readFile(path.join(site, 'index.html'), 'utf8');
    expect(html).toContain('<title>A four-day truce to repair Zaporizhzhia’s last power line</title>');
    for (const id of Object.keys(CONTEXTS)) expect(html).toContain(`id="quote-${id}"`);
    expect(html).toContain(UKRAINIAN);
    expect(html).toContain('id="deal-reactor-restart"');
    const share = await readFile(path.join(site, 'quote', 'kovalenko-in-ukrainian', 'index.html'), 'utf8');
    expect(share).toContain('Taras Kovalenko');
  });
});
