// `npm start`: opens the Electron app where the runtime exists; otherwise says so plainly.
import { spawn } from 'node:child_process';
import { findElectronRuntime } from './electron-runtime.mjs';

const exe = findElectronRuntime();
if (!exe) {
  console.error(
    [
      'apppass: the Electron runtime is not installed on this machine, so the desktop window cannot open.',
      '  Run the same app in Chromium instead:   npm run start:browser',
      '  To get Electron (needs internet):       npx install-electron   (or delete node_modules/electron and npm install)',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(exe, ['.'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
