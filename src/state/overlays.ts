/**
 * The user's own layers: a signal of overlays plus their persistence in IndexedDB (kept until the
 * user removes them). Parsing and validation live in `model/parse-user-data.ts`; this module adds ids,
 * names, colours, progress, storage and the user-facing messages. If storage fails the overlay
 * stays for the session and the user is told so: nothing they added disappears silently.
 *
 * Tabs of the same atlas share the storage and keep each other up to date over a BroadcastChannel:
 * a layer added, changed or removed in one tab is added, changed or removed in the others. An edit
 * is saved only while the layer is still stored, so a stale tab can never bring back a layer that
 * another tab removed; it says so and drops the layer instead.
 */
import { signal } from '@preact/signals';
import type { FeatureCollection } from 'geojson';
import { formatNumber, localize, localized, type Localized } from '../model/i18n/index.ts';
import { cleanName, defaultColor, isHexColor, nameFromFile } from '../model/user-data.ts';
import { lang, notify } from './store.ts';

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

/**
 * What an import reports (also what `window.atlas.addOverlay` resolves to): whether the layer was
 * added and, in English, what the user was told (the notice itself is in the interface language).
 */
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

/** Why storage failed, in the reader's language where the atlas can say it (a full store). */
const reason = (err: unknown): Localized => {
  const e = err as { name?: string; message?: string };
  if (e?.name === 'QuotaExceededError') return localized((m) => m.storageFull);
  const why = e?.message || e?.name || String(err);
  return () => why;
};

const toRecord = (o: Overlay): Stored => ({
  id: o.id,
  name: o.name,
  color: o.color,
  visible: o.visible,
  data: o.data,
  added: o.added,
});

function unsavedNotice(o: Overlay, err: unknown): void {
  const why = reason(err);
  notify(
    localized((m, l) => m.noticeLayerNotSaved(o.name, why(l))),
    'error',
  );
}

/** Store a new overlay. */
async function store(o: Overlay): Promise<boolean> {
  try {
    await withStore('readwrite', (s) => s.put(toRecord(o)));
    return true;
  } catch (err) {
    unsavedNotice(o, err);
    return false;
  }
}

/** Store an edit of a stored overlay, only if it is still stored: 'gone' when another tab removed it. */
async function storeEdit(o: Overlay): Promise<'saved' | 'gone' | 'failed'> {
  try {
    const db = await openDb();
    const present = await new Promise<boolean>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const s = tx.objectStore(STORE);
      let found = false;
      const req = s.getKey(o.id);
      req.onsuccess = () => {
        found = req.result !== undefined;
        if (found) s.put(toRecord(o));
      };
      tx.oncomplete = () => resolve(found);
      tx.onabort = tx.onerror = () => reject(tx.error ?? req.error ?? new Error('the storage transaction failed'));
    });
    return present ? 'saved' : 'gone';
  } catch (err) {
    unsavedNotice(o, err);
    return 'failed';
  }
}

/** Read one stored overlay (null when absent or unreadable). */
async function readStored(id: string): Promise<Stored | null> {
  const r = await withStore<unknown>('readonly', (s) => s.get(id)).catch(() => null);
  return isStored(r) ? r : null;
}

// ---------------------------------------------------------------- other tabs

/** What one tab tells the others. */
type TabMessage =
  | { kind: 'added'; id: string }
  | { kind: 'changed'; id: string; patch: Partial<Pick<Overlay, 'name' | 'color' | 'visible'>> }
  | { kind: 'removed'; id: string };

const CHANNEL = 'iraq-syria-atlas-overlays';
let channel: BroadcastChannel | null = null;

/** Tell the other tabs; a browser without BroadcastChannel relies on the storage checks alone. */
function tell(message: TabMessage): void {
  try {
    channel?.postMessage(message);
  } catch {
    // A closed channel: the other tabs still cannot resurrect what this tab removed.
  }
}

