// The browser's only two file gestures, kept tiny and deterministic for Playwright: a hidden
// <input type=file> clicked programmatically (tests answer it with `page.waitForEvent('filechooser')`
// + `setFiles`), and a download through an <a download> link (tests catch `page.waitForEvent('download')`).

/** What came of asking for a file. `blocked`: the browser refused to show the chooser. */
export type PickResult = { kind: 'file'; file: File } | { kind: 'cancelled' } | { kind: 'blocked' };

/**
 * Opens the browser's file chooser. Browsers show it only right after a click or key press (transient
 * user activation); without one, input.click() silently does nothing, so we answer `blocked` at once
 * instead of waiting forever.
 */
export function pickFile(accept: string): Promise<PickResult> {
  if (navigator.userActivation && !navigator.userActivation.isActive) return Promise.resolve({ kind: 'blocked' });
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.dataset.vanthuPicker = accept;
    const finish = (file: File | null | undefined) => {
      input.remove();
      resolve(file ? { kind: 'file', file } : { kind: 'cancelled' });
    };
    input.addEventListener('change', () => finish(input.files?.[0]), { once: true });
    // Chromium fires `cancel` when the chooser is dismissed without a file.
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** Hands bytes to the browser as a download named `name`. */
export function download(name: string, bytes: Uint8Array | string, mime: string): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
