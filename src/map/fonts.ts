/**
 * The fonts the map draws text with: bundled Noto Sans files (no glyph server), split by Unicode range
 * as Fontsource ships them, so a script's file loads only when a label needs it.
 */

/** Font files the style uses, by role. */
export interface FontUrls {
  latin: string;
  latinExt: string;
  arabic: string;
  latinBold: string;
  arabicBold: string;
}

/** Font stack names used in `text-font`. */
export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_BOLD = 'Noto Sans SemiBold';

const LATIN = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];
const LATIN_EXT = [
  'U+0100-02AF',
  'U+1E00-1EFF',
  'U+2020',
  'U+20A0-20AB',
  'U+20AD-20C0',
  'U+2113',
  'U+2C60-2C7F',
  'U+A720-A7FF',
];
const ARABIC = [
  'U+0600-06FF',
  'U+0750-077F',
  'U+0870-089F',
  'U+08A0-08FF',
  'U+200C-200E',
  'U+FB50-FDFF',
  'U+FE70-FEFF',
];

/** The style's `font-faces`: each stack's files with the ranges they cover. */
export function fontFaces(fonts: FontUrls) {
  return {
    [FONT_REGULAR]: [
      { url: fonts.latin, 'unicode-range': LATIN },
      { url: fonts.latinExt, 'unicode-range': LATIN_EXT },
      { url: fonts.arabic, 'unicode-range': ARABIC },
    ],
    [FONT_BOLD]: [
      { url: fonts.latinBold, 'unicode-range': LATIN },
      { url: fonts.latinExt, 'unicode-range': LATIN_EXT },
      { url: fonts.arabicBold, 'unicode-range': ARABIC },
    ],
  };
}
