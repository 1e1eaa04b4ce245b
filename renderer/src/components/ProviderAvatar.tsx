/** Provider "icon": its initial on a stable colour (no logos are shipped). */
const COLOURS: Record<string, string> = {
  gmail: '#c5221f',
  google: '#c5221f',
  icloud: '#2a6bd1',
  yahoo: '#5f01d1',
  aol: '#1f3c88',
  fastmail: '#2455b8',
  zoho: '#b3261e',
  gmx: '#1c449b',
  microsoft365: '#b7472a',
  outlook: '#0f62b4',
};

function hashColour(key: string): string {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return `hsl(${h % 360} 45% 38%)`;
}

export function ProviderAvatar({ provider, name }: { provider: string; name?: string }) {
  const label = name ?? provider;
  const initial = (label.trim()[0] ?? '?').toUpperCase();
  return (
    <span className="avatar" style={{ background: COLOURS[provider] ?? hashColour(provider) }} aria-hidden="true">
      {initial}
    </span>
  );
}
