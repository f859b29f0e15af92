// Reading a QR code with the camera: getUserMedia (the rear camera preferred), decoded by the
// browser's BarcodeDetector where it has one for QR codes, else by jsQR (vendored, loaded only
// then). `startScanner` resolves once the camera runs and calls `onText` with each text read.

const INTERVAL_MS = 150;
const MAX_SIDE = 960;

/** Why the camera cannot be used; `key` names the catalogue text. */
export class CameraError extends Error {
  constructor(key, cause) {
    super(key);
    this.name = "CameraError";
    this.key = key;
    this.cause = cause;
  }
}

async function barcodeDetector() {
  if (!("BarcodeDetector" in globalThis)) return null;
  try {
    const formats = await globalThis.BarcodeDetector.getSupportedFormats();
    if (!formats.includes("qr_code")) return null;
    const detector = new globalThis.BarcodeDetector({ formats: ["qr_code"] });
    return async (video) => {
      const codes = await detector.detect(video);
      return codes.length ? codes[0].rawValue : null;
    };
  } catch {
    return null;
  }
}

async function jsqrDecoder() {
  // The UMD bundle sets `self.jsQR` when loaded as a module.
  if (!globalThis.jsQR) await import("./vendor/jsQR.js");
  const jsQR = globalThis.jsQR;
  if (typeof jsQR !== "function") throw new Error("jsQR did not load");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return null;
    const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const code = jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" });
    return code && code.data ? code.data : null;
  };
}

/**
 * Starts the camera in `video` and reads QR codes until `stop()`; returns `{stop}`.
 * Throws `CameraError` (`camera-unavailable`, `camera-denied`, `camera-none`,
 * `camera-failed`).
 */
export async function startScanner(video, onText) {
  if (!globalThis.navigator?.mediaDevices?.getUserMedia) throw new CameraError("camera-unavailable");
  let stream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
  } catch (e) {
    const key =
      e?.name === "NotAllowedError" || e?.name === "SecurityError"
        ? "camera-denied"
        : e?.name === "NotFoundError" || e?.name === "OverconstrainedError"
          ? "camera-none"
          : "camera-failed";
    throw new CameraError(key, e);
  }
  let stopped = false;
  let timer = null;
  const stop = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
  try {
    video.srcObject = stream;
    video.muted = true;
    video.setAttribute("playsinline", "");
    await video.play();
  } catch (e) {
    stop();
    throw new CameraError("camera-failed", e);
  }
  let decode;
  try {
    decode = (await barcodeDetector()) ?? (await jsqrDecoder());
  } catch (e) {
    stop();
    throw new CameraError("camera-failed", e);
  }
  const tick = async () => {
    if (stopped) return;
    try {
      if (video.readyState >= 2) {
        const text = await decode(video);
        if (text && !stopped) onText(text);
      }
    } catch {
      // A frame that cannot be read: try the next one.
    }
    if (!stopped) timer = setTimeout(tick, INTERVAL_MS);
  };
  tick();
  return { stop };
}
