/**
 * Enhance a filter panel (a `<details>` that is open without JavaScript): open on wide screens,
 * where it sits beside the results, and folded on narrow ones until the reader opens it. The
 * catalogue and the search page share it.
 */
export function enhanceFilterPanel(panel: HTMLDetailsElement): void {
  const wide = window.matchMedia('(min-width: 60rem)');
  panel.classList.add('is-enhanced');
  panel.open = wide.matches;
  wide.addEventListener('change', () => {
    if (wide.matches) panel.open = true;
  });
}
