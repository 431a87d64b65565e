import { layers } from '../state/store.ts';
import { t } from '../state/i18n.ts';
import type { LayerId } from '../model/layers.ts';
import { FORCES } from '../model/force-kinds.ts';
import { Checkbox } from './Checkbox.tsx';
import { MarkerSwatch } from './MarkerSwatch.tsx';

/** Each layer switch and its label in the current language. */
function labels(): [LayerId, string][] {
  const m = t.value;
  return [
    ['territory', m.layers.territory],
    ['fronts', m.layers.fronts],
    ...FORCES.map((f): [LayerId, string] => [f.layer as LayerId, m.forces[f.id].label]),
    ['events', m.layers.events],
    ['labels', m.layers.labels],
  ];
}
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
      <legend>{t.value.layersHeading}</legend>
      {labels().map(([id, label]) => (
        <Checkbox key={id} checked={layers.value.includes(id)} onToggle={(on) => toggle(id, on)}>
          {FORCE_OF_LAYER.has(id) && <MarkerSwatch force={FORCE_OF_LAYER.get(id)!} />}
          {label}
        </Checkbox>
      ))}
    </fieldset>
  );
}