/** Apply what another tab did. Messages are checked like any other input. */
async function heard(m: unknown): Promise<void> {
  const msg = m as Partial<TabMessage> | null;
  if (!msg || typeof msg !== 'object' || typeof msg.id !== 'string') return;
  const id = msg.id;
  const here = overlays.value.find((o) => o.id === id);
  if (msg.kind === 'removed' && here) {
    overlays.value = overlays.value.filter((o) => o.id !== id);
    const name = here.name;
    notify(localized((m) => m.noticeLayerRemovedElsewhere(name)));
  } else if (msg.kind === 'changed' && here && msg.patch && typeof msg.patch === 'object') {
    const { name, color, visible } = msg.patch;
    const patch: Partial<Overlay> = {};
    if (typeof name === 'string') patch.name = cleanName(name);
    if (isHexColor(color)) patch.color = color;
    if (typeof visible === 'boolean') patch.visible = visible;
    setOverlay(id, patch);
  } else if (msg.kind === 'added' && !here) {
    const r = await readStored(id);
    if (!r || overlays.value.some((o) => o.id === id)) return;
    const o: Overlay = { ...r, name: cleanName(r.name), visible: r.visible !== false, persisted: true };
    overlays.value = [...overlays.value, o].sort((a, b) => a.added - b.added);
  }
}

/** Start hearing the other tabs (once, at start-up). */
export function listenToOtherTabs(): void {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e) => void heard(e.data);
}

/**
 * Save the overlays that are only in this session (storage failed when they were added). Returns
 * the names of those that still could not be saved.
 */
export async function saveUnsavedOverlays(): Promise<string[]> {
  const failed: string[] = [];
  for (const o of overlays.value.filter((x) => !x.persisted)) {
    if (await store(o)) {
      setOverlay(o.id, { persisted: true });
      tell({ kind: 'added', id: o.id });
    } else failed.push(o.name);
  }
  return failed;
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
    const why = reason(err);
    notify(
      localized((m, l) => m.noticeSavedNotLoaded(why(l))),
      'error',
    );
    return;
  }
  const good = records.filter(isStored).sort((a, b) => a.added - b.added);
  if (good.length < records.length) {
    const bad = records.length - good.length;
    notify(
      localized((m, l) => m.noticeSavedUnreadable(formatNumber(bad, l))),
      'error',
    );
  }
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

/** The reader of the user's data and its texts: loaded on the first import, so the first view does not carry them. */
function loadReader() {
  return Promise.all([import('../model/parse-user-data.ts'), import('../model/i18n/user-data-text.ts')]);
}

/** Tell the user that an import failed; the result carries the English (for scripts and logs). */
function failed(text: string | Localized): ImportResult {
  notify(text, 'error');
  return { ok: false, message: localize(text, 'en') };
}

/** When the reader itself cannot be loaded (its texts with it), the browser's reason is all there is to say. */
const readerFailed = (name: string, err: unknown) => {
  const why = (err as Error).message;
  return failed(localized((m) => m.noticeReaderFailed(name, why)));
};

/**
 * Validate `text` (GeoJSON or CSV; `fileName` decides by extension, else content) and add it as an
 * overlay named `name`; stores it and tells the user what happened, in the interface language (the
 * result's `message` is the English). Never throws.
 */
