/**
 * Fetches and decodes the basemap TopoJSON once per URL: the screen map, the compare map and the
 * export's off-screen maps all draw the same features.
 */
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { decodeBasemap } from '../model/basemap-file.ts';

const cache = new Map<string, Promise<FeatureCollection>>();

/** The basemap features at `url` (geodata/build/basemap.topo.json); a failed load is retried next time. */
export function loadBasemap(url: string): Promise<FeatureCollection> {
  let p = cache.get(url);
  if (!p) {
    p = fetch(url)
      .then((res) => {
        if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status}).`);
        return res.json() as Promise<Topology>;
      })
      .then(decodeBasemap);
    p.catch(() => cache.delete(url));
    cache.set(url, p);
  }
  return p;
}
