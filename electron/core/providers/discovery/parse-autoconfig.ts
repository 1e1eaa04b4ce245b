import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ServerList, ServerTemplate, Security, UsernameForm } from '../../../contract/calls/providers.ts';
import { AppError } from '../../errors/index.ts';

export interface ParsedAutoconfig {
  /** emailProvider id attribute (often the main domain). */
  id: string;
  displayName: string | null;
  domains: string[];
  servers: ServerList;
}

export const AUTOCONFIG_MAX_BYTES = 64 * 1024;

const HOST = /^[A-Za-z0-9.-]{1,253}$/;
const ARRAYS = new Set(['domain', 'incomingServer', 'outgoingServer', 'authentication', 'emailProvider']);

function invalid(message: string): AppError {
  return new AppError('AUTOCONFIG_INVALID', `The mail settings file (config-v1.1.xml) is not usable: ${message}`);
}

type Node = Record<string, unknown>;

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes only XML's five predefined entities; anything else stays as written (no expansion). */
function decodePredefined(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => PREDEFINED[name] ?? '');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return decodePredefined(value.trim());
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null && '#text' in value) return text((value as Node)['#text']);
  return undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function socketType(raw: string | undefined): Security | undefined {
  switch ((raw ?? '').toUpperCase()) {
    case 'SSL':
    case 'TLS':
      return 'ssl';
    case 'STARTTLS':
      return 'starttls';
    case 'PLAIN':
      return 'none';
    default:
      return undefined;
  }
}

function usernameForm(raw: string | undefined): UsernameForm | undefined {
  if (raw === '%EMAILADDRESS%') return 'address';
  if (raw === '%EMAILLOCALPART%') return 'localpart';
  return undefined;
}

/** Turns one <incomingServer>/<outgoingServer> into a template, or undefined when it cannot take a password. */
function server(node: unknown, domain: string): ServerTemplate | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const n = node as Node;
  const host = text(n['hostname'])?.replaceAll('%EMAILDOMAIN%', domain);
  const port = Number(text(n['port']));
  const security = socketType(text(n['socketType']));
  const username = usernameForm(text(n['username']));
  const auths = asArray(n['authentication']).map(text);
  const takesPassword = auths.length === 0 || auths.some((a) => a === 'password-cleartext' || a === 'password-encrypted' || a === 'plain' || a === 'secure');
  if (host === undefined || !HOST.test(host) || !Number.isInteger(port) || port < 1 || port > 65535 || security === undefined || username === undefined || !takesPassword) {
    return undefined;
  }
  return { host: host.toLowerCase(), port, security, username };
}

/**
 * Parses Thunderbird's config-v1.1.xml. DOCTYPEs (and so any entity, external or not) are refused,
 * entities are not expanded, and the size is limited; anything malformed → AUTOCONFIG_INVALID.
 * `domain` fills %EMAILDOMAIN% in host names.
 */
export function parseAutoconfig(xml: string, domain: string, maxBytes = AUTOCONFIG_MAX_BYTES): ParsedAutoconfig {
  if (Buffer.byteLength(xml, 'utf8') > maxBytes) throw invalid(`it is larger than ${maxBytes} bytes.`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw invalid('it declares a DOCTYPE or entities, which are not allowed.');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw invalid(`it is not well-formed XML (line ${valid.err.line}).`);
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      processEntities: false,
      htmlEntities: false,
      parseTagValue: false,
      parseAttributeValue: false,
      ignoreDeclaration: true,
      ignorePiTags: true,
      isArray: (name) => ARRAYS.has(name),
    }).parse(xml) as Node;
  } catch {
    throw invalid('it is not well-formed XML.');
  }
  const root = doc['clientConfig'];
  if (typeof root !== 'object' || root === null) throw invalid('there is no <clientConfig> element.');
  const provider = asArray((root as Node)['emailProvider'])[0];
  if (typeof provider !== 'object' || provider === null) throw invalid('there is no <emailProvider> element.');
  const p = provider as Node;
  const incoming = asArray(p['incomingServer']);
  const servers: ServerList = { imap: [], pop3: [], smtp: [] };
  for (const node of incoming) {
    const type = typeof node === 'object' && node !== null ? text((node as Node)['@_type']) : undefined;
    const t = server(node, domain);
    if (t === undefined) continue;
    if (type === 'imap') servers.imap.push(t);
    else if (type === 'pop3') servers.pop3.push(t);
  }
  for (const node of asArray(p['outgoingServer'])) {
    const type = typeof node === 'object' && node !== null ? text((node as Node)['@_type']) : undefined;
    const t = server(node, domain);
    if (t !== undefined && type === 'smtp') servers.smtp.push(t);
  }
  for (const list of [servers.imap, servers.pop3, servers.smtp]) list.splice(8);
  if ((servers.imap.length === 0 && servers.pop3.length === 0) || servers.smtp.length === 0) {
    throw invalid('it names no usable incoming or outgoing server that takes a password.');
  }
  const domains = asArray(p['domain'])
    .map(text)
    .filter((d): d is string => d !== undefined && /^[a-z0-9.-]+$/i.test(d))
    .map((d) => d.toLowerCase());
  // Control characters would end up in setup files (L11/L3): taken out here.
  const displayName = text(p['displayName'])?.replace(/\p{Cc}/gu, '').trim();
  return { id: text(p['@_id']) ?? domain, displayName: displayName === undefined || displayName === '' ? null : displayName.slice(0, 120), domains, servers };
}
