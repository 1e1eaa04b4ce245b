/** The mail tools `apppass snippet` writes configuration for. */
export const SNIPPET_TOOLS = ['mbsync', 'msmtp', 'aerc', 'neomutt', 'offlineimap', 'git'] as const;
export type SnippetTool = (typeof SNIPPET_TOOLS)[number];

export interface SnippetServer {
  host: string;
  port: number;
  security: 'ssl' | 'starttls' | 'none';
}

/** What a snippet needs to know of an entry: never its secret (the tool runs `apppass get` for that). */
export interface SnippetFacts {
  entryId: string;
  account: string;
  label: string;
  /** The sign-in user name (usually the account). */
  user: string;
  imap: SnippetServer | null;
  smtp: SnippetServer | null;
}

/** Which servers each tool needs. */
export const SNIPPET_NEEDS: Record<SnippetTool, readonly ('imap' | 'smtp')[]> = {
  mbsync: ['imap'],
  msmtp: ['smtp'],
  aerc: ['imap', 'smtp'],
  neomutt: ['imap', 'smtp'],
  offlineimap: ['imap'],
  git: ['smtp'],
};

/** A short name for the account's sections: the first part of the domain ("gmail"). */
function sectionName(account: string): string {
  const domain = account.slice(account.lastIndexOf('@') + 1);
  return (domain.split('.')[0] ?? 'mail').replace(/[^A-Za-z0-9_-]/g, '') || 'mail';
}

function header(facts: SnippetFacts, comment: string): string {
  return `${comment} AppPass: ${facts.account}${facts.label === '' ? '' : ` (${facts.label})`}; the password comes from \`apppass get ${facts.entryId}\``;
}

/** A URL's user part: "@" and other reserved characters percent-encoded. */
function urlUser(user: string): string {
  return encodeURIComponent(user);
}

function need(server: SnippetServer | null): SnippetServer {
  if (server === null) throw new Error('snippet server missing');
  return server;
}

const render: Record<SnippetTool, (f: SnippetFacts, get: string) => string[]> = {
  mbsync: (f, get) => {
    const imap = need(f.imap);
    const name = sectionName(f.account);
    return [
      header(f, '#'),
      `IMAPAccount ${name}`,
      `Host ${imap.host}`,
      `Port ${imap.port}`,
      `User ${f.user}`,
      `PassCmd "${get}"`,
      `TLSType ${imap.security === 'ssl' ? 'IMAPS' : imap.security === 'starttls' ? 'STARTTLS' : 'None'}`,
      '',
      `IMAPStore ${name}-remote`,
      `Account ${name}`,
    ];
  },
  msmtp: (f, get) => {
    const smtp = need(f.smtp);
    return [
      header(f, '#'),
      `account ${sectionName(f.account)}`,
      `host ${smtp.host}`,
      `port ${smtp.port}`,
      'auth on',
      `user ${f.user}`,
      `from ${f.account}`,
      `tls ${smtp.security === 'none' ? 'off' : 'on'}`,
      `tls_starttls ${smtp.security === 'starttls' ? 'on' : 'off'}`,
      `passwordeval "${get}"`,
    ];
  },
  aerc: (f, get) => {
    const imap = need(f.imap);
    const smtp = need(f.smtp);
    const imapScheme = imap.security === 'ssl' ? 'imaps' : imap.security === 'starttls' ? 'imap' : 'imap+insecure';
    const smtpScheme = smtp.security === 'ssl' ? 'smtps' : smtp.security === 'starttls' ? 'smtp' : 'smtp+insecure';
    return [
      header(f, '#'),
      `[${sectionName(f.account)}]`,
      `source = ${imapScheme}://${urlUser(f.user)}@${imap.host}:${imap.port}`,
      `source-cred-cmd = ${get}`,
      `outgoing = ${smtpScheme}://${urlUser(f.user)}@${smtp.host}:${smtp.port}`,
      `outgoing-cred-cmd = ${get}`,
      `from = ${f.account}`,
    ];
  },
  neomutt: (f, get) => {
    const imap = need(f.imap);
    const smtp = need(f.smtp);
    return [
      header(f, '#'),
      `set imap_user = "${f.user}"`,
      `set imap_pass = "\`${get}\`"`,
      `set folder = "${imap.security === 'ssl' ? 'imaps' : 'imap'}://${imap.host}:${imap.port}/"`,
      'set spoolfile = "+INBOX"',
      `set ssl_starttls = ${imap.security === 'starttls' || smtp.security === 'starttls' ? 'yes' : 'no'}`,
      `set smtp_url = "${smtp.security === 'ssl' ? 'smtps' : 'smtp'}://${urlUser(f.user)}@${smtp.host}:${smtp.port}/"`,
      `set smtp_pass = "\`${get}\`"`,
      `set from = "${f.account}"`,
    ];
  },
  offlineimap: (f, get) => {
    const imap = need(f.imap);
    const argv = get.split(' ').map((part) => JSON.stringify(part)).join(', ');
    return [
      header(f, '#'),
      `[Repository ${sectionName(f.account)}-remote]`,
      'type = IMAP',
      `remotehost = ${imap.host}`,
      `remoteport = ${imap.port}`,
      `remoteuser = ${f.user}`,
      `remotepasseval = __import__("subprocess").check_output([${argv}]).decode().rstrip("\\n")`,
      `ssl = ${imap.security === 'ssl' ? 'yes' : 'no'}`,
      `starttls = ${imap.security === 'starttls' ? 'yes' : 'no'}`,
      'sslcacertfile = OS-DEFAULT',
    ];
  },
  git: (f, get) => {
    const smtp = need(f.smtp);
    return [
      header(f, '#'),
      '[sendemail]',
      `\tsmtpServer = ${smtp.host}`,
      `\tsmtpServerPort = ${smtp.port}`,
      `\tsmtpEncryption = ${smtp.security === 'ssl' ? 'ssl' : smtp.security === 'starttls' ? 'tls' : ''}`,
      `\tsmtpUser = ${f.user}`,
      `[credential "smtp://${smtp.host}:${smtp.port}"]`,
      `\thelper = "!f() { test \\"$1\\" = get && printf 'password=%s\\\\n' \\"$(${get})\\"; }; f"`,
    ];
  },
};

/**
 * The configuration lines for `tool` and one entry, using `apppass get ENTRY_ID` as the password
 * command (the entry id: it keeps naming the same entry when more entries are added for the account).
 */
export function snippetFor(tool: SnippetTool, facts: SnippetFacts, command = 'apppass'): string {
  return `${render[tool](facts, `${command} get ${facts.entryId}`).join('\n')}\n`;
}
