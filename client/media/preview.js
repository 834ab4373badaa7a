// The posting preview page: swaps in new bodies without reloading, reports clicks, follows the editor's scroll.
// The host renders; this script only displays (as VS Code's Markdown preview does).
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('posting-root');

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'update' && typeof message.body === 'string') update(message.body, message.version);
    else if (message.type === 'scrollToLine' && typeof message.line === 'number') scrollToLine(message.line);
  });

  // Parse into an inert <template>, then swap in one step: no flicker, and the scroll position stays.
  function update(body, version) {
    const top = window.scrollY;
    const template = document.createElement('template');
    template.innerHTML = body;
    root.replaceChildren(template.content);
    window.scrollTo(0, top);
    document.body.dataset.version = String(version);
  }

  function blockForLine(line) {
    let best;
    let bestLine = -1;
    for (const element of root.querySelectorAll('[data-line]')) {
      const elementLine = Number(element.getAttribute('data-line'));
      if (elementLine <= line && elementLine > bestLine) {
        best = element;
        bestLine = elementLine;
      }
    }
    return best;
  }

  function scrollToLine(line) {
    const block = blockForLine(line);
    if (!block) return window.scrollTo(0, 0);
    window.scrollTo(0, block.getBoundingClientRect().top + window.scrollY - 8);
  }

  // Ask the host where the editor is, so a freshly built page opens at the same place.
  vscode.postMessage({ type: 'ready' });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    vscode.postMessage({ type: 'reveal', line: Number(target.getAttribute('data-line')) });
  });
})();
