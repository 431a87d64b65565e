/**
 * The user's own layers: a signal of overlays plus their persistence in IndexedDB (kept until the
 * user removes them). Parsing and validation live in `model/user-data.ts`; this module adds ids,
 * names, colours, progress, storage and the user-facing messages. If storage fails the overlay
 * stays for the session and the user is told so: nothing they added disappears silently.
 */
import { signal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { checkFileSize, cleanName, defaultColor, isHexColor, nameFromFile, parseUserData } from '../model/user-data.ts';
import { notify } from './store.ts';

/** One user overlay. */
export interface Overlay {
  /** Letters and digits only (used in map ids). */
  id: string;
  name: string;
  /** `#rrggbb`. */
  color: string;
  visible: boolean;
  data: FeatureCollection;
  /** When it was added (ms since epoch); orders the list. */
  added: number;
  /** False when it could not be stored and lasts only for this session. */
  persisted: boolean;
}

/** What an import reports (also what `window.atlas.addOverlay` resolves to). */
export interface ImportResult {
  ok: boolean;
  message?: string;
}

/** An import in progress: what and how far (0…1), for the progress bar. */
export interface ImportProgress {
  token: number;
  name: string;
  stage: 'reading' | 'checking';
  fraction: number;
}

/** The user's overlays, bottom to top. */
export const overlays = signal<Overlay[]>([]);
/** Imports in progress. */
export const importProgress = signal<ImportProgress[]>([]);

const DB_NAME = 'iraq-syria-atlas';
const STORE = 'overlays';
/** Files above this size show a progress bar while read. */
const PROGRESS_BYTES = 1024 * 1024;

// ---------------------------------------------------------------- IndexedDB

let dbPromise: Promise<IDBDatabase> | null = null;

function openDb(): Promise<IDBDatabase> {
  if (!dbPromise) {
    dbPromise = new Promise<IDBDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    dbPromise.catch(() => (dbPromise = null));
  }
  return dbPromise;
}

async function withStore<T>(mode: IDBTransactionMode, use: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const req = use(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(req.result);
    tx.onabort = tx.onerror = () => reject(tx.error ?? req.error ?? new Error('the storage transaction failed'));
  });
}

type Stored = Omit<Overlay, 'persisted'>;

const reason = (err: unknown) => {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'QuotaExceededError') return 'the browser’s storage is full';
  return e?.message || e?.name || String(err);
};

async function store(o: Overlay): Promise<boolean> {
  const record: Stored = { id: o.id, name: o.name, color: o.color, visible: o.visible, data: o.data, added: o.added };
  try {
    await withStore('readwrite', (s) => s.put(record));
    return true;
  } catch (err) {
    notify(
      `Your layer "${o.name}" could not be saved in this browser (${reason(err)}). It stays on the map until you reload or close this page.`,
      'error',
    );
    return false;
  }
}

function setOverlay(id: string, patch: Partial<Overlay>): Overlay | undefined {
  let updated: Overlay | undefined;
  overlays.value = overlays.value.map((o) => (o.id === id ? (updated = { ...o, ...patch }) : o));
  return updated;
}

function isStored(v: unknown): v is Stored {
  const r = v as Stored;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.id === 'string' &&
    /^[a-z0-9]{1,64}$/i.test(r.id) &&
    typeof r.name === 'string' &&
    isHexColor(r.color) &&
    r.data?.type === 'FeatureCollection' &&
    Array.isArray(r.data.features)
  );
}

/** Load the overlays kept in this browser (at start-up). Unreadable records are reported, not dropped silently. */
export async function loadStoredOverlays(): Promise<void> {
  let records: unknown[];
  try {
    records = await withStore('readonly', (s) => s.getAll());
  } catch (err) {
    notify(`Your saved layers could not be loaded (${reason(err)}).`, 'error');
    return;
  }
  const good = records.filter(isStored).sort((a, b) => a.added - b.added);
  if (good.length < records.length)
    notify(`${records.length - good.length} of your saved layers could not be read and were left in storage.`, 'error');
  const known = new Set(overlays.value.map((o) => o.id));
  const loaded = good
    .filter((r) => !known.has(r.id))
    .map((r): Overlay => ({ ...r, name: cleanName(r.name), visible: r.visible !== false, persisted: true }));
  if (loaded.length) overlays.value = [...loaded, ...overlays.value];
}

// ---------------------------------------------------------------- imports

let progressSeq = 0;

