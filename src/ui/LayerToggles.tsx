import { lang, layers } from '../state/store.ts';
import type { LayerId } from '../model/layers.ts';
import { FORCES } from '../model/force-kinds.ts';
import { Checkbox } from './Checkbox.tsx';
import { MarkerSwatch } from './MarkerSwatch.tsx';

const LABELS: [LayerId, string][] = [
  ['territory', 'Territory'],
  ['fronts', 'Front lines'],
  ...FORCES.map((f): [LayerId, string] => [f.layer as LayerId, f.label]),
  ['events', 'Events'],
  ['labels', 'Place names'],
];
const FORCE_OF_LAYER = new Map(FORCES.map((f) => [f.layer, f]));

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
          {FORCE_OF_LAYER.has(id) && <MarkerSwatch force={FORCE_OF_LAYER.get(id)!} />}
          {label}
        </Checkbox>
      ))}
      <Checkbox checked={lang.value === 'ar'} onToggle={(on) => (lang.value = on ? 'ar' : 'en')}>
        Arabic names
      </Checkbox>
    </fieldset>
  );
}
