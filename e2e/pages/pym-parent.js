// What a newsroom page that uses pym.js writes, unchanged: one Parent per child.
window.pymParent = new pym.Parent('pym-story', '/', { title: 'Summit explainer' });
