/** The custom scheme the app loads from (registered as standard + secure); never file://. */
export const APP_SCHEME = 'apppass';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
