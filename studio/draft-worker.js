// The Studio's drafting worker (studio/src/draft_worker.rs): a module worker
// that loads the Studio's own glue and Wasm (their hashed addresses come with
// the first message, as boot.js has them) and drafts a pasted article with
// draft_in_worker, off the page's thread, so the page answers input while a
// long article is drafted. The Studio mounts nothing here: it has no window.
// Any failure is answered with a non-string, and the page then drafts itself.
let glue = null;

self.onmessage = async ({ data }) => {
  try {
    glue ??= import(data.js).then(async (module) => {
      await module.default({ module_or_path: data.wasm });
      return module;
    });
    const studio = await glue;
    self.postMessage(studio.draft_in_worker(data.article, data.published));
  } catch (error) {
    self.postMessage({ failed: String(error) });
  }
};
