/** A small native modal dialog (Escape closes, focus stays inside and returns to the opener). */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '../state/i18n.ts';

/** See the module note. */
export function ToolDialog(props: { title: string; onClose: () => void; children: ComponentChildren }) {
  const el = useRef<HTMLDialogElement | null>(null);
  const ref = (d: HTMLDialogElement | null) => {
    el.current = d;
    if (d && !d.open) d.showModal();
  };
  return (
    <dialog ref={ref} class="export-dialog tool-dialog" aria-label={props.title} onClose={props.onClose}>
      <h2>{props.title}</h2>
      {props.children}
      <form method="dialog">
        <button type="submit">{t.value.close}</button>
      </form>
    </dialog>
  );
}
