import { lang, layers } from '../state/store.ts';
import type { LayerId } from '../state/url.ts';

const LABELS: [LayerId, string][] = [
  ['territory', 'Territory'],
  ['fronts', 'Front lines'],
  ['bases', 'US/coalition sites'],
  ['events', 'Events'],
  ['labels', 'Place names'],
];

/** Checkboxes for the layers and the label language. */
export function LayerToggles() {
  const toggle = (id: LayerId, on: boolean) => {
    const set = new Set(layers.value);
    if (on) set.add(id);
    else set.delete(id);
    layers.value = [...set];
  };
  return (
    <fieldset class="toggles">
      <legend>Layers</legend>
      {LABELS.map(([id, label]) => (
        <label key={id}>
          <input
            type="checkbox"
            checked={layers.value.includes(id)}
            onChange={(e) => toggle(id, (e.target as HTMLInputElement).checked)}
          />{' '}
          {label}
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          checked={lang.value === 'ar'}
          onChange={(e) => (lang.value = (e.target as HTMLInputElement).checked ? 'ar' : 'en')}
        />{' '}
        Arabic names
      </label>
    </fieldset>
  );
}
