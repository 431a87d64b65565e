/** Replace the map with a plain explanation when WebGL cannot start. */
export function showWebGlError(container: HTMLElement, err: unknown): void {
  const box = document.createElement('div');
  box.className = 'webgl-error';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h2');
  h.textContent = 'This map needs WebGL, which is not available in this browser.';
  const p = document.createElement('p');
  p.textContent =
    'Turn on hardware acceleration (or WebGL) in your browser settings, or try another browser. ' +
    `Technical detail: ${err instanceof Error ? err.message : String(err)}`;
  box.append(h, p);
  container.replaceChildren(box);
}
