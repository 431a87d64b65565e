/**
 * Click on the map: a popup answering "what is this, who held it on this date, per whom" — for a
 * site of any mapped force when one is under the pointer, otherwise for the ground.
 */
import { Popup, type Map as MlMap, type MapMouseEvent } from 'maplibre-gl';
import { render } from 'preact';
import { effect } from '@preact/signals';
import { cellAt } from '../model/territory.ts';
import { events, forces, territory, sourcesLoaded } from '../state/data.ts';
import { date, lang } from '../state/store.ts';
import { t as strings } from '../state/i18n.ts';
import { selection } from '../state/selection.ts';
import { PlaceCard } from './PlaceCard.tsx';
import { SiteCard } from './SiteCard.tsx';
import { EventCard } from './EventCard.tsx';
import { OverlayCard } from './OverlayPanel.tsx';
import { overlays } from '../state/overlays.ts';
import { overlayIdFromSource, overlayLayerIds } from '../model/overlay-ids.ts';
import { FORCES } from '../model/force-kinds.ts';
import { MAP_LAYER, STATE_KEY, siteLayerId } from '../model/style-vocab.ts';
import { featureIndexOf } from '../model/overlay-draw-data.ts';

/** Map layers that draw sites: the US circles first, then one per foreign force. */
const SITE_LAYERS = FORCES.map((f) => siteLayerId(f.id));

/** Wire clicks on the map to a popup that follows the current date. */
export function attachPlacePopup(map: MlMap): void {
  const node = document.createElement('div');
  const popup = new Popup({ maxWidth: '360px', focusAfterOpen: false, className: 'atlas-popup' }).setDOMContent(node);
  popup.on('close', () => {
    if (selection.value) selection.value = null;
  });
  const showOverlay = overlayPopup(map);
  map.on('click', (e) => {
    if (showOverlay(e)) {
      selection.value = null;
      return;
    }
    // A few pixels of slack so small markers are easy to hit.
    const box: [[number, number], [number, number]] = [
      [e.point.x - 4, e.point.y - 4],
      [e.point.x + 4, e.point.y + 4],
    ];
    const hits = (layer: string) => (map.getLayer(layer) ? map.queryRenderedFeatures(box, { layers: [layer] }) : []);
    const ev = hits(MAP_LAYER.events).find((f) => Number(f.state[STATE_KEY.eventOpacity] ?? 0) > 0);
    // Symbol layers report hidden markers too: only a site drawn on this date counts, and a site in
    // use (e.g. Russia's at the former US Tabqa airbase) wins over one its forces recently left.
    const drawn = SITE_LAYERS.flatMap(hits).filter((f) => Boolean(f.state[STATE_KEY.site]));
    const site = drawn.find((f) => f.state[STATE_KEY.site] !== 'closed') ?? drawn[0];
    if (ev && typeof ev.properties.i === 'number') {
      const [lon, lat] = (ev.geometry as GeoJSON.Point).coordinates;
      selection.value = { kind: 'event', index: ev.properties.i, lon, lat };
    } else if (site && typeof site.id === 'number') {
      const [lon, lat] = (site.geometry as GeoJSON.Point).coordinates;
      selection.value = { kind: 'site', index: site.id, lon, lat };
    } else selection.value = { kind: 'ground', lon: e.lngLat.lng, lat: e.lngLat.lat };
  });
  for (const layer of [...SITE_LAYERS, MAP_LAYER.events]) {
    map.on('mousemove', layer, () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', layer, () => (map.getCanvas().style.cursor = ''));
  }
  effect(() => {
    const sel = selection.value;
    const day = date.value;
    const t = territory.value;
    // Re-render the card when the sources arrive.
    void sourcesLoaded.value;
    // And when the language changes.
    void lang.value;
    const f = forces.value;
    const ev = events.value;
    if (!sel) {
      if (popup.isOpen()) popup.remove();
      return;
    }
    if (sel.kind === 'site' && f && f.sites[sel.index]) {
      render(<SiteCard data={f} site={f.sites[sel.index]} day={day} />, node);
    } else if (sel.kind === 'event' && ev && ev.events[sel.index]) {
      render(<EventCard data={ev} event={ev.events[sel.index]} />, node);
    } else if (sel.kind === 'ground' && t) {
      const hit = cellAt(t, sel.lon, sel.lat);
      render(
        hit ? (
          <PlaceCard data={t} place={hit.place} day={day} dominated={hit.cell.properties.dominated === true} />
        ) : (
          <p class="place-card empty">{strings.value.outside}</p>
        ),
        node,
      );
    } else return;
    popup.setLngLat([sel.lon, sel.lat]);
    if (!popup.isOpen()) popup.addTo(map);
    keepInView(map, popup);
  });
}

/** Pan the map just enough that the whole popup is on screen (a tap near a phone's edge). */
function keepInView(map: MlMap, popup: Popup): void {
  requestAnimationFrame(() => {
    const el = popup.getElement();
    if (!el) return;
    const r = el.getBoundingClientRect();
    const m = map.getContainer().getBoundingClientRect();
    const gap = 8;
    const dx = r.left < m.left + gap ? r.left - m.left - gap : r.right > m.right - gap ? r.right - m.right + gap : 0;
    const dy = r.top < m.top + gap ? r.top - m.top - gap : 0;
    if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: 0 });
  });
}

/**
 * The popup for the user's own layers (a separate popup, so the atlas popup's date logic leaves it
 * alone). Returns a click handler that shows it and returns true when an overlay feature was hit.
 */
function overlayPopup(map: MlMap): (e: MapMouseEvent) => boolean {
  const node = document.createElement('div');
  const popup = new Popup({ maxWidth: '360px', focusAfterOpen: false, className: 'atlas-popup overlay-popup' });
  popup.setDOMContent(node);
  let shown: string | null = null;
  effect(() => {
    const o = overlays.value.find((x) => x.id === shown);
    if ((!o || !o.visible) && popup.isOpen()) popup.remove();
  });
  return (e) => {
    const ids = overlays.value
      .filter((o) => o.visible)
      .flatMap((o) => overlayLayerIds(o.id))
      .filter((id) => map.getLayer(id));
    const { x, y } = e.point;
    const hit = ids.length
      ? map.queryRenderedFeatures(
          [
            [x - 4, y - 4],
            [x + 4, y + 4],
          ],
          { layers: ids },
        )[0]
      : undefined;
    const id = hit ? overlayIdFromSource(hit.source) : null;
    const o = overlays.value.find((x) => x.id === id);
    if (!hit || !id || !o) {
      popup.remove();
      return false;
    }
    shown = id;
    const points = hit.properties?.point_count;
    if (typeof points === 'number') render(<OverlayCard overlayId={id} cluster={points} />, node);
    else {
      // The map knows only the feature's index; its properties come from the overlay itself.
      const i = featureIndexOf(hit.properties);
      const feature = i === null ? undefined : o.data.features[i];
      render(<OverlayCard overlayId={id} properties={feature?.properties ?? {}} />, node);
    }
    popup.setLngLat(e.lngLat);
    if (!popup.isOpen()) popup.addTo(map);
    keepInView(map, popup);
    return true;
  };
}
