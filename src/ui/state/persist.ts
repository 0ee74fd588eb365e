// The workspace in IndexedDB: the files the user added (as Blobs, never sent anywhere) with how they were read,
// so a reload brings them back. Mappings and presets live in localStorage; "Forget all data" clears both.

const DB = 'mittari';
const STORE = 'files';

export interface SavedFile {
  /** Stable key across reloads. */
  key: string;
  /** Order in which the files were added. */
  order: number;
  name: string;
  /** The file itself, or null for the built-in example data. */
  blob: Blob | null;
  encoding?: string;
  delimiter?: string;
  kind?: string;
  mapping?: string[];
  /** The example's files the user removed: a restore leaves them out. */
  omit?: string[];
  /** The CSV file read inside a zip (each member of a zip is saved as its own record). */
  member?: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, f: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = f(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Whether this browser keeps a workspace (IndexedDB can be missing or blocked in private windows). */
export const canPersist = typeof indexedDB !== 'undefined';

export const saveFile = (file: SavedFile) => run('readwrite', (s) => s.put(file));
export const deleteFile = (key: string) => run('readwrite', (s) => s.delete(key));
export const clearFiles = () => run('readwrite', (s) => s.clear());

export async function listFiles(): Promise<SavedFile[]> {
  const all = await run<SavedFile[]>('readonly', (s) => s.getAll() as IDBRequest<SavedFile[]>);
  return all.sort((a, b) => a.order - b.order);
}

export async function updateFile(key: string, patch: Partial<SavedFile>): Promise<void> {
  const all = await listFiles();
  const found = all.find((f) => f.key === key);
  if (found) await saveFile({ ...found, ...patch });
}
