/**
 * The interface's Arabic typeface (Noto Sans Arabic), registered only once Arabic is chosen, so an
 * English first view does not download it (its one Arabic word, the language switch, falls back to
 * the system's Arabic font until then). The map's labels load their own Arabic glyphs by Unicode range.
 */
import arabicUrl from '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2?url';

let added = false;

/** Add Noto Sans Arabic to the page's `Atlas Sans` family (once; later calls do nothing). */
export function loadArabicFont(): void {
  if (added || typeof FontFace === 'undefined') return;
  added = true;
  const face = new FontFace('Atlas Sans', `url(${arabicUrl}) format('woff2')`, {
    weight: '400',
    unicodeRange: 'U+0600-06FF, U+FB50-FDFF, U+FE70-FEFF',
  });
  document.fonts.add(face);
  // A failed download leaves the system's Arabic font in use; nothing to tell the reader.
  face.load().catch(() => undefined);
}
