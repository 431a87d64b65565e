import type { Messages } from '../model/i18n/index.ts';

/** Replace the map with a plain explanation, in the strings `m`, when WebGL cannot start. */
export function showWebGlError(container: HTMLElement, err: unknown, m: Messages): void {
  const box = document.createElement('div');
  box.className = 'webgl-error';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h2');
  h.textContent = m.webglMissing;
  const p = document.createElement('p');
  p.textContent = m.webglHelp(err instanceof Error ? err.message : String(err));
  box.append(h, p);
  container.replaceChildren(box);
}
