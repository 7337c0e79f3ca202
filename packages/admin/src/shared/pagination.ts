/**
 * Cursor for `after` that starts a page at `offset` (0-based). The api's cursors are opaque
 * offsets (`packages/api/src/common/page.type.ts`: base64url of `o:<index of the last item>`);
 * jumping to any page of a server-side table needs one without walking the previous pages.
 */
export function afterCursor(offset: number): string | undefined {
  if (offset <= 0) {
    return undefined;
  }
  const raw = `o:${offset - 1}`;
  return btoa(raw).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