function newId(): string {
  const rand = globalThis.crypto?.randomUUID?.().replace(/-/g, '').slice(0, 12) ?? Math.random().toString(36).slice(2);
  return `u${Date.now().toString(36)}${rand}`;
}

function trackProgress(p: ImportProgress): void {
  importProgress.value = [...importProgress.value.filter((x) => x.token !== p.token), p];
}

function endProgress(token: number): void {
  importProgress.value = importProgress.value.filter((x) => x.token !== token);
}

/**
 * Validate `text` (GeoJSON or CSV; `fileName` decides by extension, else content) and add it as an
 * overlay named `name`; stores it and tells the user what happened. Never throws.
 */
export async function importOverlayText(name: string, text: string, fileName = name): Promise<ImportResult> {
  const label = cleanName(name);
  const token = ++progressSeq;
  const big = typeof text === 'string' && text.length > PROGRESS_BYTES;
  try {
    if (big) trackProgress({ token, name: label, stage: 'checking', fraction: 0 });
    const r = await parseUserData(text, fileName, {
      onProgress: big ? (fraction) => trackProgress({ token, name: label, stage: 'checking', fraction }) : undefined,
    });
    if ('error' in r) {
      const message = `Could not add "${label}": ${r.error}`;
      notify(message, 'error');
      return { ok: false, message };
    }
    const overlay: Overlay = {
      id: newId(),
      name: label,
      color: defaultColor(overlays.value.map((o) => o.color)),
      visible: true,
      data: r.ok,
      added: Date.now(),
      persisted: false,
    };
    overlays.value = [...overlays.value, overlay];
    const n = r.ok.features.length;
    const message = [
      `Added your layer "${label}" (${n.toLocaleString('en-US')} feature${n === 1 ? '' : 's'}).`,
      ...r.warnings,
    ].join(' ');
    notify(message, 'info');
    if (await store(overlay)) {
      if (overlays.value.some((o) => o.id === overlay.id)) {
        setOverlay(overlay.id, { persisted: true });
        // Edits made while it was being stored are saved too.
        const now = overlays.value.find((o) => o.id === overlay.id)!;
        if (now.name !== overlay.name || now.color !== overlay.color || now.visible !== overlay.visible)
          void store(now);
      } else await withStore('readwrite', (s) => s.delete(overlay.id)).catch(() => undefined);
    }
    return { ok: true, message };
  } catch (err) {
    const message = `Could not add "${label}": ${(err as Error).message}`;
    notify(message, 'error');
    return { ok: false, message };
  } finally {
    endProgress(token);
  }
}

/** Check the size, read and import a file the user picked or dropped. Never throws. */
export async function importOverlayFile(file: File): Promise<ImportResult> {
  const tooBig = checkFileSize(file.size, `"${file.name}"`);
  if (tooBig) {
    const message = `Could not add "${file.name}": ${tooBig}`;
    notify(message, 'error');
    return { ok: false, message };
  }
  const token = ++progressSeq;
  let text: string;
  try {
    if (file.size > PROGRESS_BYTES)
      trackProgress({ token, name: nameFromFile(file.name), stage: 'reading', fraction: 0 });
    text = await file.text();
  } catch (err) {
    const message = `Could not read "${file.name}": ${(err as Error).message}`;
    notify(message, 'error');
    return { ok: false, message };
  } finally {
    endProgress(token);
  }
  return importOverlayText(nameFromFile(file.name), text, file.name);
}

/** Change an overlay's name, colour or visibility, and store the change. */
export function updateOverlay(id: string, patch: Partial<Pick<Overlay, 'name' | 'color' | 'visible'>>): void {
  const clean: Partial<Overlay> = { ...patch };
  if (patch.name !== undefined) clean.name = cleanName(patch.name);
  if (patch.color !== undefined && !isHexColor(patch.color)) delete clean.color;
  const o = setOverlay(id, clean);
  if (o?.persisted) void store(o).then((ok) => ok || setOverlay(id, { persisted: false }));
}

/** Remove an overlay from the map and from storage. */
export async function removeOverlay(id: string): Promise<void> {
  const o = overlays.value.find((x) => x.id === id);
  overlays.value = overlays.value.filter((x) => x.id !== id);
  if (!o?.persisted) return;
  try {
    await withStore('readwrite', (s) => s.delete(id));
  } catch (err) {
    notify(
      `Your layer "${o.name}" was removed from the map but not from storage (${reason(err)}); it may return after a reload.`,
      'error',
    );
  }
}