export async function importOverlayText(name: string, text: string, fileName = name): Promise<ImportResult> {
  let label = cleanName(name);
  const token = ++progressSeq;
  const big = typeof text === 'string' && text.length > PROGRESS_BYTES;
  let reader: Awaited<ReturnType<typeof loadReader>>;
  try {
    if (big) trackProgress({ token, name: label, stage: 'checking', fraction: 0 });
    reader = await loadReader();
  } catch (err) {
    endProgress(token);
    return readerFailed(label, err);
  }
  const [{ parseUserData }, { say, USER_DATA_TEXT }] = reader;
  // A layer without a name is named in the language of the moment; the name is its own afterwards.
  label = cleanName(name, USER_DATA_TEXT[lang.value].untitled);
  try {
    const r = await parseUserData(text, fileName, {
      onProgress: big ? (fraction) => trackProgress({ token, name: label, stage: 'checking', fraction }) : undefined,
    });
    if ('error' in r) {
      const why = r.error;
      return failed(say((t, l) => t.couldNotAdd(label, why(l))));
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
    const warnings = r.warnings;
    const message = say((t, l) => [t.added(label, n), ...warnings.map((w) => w(l))].join(' '));
    notify(message, 'info');
    if (await store(overlay)) {
      if (overlays.value.some((o) => o.id === overlay.id)) {
        setOverlay(overlay.id, { persisted: true });
        tell({ kind: 'added', id: overlay.id });
        // Edits made while it was being stored are saved too.
        const now = overlays.value.find((o) => o.id === overlay.id)!;
        if (now.name !== overlay.name || now.color !== overlay.color || now.visible !== overlay.visible)
          void saveEdit(now, { name: now.name, color: now.color, visible: now.visible });
      } else await withStore('readwrite', (s) => s.delete(overlay.id)).catch(() => undefined);
    }
    return { ok: true, message: message('en') };
  } catch (err) {
    const why = (err as Error).message;
    return failed(say((t) => t.couldNotAdd(label, why)));
  } finally {
    endProgress(token);
  }
}

/** Check the size, read and import a file the user picked or dropped. Never throws. */
export async function importOverlayFile(file: File): Promise<ImportResult> {
  let reader: Awaited<ReturnType<typeof loadReader>>;
  try {
    reader = await loadReader();
  } catch (err) {
    return readerFailed(file.name, err);
  }
  const [{ checkFileSize }, { say, USER_DATA_TEXT }] = reader;
  const tooBig = checkFileSize(file.size, file.name);
  if (tooBig) return failed(say((t, l) => t.couldNotAdd(file.name, tooBig(l))));
  const name = nameFromFile(file.name, USER_DATA_TEXT[lang.value].untitled);
  const token = ++progressSeq;
  let text: string;
  try {
    if (file.size > PROGRESS_BYTES) trackProgress({ token, name, stage: 'reading', fraction: 0 });
    text = await file.text();
  } catch (err) {
    const why = (err as Error).message;
    return failed(say((t) => t.couldNotRead(file.name, why)));
  } finally {
    endProgress(token);
  }
  return importOverlayText(name, text, file.name);
}

/** Change an overlay's name, colour or visibility, and store the change. */
export function updateOverlay(id: string, patch: Partial<Pick<Overlay, 'name' | 'color' | 'visible'>>): void {
  const clean: Partial<Overlay> = { ...patch };
  // A name cleared to nothing keeps the layer's name.
  const was = overlays.value.find((o) => o.id === id);
  if (patch.name !== undefined) clean.name = cleanName(patch.name, was?.name);
  if (patch.color !== undefined && !isHexColor(patch.color)) delete clean.color;
  const o = setOverlay(id, clean);
  if (o?.persisted) void saveEdit(o, clean);
}

/** Save an edit and tell the other tabs; a layer another tab removed is dropped here too, with a notice. */
async function saveEdit(o: Overlay, patch: Partial<Overlay>): Promise<void> {
  const result = await storeEdit(o);
  if (result === 'saved') {
    const { name, color, visible } = patch;
    tell({ kind: 'changed', id: o.id, patch: { name, color, visible } });
  } else if (result === 'failed') setOverlay(o.id, { persisted: false });
  else if (overlays.value.some((x) => x.id === o.id)) {
    overlays.value = overlays.value.filter((x) => x.id !== o.id);
    notify(
      localized((m) => m.noticeLayerGone(o.name)),
      'error',
    );
  }
}

/** Remove an overlay from the map and from storage (and from the other tabs). */
export async function removeOverlay(id: string): Promise<void> {
  const o = overlays.value.find((x) => x.id === id);
  overlays.value = overlays.value.filter((x) => x.id !== id);
  if (!o?.persisted) return;
  try {
    await withStore('readwrite', (s) => s.delete(id));
    tell({ kind: 'removed', id });
  } catch (err) {
    const why = reason(err);
    notify(
      localized((m, l) => m.noticeLayerNotRemoved(o.name, why(l))),
      'error',
    );
  }
}
