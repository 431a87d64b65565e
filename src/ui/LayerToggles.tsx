import { lang, layers } from '../state/store.ts';
import type { LayerId } from '../state/url.ts';
import { Checkbox } from './Checkbox.tsx';

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
        <Checkbox key={id} checked={layers.value.includes(id)} onToggle={(on) => toggle(id, on)}>
          {label}
        </Checkbox>
      ))}
      <Checkbox checked={lang.value === 'ar'} onToggle={(on) => (lang.value = on ? 'ar' : 'en')}>
        Arabic names
      </Checkbox>
    </fieldset>
  );
}
