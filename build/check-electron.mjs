// Runs after `npm install`: reports which host `npm start` will use. Never fails the install.
import { findElectronRuntime } from './electron-runtime.mjs';
const exe = findElectronRuntime();
console.log(
  exe
    ? `apppass: Electron runtime found (${exe}); \`npm start\` opens the desktop app.`
    : 'apppass: no Electron runtime installed (offline machine?); `npm start` will point you to `npm run start:browser`.',
);
