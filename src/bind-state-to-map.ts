/**
 * The one place app state reaches the map. Each signal the map shows is read by one effect here, so
 * a date's route reads top to bottom: `date` (state/store) → {@link bindStateToMap} → `AtlasMap.setDate`
 * → `DateApplier.request` (latest wins) → `AtlasMap.draw` → each layer's `apply` (feature-state) → idle.
 */
import { effect } from '@preact/signals';
import type { AtlasMap } from './map/atlas-map.ts';
import { date, lang, layers, notify } from './state/store.ts';
import { overlays } from './state/overlays.ts';
import { localized } from './model/i18n/index.ts';

/** Keep the map in step with the date, label language, visible layers and user overlays; returns a disposer. */
export function bindStateToMap(atlasMap: AtlasMap): () => void {
  const stops = [
    effect(() => {
      // A date that cannot be drawn (the GPU is gone) is explained by the graphics notice, not here.
      atlasMap.setDate(date.value).catch(() => undefined);
    }),
    effect(() => atlasMap.setLang(lang.value)),
    effect(() => {
      const visible = layers.value;
      void atlasMap.loaded.then(() => atlasMap.setLayers(visible));
    }),
    effect(() => {
      atlasMap.setOverlays(overlays.value).catch((err: Error) =>
        notify(
          localized((m) => m.noticeLayersNotDrawn(err.message)),
          'error',
        ),
      );
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
