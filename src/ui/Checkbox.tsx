import type { ComponentChildren } from 'preact';

/** A labelled checkbox that reports its new state. */
export function Checkbox(props: {
  checked: boolean;
  onToggle: (on: boolean) => void;
  children: ComponentChildren;
  class?: string;
  title?: string;
}) {
  return (
    <label class={props.class} title={props.title}>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onToggle((e.target as HTMLInputElement).checked)}
      />{' '}
      {props.children}
    </label>
  );
}
