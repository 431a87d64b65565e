/**
 * The Content-Security-Policy the production build ships (as a <meta> tag in index.html): only the
 * page's own origin, no eval, no inline script. MapLibre's worker is a same-origin file; font-faces
 * and data files are fetched from the same origin; exports create blob: URLs for downloads and
 * data:/blob: images for composition.
 * No `frame-ancestors`: browsers ignore it in a <meta> tag, and the atlas is meant to be embedded by any
 * site (`?embed=1`); a host that wants to limit framing sends that header itself (README, "Embed").
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self' data:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
