/** What the open-file form shows on a host: the Browse… button, or the typed-path field with Open. */
export interface OpenFileControls {
  browse: boolean;
  pathField: boolean;
  openButton: boolean;
}

/**
 * A host with a file dialog (Electron; app.info.canPickFiles) opens only what its dialog returned: a
 * typed path would be refused (H2), so no path field is shown. A host without one (the browser host)
 * keeps the path field and Open.
 */
export function openFileControls(canPickFiles: boolean): OpenFileControls {
  return canPickFiles ? { browse: true, pathField: false, openButton: false } : { browse: false, pathField: true, openButton: true };
}
