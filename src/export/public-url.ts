/** The public address export permalinks start with (kept small: the app's first load carries it). */

/** Whether `host` is this machine (localhost, 127.0.0.0/8, ::1, 0.0.0.0): never an address to publish. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1' || h === '0.0.0.0';
}

/**
 * The address permalinks start with: `configured` (the build's VITE_PUBLIC_URL, or the CLI's
 * --base-url) when given, otherwise the page's own origin and path — which, for someone running
 * the atlas on their own machine, is the only address it has.
 */
export function permalinkBase(configured: string | undefined | null, origin: string, pathname: string): string {
  const c = configured?.trim();
  if (c) return c.split(/[?#]/)[0];
  return origin + pathname;
}

/** Why `url` cannot be a public base address for permalinks, or null when it can. */
export function baseUrlProblem(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `The base address ${JSON.stringify(url.slice(0, 80))} is not a URL (e.g. https://example.org/atlas/).`;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:')
    return `The base address must start with https:// or http://, not ${u.protocol}.`;
  if (isLoopbackHost(u.hostname))
    return `The base address ${u.host} is this machine (a loopback address): give the atlas's public address.`;
  return null;
}
