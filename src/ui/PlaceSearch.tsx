import { useMemo, useState } from 'preact/hooks';
import { territory } from '../state/data.ts';
import { zoom } from '../state/store.ts';
import { selection } from '../state/selection.ts';
import { foldName, shortName } from '../model/names.ts';
import { findPlaces } from '../model/change-steps.ts';

/** How far the map zooms in on a found place. */
const FOUND_ZOOM = 8.5;

/**
 * Find a place by its English or Arabic name: the map flies there and opens its card. The list of
 * names is a native datalist, so it works with the keyboard and screen readers.
 */
export function PlaceSearch(props: { onGo: (lon: number, lat: number, zoom: number) => void }) {
  const data = territory.value;
  const [text, setText] = useState('');
  const [miss, setMiss] = useState(false);
  const index = useMemo(() => (data?.places ?? []).filter((p) => p.kind !== 'desert'), [data]);
  if (!data) return null;
  const go = (e: Event) => {
    e.preventDefault();
    const q = foldName(text);
    if (!q) return;
    const hit = findPlaces(data.places, text)[0];
    setMiss(!hit);
    if (!hit) return;
    props.onGo(hit.lon, hit.lat, Math.max(zoom.value, FOUND_ZOOM));
    selection.value = { kind: 'ground', lon: hit.lon, lat: hit.lat };
  };
  return (
    <form class="place-search" role="search" onSubmit={go}>
      <label for="place-search-input" class="visually-hidden">
        Find a place
      </label>
      <input
        id="place-search-input"
        type="search"
        list="place-names"
        placeholder="Find a place (English or Arabic)"
        value={text}
        maxLength={80}
        onInput={(e) => {
          setText((e.target as HTMLInputElement).value);
          setMiss(false);
        }}
      />
      <button type="submit">Go</button>
      <datalist id="place-names">
        {index.map((p) => (
          <option key={p.id} value={shortName(p.name)} />
        ))}
      </datalist>
      {miss && (
        <p class="fineprint" role="status">
          No place called “{text}” in the atlas.
        </p>
      )}
    </form>
  );
}
