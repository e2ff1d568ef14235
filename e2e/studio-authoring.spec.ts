// Authoring a whole explainer in the Studio, from pasted text alone, for a story
// that is not in the repository's content (tests/data/studio/, one paragraph per
// line): the draft's quotes kept by their words or deleted (never by the ids or
// speakers it guessed, so a better draft does not fail the journey), quotes made by selecting words with
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
  type StudioPage,
  test,
} from './fixtures/studio-page';

const STORY = path.join(__dirname, '..', 'tests', 'data', 'studio', 'zaporizhzhia-power-line.txt');

/** The phrase both negotiators said word for word. */
const SHARED_PHRASE = 'safety is not negotiable';
/** Said in Ukrainian, between « »: the quote is the second sentence. */
const UKRAINIAN = 'Ми тут заради реакторів.';

/**
 * Every quote of the finished explainer, in article order: the id the
 * journalist gives it, its words, who said it and why it matters. The test
 * never relies on the ids or speakers the draft guesses (a better draft must
 * not fail it): quotes are found by their words, and ids and speakers are set.
 * `made` quotes are made in the test by selection; the others are kept from the
 * draft where it found exactly those words, else made with "Find in article".
 */
interface WantedQuote {
  id: string;
  words: string;
  speaker: string;
  context: string;
  made?: 'mouse' | 'find';
}
const QUOTES: WantedQuote[] = [
  {
    id: 'not-a-peace-deal',
    words: 'This is not a peace deal, it is a repair permit,',
    speaker: 'levchenko',
    context: 'Kyiv’s minister draws the line: the text lets engineers work and settles nothing else.',
  },
  {
    id: 'safety-levchenko',
    words: SHARED_PHRASE,
    speaker: 'levchenko',
    context: 'Levchenko’s condition, which she ties to the plant’s return to Ukraine.',
    made: 'mouse',
  },
  {
    id: 'safety-gromov',
    words: SHARED_PHRASE,
    speaker: 'gromov',
    context: 'Gromov uses the same words: the one point on which both sides sound alike.',
    made: 'find',
  },
  {
    id: 'ownership-not-discussed',
    words: 'not discuss its ownership in Vienna or anywhere else.',
    speaker: 'gromov',
    context: 'Moscow rules out any talk of who owns the plant.',
  },
  {
    id: 'cannot-keep-patching',
    words: 'The shift supervisor told me ‘we cannot keep patching cables under fire,’ and I believe him,',
    speaker: 'solberg',
    context: 'The head of the inspectors passes on the plant staff’s warning.',
  },
  {
    id: 'minimum-not-maximum',
    words: 'the minimum the reactors need, not the maximum we should hope for.',
    speaker: 'solberg',
    context: 'The agency calls the ceasefire a floor, not a goal.',
  },
  {
    id: 'kovalenko-in-ukrainian',
    words: UKRAINIAN,
    speaker: 'kovalenko',
    context: 'The shift supervisor says the staff stay for the reactors, not for politics.',
    made: 'mouse',
  },
  {
    id: 'already-loaded',
    words: 'already loaded on trucks in Zaporizhzhia.',
    speaker: 'levchenko',
    context: 'Ukraine says its part of the deal is ready to go.',
  },
  {
    id: 'study-carefully',
    words: 'study carefully.',
    speaker: 'gromov',
    context: 'Moscow’s non-committal answer to the agency’s proposal.',
  },
  {
    id: 'eleven-days',
    words: 'for eleven days already,',
    speaker: 'gromov',
    context: 'A claim of a quiet front line that Kyiv has not confirmed.',
  },
  {
    id: 'closer-than-in-spring',
    words: 'We are closer than we were in the spring, but we are not there,',
    speaker: 'solberg',
    context: 'The agency’s reading of the talks on a demilitarised zone.',
  },
  {
    id: 'no-russian-operator',
    words: 'never again accept a Russian operator at Zaporizhzhia.',
    speaker: 'levchenko',
    context: 'Kyiv’s line on the open question of who runs the plant.',
  },
  {
    id: 'no-restart',
    words: 'There will be no restart under occupation,',
    speaker: 'levchenko',
    context: 'Ukraine’s answer to Russia’s request to restart a reactor.',
  },
];

