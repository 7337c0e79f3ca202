// GraphiQL 4 ships a few accessibility gaps (unlabelled CodeMirror inputs, a tab strip whose tabs
// hold buttons, scroll areas unreachable by keyboard). They are fixed here on the rendered DOM,
// and kept fixed as GraphiQL re-renders.

/** Accessible names of the CodeMirror inputs, by the editor holding them. */
function labelFor(textarea: HTMLTextAreaElement): string {
  if (textarea.closest('.graphiql-query-editor')) {
    return 'Éditeur de la requête GraphQL';
  }
  if (textarea.closest('.graphiql-response')) {
    return 'Résultat de la requête';
  }
  const tool = textarea.closest('.graphiql-editor-tool');
  if (tool) {
    const editors = Array.from(tool.querySelectorAll(':scope > .graphiql-editor'));
    const index = editors.findIndex((e) => e.contains(textarea));
    return index === 1 ? 'En-têtes HTTP (JSON)' : 'Variables (JSON)';
  }
  return 'Éditeur';
}

function patch(root: ParentNode): void {
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea')) {
    const label = labelFor(textarea);
    if (textarea.getAttribute('aria-label') !== label) {
      textarea.setAttribute('aria-label', label);
    }
  }
  // The Explorer plugin's « Add new » form: an unlabelled select and a « + » button.
  for (const form of root.querySelectorAll('.graphiql-explorer-actions')) {
    form.querySelector('select')?.setAttribute('aria-label', 'Type de la nouvelle opération');
    form
      .querySelector('button[type="submit"]')
      ?.setAttribute('aria-label', 'Ajouter une opération de ce type');
  }
  // Scrollable editor areas must be reachable with the keyboard.
  for (const scroller of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll[tabindex="-1"]')) {
    scroller.setAttribute('tabindex', '0');
    scroller.setAttribute('aria-label', 'Zone défilante de l’éditeur');
  }
  // The tab strip: list items holding buttons, not ARIA tabs that contain other controls.
  for (const list of root.querySelectorAll('[role="tablist"].graphiql-tabs')) {
    list.removeAttribute('role');
  }
  for (const tab of root.querySelectorAll<HTMLElement>('li.graphiql-tab[role="tab"]')) {
    const active = tab.getAttribute('aria-selected') === 'true';
    tab.removeAttribute('role');
    tab.removeAttribute('aria-selected');
    tab.querySelector('.graphiql-tab-button')?.toggleAttribute('aria-current', active);
  }
}

/** Applies the fixes now and after every DOM change under `root`. */
export function keepAccessible(root: HTMLElement): MutationObserver {
  let queued = false;
  const observer = new MutationObserver(() => {
    if (!queued) {
      queued = true;
      queueMicrotask(() => {
        queued = false;
        patch(document);
      });
    }
  });
  observer.observe(root.ownerDocument.body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['role', 'tabindex', 'aria-selected'],
  });
  patch(document);
  return observer;
}
