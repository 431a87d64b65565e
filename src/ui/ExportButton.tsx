/**
 * The header's Export button. The dialog (ExportDialog.tsx) loads the first time it is opened, so
 * the app's first load does not carry it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Exporter } from '../export/exporter.ts';
import { t } from '../state/i18n.ts';

type Dialog = ComponentType<{ exporter: Exporter; onClose: () => void }>;

/** The header's Export button; opens the export dialog. */
export function ExportButton(props: { exporter: Exporter }) {
  const [open, setOpen] = useState(false);
  const [Dialog, setDialog] = useState<Dialog | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Give focus back to the button once the dialog has gone.
  useEffect(() => {
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  useEffect(() => {
    if (open && !Dialog) void import('./ExportDialog.tsx').then((m) => setDialog(() => m.ExportDialog));
  }, [open, Dialog]);
  return (
    <>
      <button
        ref={button}
        type="button"
        class="export-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t.value.exportOpen}
      </button>
      {open && Dialog && <Dialog exporter={props.exporter} onClose={() => setOpen(false)} />}
    </>
  );
}