/** The people of the finished explainer: how the article names them, and what the journalist sets. */
const PEOPLE: { surname: string; id: string; name: string; role: string }[] = [
  { surname: 'Levchenko', id: 'levchenko', name: 'Oksana Levchenko', role: 'Energy minister of Ukraine' },
  { surname: 'Gromov', id: 'gromov', name: 'Pavel Gromov', role: 'Russia’s envoy to the talks' },
  { surname: 'Solberg', id: 'solberg', name: 'Dr. Ingrid Solberg', role: 'Head of the IAEA team at the plant' },
  { surname: 'Kovalenko', id: 'kovalenko', name: 'Taras Kovalenko', role: 'Shift supervisor at the plant' },
];

/** Words compared as a journalist would: without the punctuation and spaces at either end. */
const core = (words: string) => words.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');

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
      { quote: 'not-a-peace-deal' },
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
      { quote: 'already-loaded' },
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
      { quote: 'eleven-days' },
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
      { quote: 'closer-than-in-spring' },
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
      { quote: 'no-russian-operator' },
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
      { quote: 'no-restart' },
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
    await expect(studio.message()).toContainText(/\d+ sections?, \d+ quotes?, \d+ (people|person)/);
    await expect(studio.articleText().getByRole('heading', { name: 'What the Inspectors Saw' })).toBeVisible();
  });

  await test.step('fill in the article', async () => {
    await page.getByLabel('Headline').fill('A four-day truce to repair Zaporizhzhia’s last power line');
    await page
      .getByLabel('Standfirst')
      .fill('Engineers get four days to mend the line that cools Europe’s largest nuclear plant. Who runs it is left for later.');
    await page.getByLabel('Dateline').fill('Vienna');
    await page.getByLabel('Published (YYYY-MM-DD)').fill('2026-11-26');
    await expect(studio.preview().getByRole('heading', { name: /four-day truce/ })).toBeVisible();
  });

  await test.step('keep what the draft got right under the journalist’s ids; delete the rest', async () => {
    const drafted = await quoteForms(studio);
    const kept = new Set<string>();
    for (const { id, words } of drafted) {
      const wanted = QUOTES.find((q) => !q.made && !kept.has(q.id) && core(q.words) === core(words));
      if (wanted) {
        await studio.quote(id).getByLabel('Id', { exact: true }).fill(wanted.id);
        await expect(studio.quote(wanted.id).getByLabel('Words')).toHaveValue(words);
        kept.add(wanted.id);
      } else {
        // A term in quotation marks, a quote the test makes itself, or one whose
        // words the draft cut elsewhere than the journalist would.
        await deleteQuote(studio, id);
      }
    }
    await expect(page.locator('.studio-quote')).toHaveCount(kept.size);
    // What the draft missed, made from the keyboard.
    for (const wanted of QUOTES.filter((q) => !q.made && !kept.has(q.id))) {
      await studio.find(core(wanted.words));
      await expect(studio.selected()).toHaveText(core(wanted.words));
      await makeQuoteAs(studio, wanted.id, () => studio.makeQuote({ context: wanted.context }));
    }
  });

  await test.step('select the shared phrase with the mouse: a prefix tells it apart', async () => {
    await studio.selectWithMouse(SHARED_PHRASE, 0);
    await expect(studio.selected()).toHaveText(SHARED_PHRASE);
    await makeQuoteAs(studio, 'safety-levchenko', () => studio.makeQuote({}), 'occur 2 times in the article, so the prefix');
    const quote = studio.quote('safety-levchenko');
    await expect(quote).toContainText('occur 2 times and the prefix or suffix says which');
    await expect(quote.getByLabel('Prefix (text just before)')).not.toHaveValue('');
  });

  await test.step('find its second place from the keyboard and make it a quote', async () => {
    await page.getByLabel('Find in article').focus();
    await page.keyboard.type(SHARED_PHRASE);
    await expect(studio.message()).toContainText('Found 2 times in the article; place 1 is selected.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Next match' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(studio.message()).toContainText('place 2 is selected');
    await makeQuoteAs(studio, 'safety-gromov', async () => {
      await page.getByRole('button', { name: 'Make quote' }).focus();
      await page.keyboard.press('Enter');
    });
    await expect(studio.quote('safety-gromov').getByLabel('Prefix (text just before)')).not.toHaveValue('');
  });

  await test.step('select the quote in Ukrainian with the mouse, said by a new person', async () => {
    await studio.selectWithMouse(UKRAINIAN);
    await expect(studio.selected()).toHaveText(UKRAINIAN);
    await page.locator('.studio-maker').evaluate((maker) => maker.scrollIntoView({ block: 'end' }));
    await studio.screenshot(shot('selecting'), 'viewport');
    await makeQuoteAs(
      studio,
      'kovalenko-in-ukrainian',
      async () => {
        // The draft may know him already (it reads reporting verbs in Ukrainian
        // too): choose him then, as a reporter would, rather than a twin.
        const known = await page
          .getByLabel('Speaker', { exact: true })
          .first()
          .evaluate((select) =>
            [...(select as HTMLSelectElement).options].map((o) => o.label).find((l) => /Kovalenko/.test(l)),
          );
        await studio.makeQuote(known ? { speaker: known } : { newSpeaker: 'Taras Kovalenko' });
      },
      'occur once in the article',
    );
    await expect(studio.quote('kovalenko-in-ukrainian').getByLabel('Words')).toHaveValue(UKRAINIAN);
    await expect(studio.quote('kovalenko-in-ukrainian')).toContainText('Found in the article.');
  });

  await test.step('the quote inside a quote is anchored', async () => {
    const quote = studio.quote('cannot-keep-patching');
    await expect(quote.getByLabel('Words')).toHaveValue(/^The shift supervisor told me ‘we cannot keep patching cables under fire,’ and I believe him/);
    await expect(quote).toContainText('Found in the article.');
  });

  await test.step('name the people, give every quote its speaker, and delete who is not a person', async () => {
    const forms = page.locator('.studio-person');
    for (const person of PEOPLE) {
      // The form for this person (by the name the article gives), else a new one; the
      // newest when there are two (the draft's guess and one the maker added).
      const names = await forms.evaluateAll((all) => all.map((form) => form.querySelector('legend')?.textContent ?? ''));
      let index = names.findLastIndex((legend) => new RegExp(`\\b${person.surname}$`).test(legend));
      if (index < 0) {
        await page.getByRole('button', { name: 'Add a person' }).click();
        index = names.length;
        await expect(forms).toHaveCount(index + 1);
      }
      const form = forms.nth(index);
      await form.getByLabel('Name').fill(person.name);
      await form.getByLabel('Role').fill(person.role);
      await form.getByLabel('Id', { exact: true }).fill(person.id);
    }
    // Renaming the id renames the quote's speaker with it.
    await expect(studio.quote('kovalenko-in-ukrainian').getByLabel('Speaker')).toHaveValue('kovalenko');
    // The agency is a party to the tracker items, with no quote of its own.
    await page.getByRole('button', { name: 'Add a person' }).click();
    const agency = personForm(studio, 'TODO: name');
    await agency.getByLabel('Id', { exact: true }).fill('iaea');
    await agency.getByLabel('Role').fill('Broker of the talks');
    await agency.getByLabel('Name').fill('International Atomic Energy Agency');
    for (const wanted of QUOTES) {
      await studio.quote(wanted.id).getByLabel('Speaker').selectOption(wanted.speaker);
    }
    // Whoever else the draft took for a person ("Moscow", a TODO) goes.
    const ours = new Set([...PEOPLE.map((p) => p.id), 'iaea']);
    for (let i = (await forms.count()) - 1; i >= 0; i--) {
      if (ours.has(await forms.nth(i).getByLabel('Id', { exact: true }).inputValue())) continue;
      const count = await forms.count();
      await forms.nth(i).getByRole('button', { name: /^Delete / }).click();
      await expect(forms).toHaveCount(count - 1);
    }
    await expect(page.locator('.studio-person')).toHaveCount(PEOPLE.length + 1);
  });

  await test.step('write every quote’s context', async () => {
    const ids = await page.locator('.studio-quote').evaluateAll((quotes) => quotes.map((q) => q.getAttribute('data-quote')));
    // In article order, the made quotes among the drafted ones.
    expect(ids).toEqual(QUOTES.map((q) => q.id));
    for (const { id, context } of QUOTES) {
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
    await expect(preview.locator('.quote-card')).toHaveCount(QUOTES.length);
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
    await preview.locator('#deal-plant-operator a[href="#quote-no-russian-operator"]').click();
    await expect(preview.locator('#tab-quotes')).toHaveAttribute('aria-selected', 'true');
    await expect(
      preview.locator('#quote-no-russian-operator .quote-card__toggle'),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(page.url()).toBe(studioUrl);

    await preview.getByRole('tab', { name: 'Article text' }).click();
    await expect(preview.locator('mark[data-quote="safety-levchenko"]')).toBeVisible();
    await expect(preview.locator('mark[data-quote="safety-gromov"]')).toBeVisible();
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
    expect(exported.quotes.map((q: { id: string }) => q.id)).toEqual(QUOTES.map((q) => q.id));
    expect(exported.quotes.map((q: { speaker: string }) => q.speaker)).toEqual(QUOTES.map((q) => q.speaker));
    expect(exported.people.map((p: { id: string }) => p.id).sort()).toEqual(
      ['gromov', 'iaea', 'kovalenko', 'levchenko', 'solberg'],
    );
    const shared = exported.quotes.filter((q: { text: string }) => q.text === SHARED_PHRASE);
    expect(shared.map((q: { speaker: string }) => q.speaker)).toEqual(['levchenko', 'gromov']);
    return file;
  });

  // The exported file is the same at every width (checked above on each
  // project): one project runs the command-line tool on it.
  if (testInfo.project.name !== 'desktop') return;

  await test.step('explainer check accepts it, warnings denied', async () => {
    const { stdout, stderr } = await explainer(['check', '--deny-warnings', file]);
    expect(`${stdout}${stderr}`).toContain('is a valid explainer (13 quotes, 5 people, 7 tracker items)');
  });

  await test.step('explainer build builds a site from it', async () => {
    const site = testInfo.outputPath('site');
    await rm(site, { recursive: true, force: true });
    await explainer(['build', file, '--out', site, '--template', 'dist', '--no-precompress']);
    const html = await readFile(path.join(site, 'index.html'), 'utf8');
    expect(html).toContain('<title>A four-day truce to repair Zaporizhzhia’s last power line</title>');
    for (const { id } of QUOTES) expect(html).toContain(`id="quote-${id}"`);
    expect(html).toContain(UKRAINIAN);
    expect(html).toContain('id="deal-reactor-restart"');
    const share = await readFile(path.join(site, 'quote', 'kovalenko-in-ukrainian', 'index.html'), 'utf8');
    expect(share).toContain('Taras Kovalenko');
  });
});

/** Every quote form, with its id and its words, in the order the Studio shows them. */
async function quoteForms(studio: StudioPage): Promise<{ id: string; words: string }[]> {
  return studio.page.locator('.studio-quote').evaluateAll((forms) =>
    forms.map((form) => ({
      id: form.getAttribute('data-quote') ?? '',
      words: form.querySelector<HTMLInputElement | HTMLTextAreaElement>('.studio-quote__text')?.value ?? '',
    })),
  );
}

/**
 * Runs `make` (which presses Make quote), checks what the Studio said (`said`,
 * besides "Made the quote"), then gives the new quote the journalist's `id`:
 * the new one is the form whose id was not there before. (Editing the id is a
 * new action, with a message of its own.)
 */
async function makeQuoteAs(studio: StudioPage, id: string, make: () => Promise<void>, said?: string): Promise<void> {
  const before = new Set((await quoteForms(studio)).map((form) => form.id));
  await make();
  await expect(studio.message()).toContainText('Made the quote');
  if (said) await expect(studio.message()).toContainText(said);
  await expect(studio.page.locator('.studio-quote')).toHaveCount(before.size + 1);
  const made = (await quoteForms(studio)).find((form) => !before.has(form.id));
  if (!made) throw new Error('no new quote form after “Make quote”');
  await studio.quote(made.id).getByLabel('Id', { exact: true }).fill(id);
  await expect(studio.quote(id)).toHaveCount(1);
}
