/** Saves `data` (a Blob or a data URL) under `name` through a temporary link. */
export function download(data: Blob | string, name: string): void {
  const url = typeof data === 'string' ? data : URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  if (typeof data !== 'string') {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
