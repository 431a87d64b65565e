import { cssCustomProperties } from '../model/style-vocab.ts';

/** Set the style vocabulary's colours as CSS custom properties on `root` (the page's `:root` at start-up). */
export function applyCssVocabulary(root: HTMLElement): void {
  for (const [name, value] of Object.entries(cssCustomProperties())) root.style.setProperty(name, value);
}
