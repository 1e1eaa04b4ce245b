// `npm run bench`: runs every section side by side in one process and writes docs/benchmarks.md.
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { SECTIONS } from './sections/index.ts';

const only = process.argv.slice(2);
const parts: string[] = [
  '# Benchmarks',
  '',
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
    `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB. ` +
    'Each comparison is measured in the same run; figures are medians unless said otherwise. Tests never assert on time.',
  '',
];
for (const section of SECTIONS) {
  if (only.length > 0 && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase()))) continue;
  process.stderr.write(`bench: ${section.title}…\n`);
  parts.push(`## ${section.title}`, '', (await section.run()).trim(), '');
}
const out = new URL('../docs/benchmarks.md', import.meta.url);
if (only.length === 0) writeFileSync(out, parts.join('\n'));
process.stdout.write(parts.join('\n'));
