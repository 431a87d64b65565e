/** Embed mode (`?embed=1`): the compact atlas for an iframe — map, slider, a small legend, a link back. */
import { signal } from '@preact/signals';

/** True when the atlas runs as an embed. */
export const embedMode = signal(false);
