// The app's accounts in IndexedDB: database `eulogin-app`, store `accounts`, key `device_id`.
// A record is `{device_id, issuer, account, ocra_suite, added_at, sign_key, public_jwk,
// ocra_key}`, the two keys being non-extractable CryptoKeys (IndexedDB keeps them as they
// are; no raw secret is ever stored).

const DB_NAME = "eulogin-app";
const STORE = "accounts";
const VERSION = 1;

let opening = null;

function open() {
  if (!opening) {
    opening = new Promise((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: "device_id" });
      };
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading the database: let it, and open again next time.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => {
        opening = null;
        reject(request.error);
      };
      request.onblocked = () => reject(new Error("the app's database is in use by an older tab"));
    });
  }
  return opening;
}

async function run(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    let result;
    const request = work(tx.objectStore(STORE));
    if (request) request.onsuccess = () => (result = request.result);
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("the transaction was aborted"));
  });
}

/** Every account, oldest first. */
export async function allAccounts() {
  const list = (await run("readonly", (s) => s.getAll())) ?? [];
  return list.sort((a, b) => (a.added_at ?? 0) - (b.added_at ?? 0));
}

export function getAccount(deviceId) {
  return run("readonly", (s) => s.get(deviceId));
}

/** Stores an account; resolves once the transaction is committed. */
export function putAccount(account) {
  return run("readwrite", (s) => s.put(account));
}

export function deleteAccount(deviceId) {
  return run("readwrite", (s) => s.delete(deviceId));
}
