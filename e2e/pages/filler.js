// Fills every <div class="filler" data-paragraphs="N"> with N paragraphs of
// article-like text, so the host pages are long enough to scroll like a real
// article without repeating the same markup in every page.
for (const filler of document.querySelectorAll('.filler')) {
  const count = Number(filler.dataset.paragraphs ?? 4);
  for (let i = 1; i <= count; i++) {
    const p = document.createElement('p');
    p.textContent =
      `Host article paragraph ${i}. Reporters on the ground described a long day of ` +
      'meetings, a news conference without questions and a flight home; this text ' +
      'stands in for the story around the embedded explainer.';
    filler.append(p);
  }
}
