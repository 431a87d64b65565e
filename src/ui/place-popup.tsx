/**
 * Click on the map: a popup answering "what is this ground, who held it on this date, per whom".
 */
import { Popup, type Map as MlMap } from 'maplibre-gl';
import { render } from 'preact';
import { effect } from '@preact/signals';
import { cellAt } from '../model/territory.ts';
import { territory } from '../state/data.ts';
import { date } from '../state/store.ts';
import { selection } from '../state/selection.ts';
import { PlaceCard } from './PlaceCard.tsx';

/** Wire clicks on the map to a popup that follows the current date. */
export function attachPlacePopup(map: MlMap): void {
  const node = document.createElement('div');
  const popup = new Popup({ maxWidth: '340px', focusAfterOpen: false, className: 'atlas-popup' }).setDOMContent(node);
  popup.on('close', () => {
    if (selection.value) selection.value = null;
  });
  map.on('click', (e) => {
    selection.value = { lon: e.lngLat.lng, lat: e.lngLat.lat };
  });
  effect(() => {
    const sel = selection.value;
    const data = territory.value;
    const day = date.value;
    if (!sel || !data) {
      if (popup.isOpen()) popup.remove();
      return;
    }
    const hit = cellAt(data, sel.lon, sel.lat);
    render(
      hit ? (
        <PlaceCard data={data} place={hit.place} day={day} />
      ) : (
        <p class="place-card empty">Unclaimed ground: no modelled place holds this spot.</p>
      ),
      node,
    );
    popup.setLngLat([sel.lon, sel.lat]);
    if (!popup.isOpen()) popup.addTo(map);
  });
}
