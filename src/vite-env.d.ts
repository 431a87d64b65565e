/// <reference types="vite/client" />

interface ImportMetaEnv {
  /**
   * The atlas's public address (e.g. https://example.org/atlas/), set at build time:
   * `VITE_PUBLIC_URL=https://… npm run build`. Export permalinks start with it; without it they
   * start with the page's own address.
   */
  readonly VITE_PUBLIC_URL?: string;
}
